import CoachLensKit

/// One hit of a framing pack, with the role its rule's label gives it.
struct FramingHit: Sendable {
    var role: FramingRole
    var rule: String
    var hit: RuleHit
}

/// The context cues of one document, gathered from its hits before any flag is decided: which sentences say
/// something failed, report speech, criticise guarantees or set an excuse aside, and whether the text takes
/// every effort off the client.
struct FramingCues {
    /// Sentences that say something failed or is missing.
    let failing: Set<Int>
    /// Sentences that report someone else's words or the narrator's past belief.
    let reporting: Set<Int>
    /// Sentences that criticise, report or discuss guarantees in general.
    let critical: Set<Int>
    /// Paragraphs holding such a sentence.
    let criticalParagraphs: Set<Int>
    /// Sentences that set an outside excuse aside.
    let excused: Set<Int>
    /// Whether the author takes every effort off the client (not quoted, criticised or negated).
    let effortRemoved: Bool

    init(_ hits: [FramingHit], in document: AnalyzedDocument) {
        func sentences(_ role: FramingRole) -> Set<Int> {
            Set(hits.lazy.filter { $0.role == role }.map(\.hit.sentence))
        }
        failing = sentences(.failureCue)
        reporting = sentences(.reportedCue)
        critical = sentences(.criticCue)
        criticalParagraphs = Set(critical.map { document.sentences[$0].paragraph })
        excused = sentences(.excuseRejected)
        let (reporting, critical) = (reporting, critical)
        effortRemoved = hits.contains {
            $0.role == .effortRemovedCue && !critical.contains($0.hit.sentence) && !reporting.contains($0.hit.sentence)
                && !NegationScope.isNegated($0.hit.utf8Range, sentence: $0.hit.sentence, in: document)
        }
    }

    /// Whether sentence `index`, or a neighbour in the same paragraph, says something failed.
    func failed(near index: Int, in document: AnalyzedDocument) -> Bool {
        let paragraph = document.sentences[index].paragraph
        return (index - 1...index + 1).contains {
            failing.contains($0) && document.sentences[$0].paragraph == paragraph
        }
    }

    /// Whether a guarantee is not the author's own promise: criticised, discussed in general or reported in its
    /// sentence, or quoted in a paragraph that criticises it.
    func isSomeoneElses(_ hit: RuleHit, in document: AnalyzedDocument) -> Bool {
        if critical.contains(hit.sentence) || reporting.contains(hit.sentence) { return true }
        return criticalParagraphs.contains(document.sentences[hit.sentence].paragraph)
            && ReportedSpeech.isQuoted(hit.utf8Range, sentence: hit.sentence, in: document)
    }

    /// « discours rapporté » for quoted or reported words; for a session transcript, who said them.
    func speechNote(_ hit: RuleHit, in document: AnalyzedDocument) -> String {
        if reporting.contains(hit.sentence)
            || ReportedSpeech.isQuoted(hit.utf8Range, sentence: hit.sentence, in: document) {
            return FramingNote.reported
        }
        if let speaker = document.speaker(atByte: hit.utf8Range.lowerBound) {
            return FramingNote.said(by: speaker)
        }
        return ""
    }
}
