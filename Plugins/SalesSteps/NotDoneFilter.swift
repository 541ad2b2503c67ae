import CoachLensKit

/// Decides whether a step cue reports something that was *not* done: negated, only planned, or given as advice.
///
/// Each marker reaches as far as its kind says (see ``MarkerKind``): a negation from itself to the end of its
/// clause, a plan to the end of its sentence — or to the end of the paragraph when it heads a list
/// (« À faire : » on a line of its own) — a negative answer over its whole sentence.
struct NotDoneFilter: Sendable {
    private let document: AnalyzedDocument
    private let clauses: ClauseSplitter
    /// Vetoing markers by sentence.
    private let markersBySentence: [Int: [MarkerHit]]
    /// Plan markers that head a list, with the sentences they govern.
    private let headings: [(marker: MarkerHit, sentences: Range<Int>)]

    init(document: AnalyzedDocument, markers: [MarkerHit]) {
        self.document = document
        clauses = ClauseSplitter(utf8: document.utf8)
        let vetoes = markers.filter(\.kind.vetoesSteps)
        markersBySentence = Dictionary(grouping: vetoes, by: \.sentence)
        var headings: [(MarkerHit, Range<Int>)] = []
        for marker in vetoes where marker.kind == .plan && Self.isHeading(marker, in: document) {
            let paragraph = document.sentences[marker.sentence].paragraph
            let end = document.paragraphs.indices.contains(paragraph)
                ? document.paragraphs[paragraph].sentences.upperBound : marker.sentence + 1
            headings.append((marker, (marker.sentence + 1)..<max(marker.sentence + 1, end)))
        }
        self.headings = headings
    }

    /// The marker that vetoes `cue`, if any.
    func veto(_ cue: CueHit) -> MarkerHit? {
        if let heading = headings.first(where: { $0.sentences.contains(cue.sentence) }) { return heading.marker }
        guard let markers = markersBySentence[cue.sentence] else { return nil }
        let sentence = document.sentences[cue.sentence].utf8Range
        let clause = clauses.clause(in: sentence, containing: cue.range.lowerBound)
        for marker in markers {
            let start = marker.range.lowerBound
            switch marker.kind {
            case .negation:
                if start >= clause.lowerBound, start < cue.range.lowerBound { return marker }
            case .negationClause, .planClause:
                let markerClause = clauses.clause(in: sentence, containing: start)
                if markerClause == clause || clause.contains(start) { return marker }
            case .negativeAnswer:
                if onSameLine(marker.range.lowerBound, cue.range.lowerBound) { return marker }
            case .plan:
                if start <= cue.range.lowerBound { return marker }
            case .orderFirst, .orderPremature, .orderRegret, .orderOutcome, .orderThen:
                continue
            }
        }
        return nil
    }

    /// True when no line break separates the two offsets: a « label : — » line does not answer the next line of
    /// its sentence (a form whose lines end without punctuation).
    private func onSameLine(_ first: Int, _ second: Int) -> Bool {
        let range = min(first, second)..<max(first, second)
        return !document.utf8[range].contains(UInt8(ascii: "\n"))
    }

    /// True when nothing but a colon, dashes or spaces follow the marker in its sentence: it heads the lines below.
    static func isHeading(_ marker: MarkerHit, in document: AnalyzedDocument) -> Bool {
        let end = document.sentences[marker.sentence].utf8Range.upperBound
        var sawColon = false
        for byte in document.utf8[min(marker.range.upperBound, end)..<end] {
            switch byte {
            case UInt8(ascii: ":"): sawColon = true
            case UInt8(ascii: " "), UInt8(ascii: "-"), UInt8(ascii: "\t"), UInt8(ascii: "\n"): continue
            default: return false
            }
        }
        // A heading such as « Suite : » may match up to its colon.
        return sawColon || document.utf8[..<min(marker.range.upperBound, document.utf8.count)].last == UInt8(ascii: ":")
    }
}
