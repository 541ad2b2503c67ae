import CoachLensKit

/// The evidence rows of the segments plugin, in text order:
///
/// - `passage` / block code: one per labelled passage and block; the excerpt is the passage (cut around its
///   strongest cue when long), `start`–`end` span the whole passage, the note says which passage and how
///   much evidence it carries. These rows draw the segment timeline of a document.
/// - the rule's id / block code: each cue that counted towards a labelled passage;
/// - the rule's id / `type:…`: each customer-segment type cue;
/// - `apercu` / `aperçu`: each overview of the blocks, whose cues were counted weakly.
enum SegmentFindings {
    /// The longest passage excerpt, in scalars.
    static let maxExcerpt = 320

    static func findings(_ analysis: SegmentAnalysis, in document: AnalyzedDocument) -> [Finding] {
        var findings: [(order: Int, finding: Finding)] = []
        let cuesBySentence = Dictionary(grouping: analysis.cues, by: \.sentence)
        for passage in analysis.passages where !passage.labels.isEmpty {
            for code in passage.labels {
                let counted = passage.sentences.flatMap { sentence in
                    SegmentAnalysis.distinctCues(
                        (cuesBySentence[sentence] ?? []).filter { $0.label == .content(code) }, text: document.utf8)
                }
                findings.append((0, passageFinding(passage, code: code, cues: counted, in: document)))
                for cue in counted {
                    let note = analysis.isDiscounted(sentence: cue.sentence)
                        ? "aperçu ou annonce : compte faiblement"
                        : (cue.weight < SegmentAnalysis.sentenceFloor ? "indice faible, soutenu par le passage" : "")
                    findings.append((1, document.finding(
                        rule: cue.rule, label: code.rawValue, utf8Range: cue.utf8Range, note: note)))
                }
            }
        }
        for cue in analysis.cues {
            if case .customerType = cue.label {
                findings.append((1, document.finding(rule: cue.rule, label: cue.rawLabel, utf8Range: cue.utf8Range)))
            }
        }
        let sentences = document.sentences
        for run in analysis.overviews where !sentences.isEmpty {
            let range = sentences[run.lowerBound].utf8Range.lowerBound..<sentences[run.upperBound - 1].utf8Range.upperBound
            var finding = document.finding(
                rule: "apercu", label: "aperçu", utf8Range: range,
                note: "liste des blocs du canevas : les indices comptent faiblement")
            finding.excerpt = excerpt(document, range: range, around: range).text
            finding.highlight = 0..<finding.excerpt.unicodeScalars.count
            findings.append((0, finding))
        }
        return findings
            .sorted { ($0.finding.start, $0.order) < ($1.finding.start, $1.order) }
            .map(\.finding)
    }

    /// The `passage` finding for `code` in `passage`, highlighting its strongest cue.
    static func passageFinding(
        _ passage: SegmentPassage, code: SegmentCode, cues: [SegmentCue], in document: AnalyzedDocument
    ) -> Finding {
        let strongest = cues.max { ($0.weight, -$0.utf8Range.lowerBound) < ($1.weight, -$1.utf8Range.lowerBound) }
        let focus = strongest?.utf8Range ?? passage.utf8Range
        let (text, start) = excerpt(document, range: passage.utf8Range, around: focus)
        let highlightStart = document.offsets.scalarOffset(ofByte: focus.lowerBound) - start
        let highlightEnd = document.offsets.scalarOffset(ofByte: focus.upperBound) - start
        let evidence = passage.evidence[code] ?? 0
        let note = "passage \(passage.index + 1), phrases \(passage.sentences.lowerBound + 1)–\(passage.sentences.upperBound), "
            + "poids \(evidence.formatted2)"
        return Finding(
            rule: "passage", label: code.rawValue, sentence: passage.sentences.lowerBound,
            start: document.offsets.scalarOffset(ofByte: passage.utf8Range.lowerBound),
            end: document.offsets.scalarOffset(ofByte: passage.utf8Range.upperBound),
            excerpt: text, highlight: max(0, highlightStart)..<max(0, highlightEnd), note: note)
    }

    /// The text of `range`, or a window of at most ``maxExcerpt`` scalars of it around `focus`;
    /// returns the excerpt and its starting scalar offset.
    static func excerpt(_ document: AnalyzedDocument, range: Range<Int>, around focus: Range<Int>) -> (text: String, start: Int) {
        let start = document.offsets.scalarOffset(ofByte: range.lowerBound)
        let end = document.offsets.scalarOffset(ofByte: range.upperBound)
        let scalars = Array(document.text(range).unicodeScalars)
        guard end - start > maxExcerpt else { return (document.text(range), start) }
        let focusStart = document.offsets.scalarOffset(ofByte: focus.lowerBound) - start
        let lower = max(0, min(focusStart - maxExcerpt / 3, scalars.count - maxExcerpt))
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[lower..<(lower + maxExcerpt)])
        return (String(view), start + lower)
    }
}

extension Double {
    /// Two decimals with a decimal comma, for French notes.
    var formatted2: String {
        let hundredths = Int((self * 100).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100),\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
