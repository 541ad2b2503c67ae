import CoachLensKit
import Foundation
import PCRE2Regex

/// Client-centred versus self-centred language: exact pronoun counts, client and self terms, whom each sentence
/// is about, and the dominant orientation of the text.
///
/// Pronouns are counted on the tokenizer's tokens by ``PronounCounter`` (elided and hyphenated forms, « vous vous »
/// once, not « rendez-vous », « Me Dupont », « le ton », the euphonic -t-). Terms, service acts, inclusive « nous »
/// and rewording suggestions come from the packs of plugin `focus`, whose rule labels must be `client`, `self`,
/// `service`, `third`, `company` or `inclusive`. ``FocusJudge`` documents how sentences are judged and the
/// thresholds of `label`: `client` when `client_share` ≥ 0.7 (≥ 0.8 for an article), `self` when ≤ 0.3, `mixed`
/// otherwise, where
/// `client_share` is the share of client-centred sentences among oriented ones, each weighted by how clearly it
/// leans.
public struct ClientFocusPlugin: AnalysisPlugin {
    public static let id = "focus"
    public static var builtinRules: URL { Bundle.module.url(forResource: "Rules", withExtension: nil)! }

    /// focus.csv: the contract's columns, then `on`, the client and self sentence counts, the orientation of each
    /// speaker of a session (`Nom=label client/self`, joined by `|`), the most self-centred sentence and the
    /// pack's client-centred rewording for it.
    public let table = TableSpec(
        fileName: "focus.csv",
        columns: [
            "first_singular", "first_plural", "second_person", "client_terms", "self_terms", "client_share", "label",
            "on", "client_sentences", "self_sentences", "speakers", "top_self", "suggestion",
        ])
    private let packs: [CompiledRulePack]

    /// The longest `top_self` excerpt, in characters.
    static let excerptLength = 200

    public init(library: RuleLibrary, options: AnalysisOptions) throws(RulePackError) {
        packs = library.packs(for: Self.id)
        // A mistyped label would silently disable its rule: refuse it, as the loader refuses unknown keys.
        for pack in packs {
            for rule in pack.pack.rules where FocusCue.Kind(rawValue: rule.label) == nil {
                throw .invalid(
                    file: pack.file, line: 1, column: 1,
                    message: "règle \(rule.id) : label « \(rule.label) » inconnu (attendus : "
                        + FocusCue.Kind.allCases.map(\.rawValue).joined(separator: ", ") + ")")
            }
        }
    }

    public var patterns: [String] { packs.flatMap(\.patternSources) }

    public func analyze(_ document: AnalyzedDocument, scratch: MatchScratch) -> PluginResult {
        let (analysis, warnings) = analysis(of: document, scratch: scratch)
        return PluginResult(
            plugin: Self.id, row: Self.row(analysis, document: document),
            findings: FocusFindings.findings(analysis, in: document), warnings: warnings)
    }

    /// The analysis of one document and the French messages of rules that failed on it.
    func analysis(of document: AnalyzedDocument, scratch: MatchScratch) -> (FocusAnalysis, [String]) {
        var cues: [FocusCue] = []
        var warnings: [String] = []
        for pack in packs {
            let scan = RuleMatcher.scan(pack, in: document, scratch: scratch)
            warnings += scan.failures
            for hit in scan.hits {
                let rule = pack.rules[hit.rule].rule
                guard let kind = FocusCue.Kind(rawValue: rule.label) else { continue }  // Checked at init.
                cues.append(FocusCue(
                    rule: rule.id, kind: kind, weight: rule.weight, suggestion: rule.suggestion,
                    sentence: hit.sentence, utf8Range: hit.utf8Range))
            }
        }
        return (FocusAnalysis(document, cues: cues), warnings)
    }

    /// The focus.csv cells after `document`.
    static func row(_ analysis: FocusAnalysis, document: AnalyzedDocument) -> [Cell] {
        let counts = analysis.counts
        let top = analysis.selfCentredSentences.first
        let suggestion = top.flatMap { analysis.suggestions[$0] }
        return [
            .integer(counts[PronounClass.firstSingular.rawValue]),
            .integer(counts[PronounClass.firstPlural.rawValue]),
            .integer(counts[PronounClass.secondPerson.rawValue]),
            .integer(analysis.clientTerms), .integer(analysis.selfTerms),
            .decimal(analysis.share, digits: 3), .text(analysis.label.label),
            .integer(counts[PronounClass.on.rawValue]),
            .integer(analysis.clientSentences), .integer(analysis.selfSentences),
            .text(analysis.speakers.map(speakerCell).joined(separator: "|")),
            .text(top.map { excerpt(document.text(ofSentence: $0)) } ?? ""),
            .text(suggestion.map {
                "« \(document.text($0.utf8Range)) » → « \($0.suggestion ?? "") »"
            } ?? ""),
        ]
    }

    /// `Animateur=client 3/1`: a speaker's label, then their client and self sentence counts.
    static func speakerCell(_ speaker: FocusAnalysis.Speaker) -> String {
        let name = speaker.name.map { "|=".contains($0) ? " " : $0 }
        return "\(String(name))=\(speaker.label.label) \(speaker.clientSentences)/\(speaker.selfSentences)"
    }

    /// A sentence on one line, cut to ``excerptLength`` characters.
    static func excerpt(_ sentence: String) -> String {
        let line = sentence.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return line.count <= excerptLength ? line : String(line.prefix(excerptLength - 1)) + "…"
    }
}
