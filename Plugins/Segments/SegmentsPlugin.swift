import CoachLensKit
import Foundation
import PCRE2Regex

/// The nine Business Model Canvas blocks (company and personal canvas), per document and per passage.
///
/// Reads the packs of plugin `segments` (see ``SegmentCueLabel`` for what their labels mean) and writes
/// segments.csv: one score in [0, 1] per block, the detected blocks, the customer-segment types named or
/// described, and the document's passage timeline. Evidence: one `passage` finding per labelled passage and
/// block (the segment timeline), the cues behind it, the customer-type cues and the overviews that were
/// discounted. How passages are labelled and scores computed is documented on ``SegmentAnalysis``.
public struct SegmentsPlugin: AnalysisPlugin {
    public static let id = "segments"
    public static var builtinRules: URL { Bundle.module.url(forResource: "Rules", withExtension: nil)! }

    /// segments.csv: the contract's columns, then `customer_segment_types` and `passages` (each passage's
    /// blocks joined by `+`, `.` for none, passages separated by spaces).
    public let table = TableSpec(
        fileName: "segments.csv",
        columns: SegmentCode.allCases.map(\.rawValue) + ["segments", "customer_segment_types", "passages"])
    private let packs: [CompiledRulePack]

    public init(library: RuleLibrary, options: AnalysisOptions) throws(RulePackError) {
        packs = library.packs(for: Self.id)
    }

    public var patterns: [String] { packs.flatMap(\.patternSources) }

    public func analyze(_ document: AnalyzedDocument, scratch: MatchScratch) -> PluginResult {
        let (analysis, warnings) = analysis(of: document, scratch: scratch)
        return PluginResult(
            plugin: Self.id, row: Self.row(analysis),
            findings: SegmentFindings.findings(analysis, in: document), warnings: warnings)
    }

    /// The analysis of one document and the French messages of rules that failed on it.
    func analysis(of document: AnalyzedDocument, scratch: MatchScratch) -> (SegmentAnalysis, [String]) {
        var cues: [SegmentCue] = []
        var warnings: [String] = []
        for pack in packs {
            let scan = RuleMatcher.scan(pack, in: document, scratch: scratch)
            warnings += scan.failures
            for hit in scan.hits {
                let rule = pack.rules[hit.rule].rule
                cues.append(SegmentCue(
                    rule: rule.id, rawLabel: rule.label, label: SegmentCueLabel(rule.label), weight: rule.weight,
                    sentence: hit.sentence, utf8Range: hit.utf8Range))
            }
        }
        cues.sort { ($0.utf8Range.lowerBound, $0.rule) < ($1.utf8Range.lowerBound, $1.rule) }
        return (SegmentAnalysis(cues: cues, layout: Self.layout(of: document)), warnings)
    }

    /// The sentence structure of `document`.
    static func layout(of document: AnalyzedDocument) -> SentenceLayout {
        let tokens = document.tokens
        return SentenceLayout(
            paragraphs: document.paragraphs.map(\.sentences),
            sentenceRanges: document.sentences.map(\.utf8Range),
            sentenceWords: document.sentences.map { sentence in
                tokens[sentence.tokens].reduce(0) { $0 + ($1.kind == .word || $1.kind == .number ? 1 : 0) }
            },
            text: document.utf8)
    }

    /// The segments.csv cells after `document`.
    static func row(_ analysis: SegmentAnalysis) -> [Cell] {
        SegmentCode.allCases.map { .decimal(analysis.scores[$0] ?? 0, digits: 3) } + [
            .text(analysis.detected.map(\.rawValue).joined(separator: "|")),
            .text(analysis.customerTypes.map(\.rawValue).joined(separator: "|")),
            .text(analysis.passages.map(\.timelineCell).joined(separator: " ")),
        ]
    }
}
