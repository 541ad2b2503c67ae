import CoachLensKit
import Foundation
import PCRE2Regex

/// Text statistics per document: tokens, words, sentences, words per sentence, and questions (sentences
/// ending in « ? » or built as questions: « est-ce que », subject inversion).
public struct StatsPlugin: AnalysisPlugin {
    public static let id = "stats"
    public static var builtinRules: URL { Bundle.module.url(forResource: "Rules", withExtension: nil)! }

    public let table = TableSpec(
        fileName: "stats.csv", columns: ["tokens", "words", "sentences", "words_per_sentence", "questions"])

    private let packs: [CompiledRulePack]
    private static let closers: Set<String> = ["»", "”", "\"", ")", "]", "’"]

    public init(library: RuleLibrary, options: AnalysisOptions) throws(RulePackError) {
        packs = library.packs(for: Self.id)
    }

    public var patterns: [String] { packs.flatMap(\.patternSources) }

    public func analyze(_ document: AnalyzedDocument, scratch: MatchScratch) -> PluginResult {
        let words = document.tokens.lazy.filter { $0.kind == .word || $0.kind == .number }.count
        var findings: [Finding] = []
        var questionSentences = Set<Int>()
        var warnings: [String] = []
        for pack in packs {
            let scan = RuleMatcher.scan(pack, in: document, scratch: scratch)
            warnings += scan.failures
            for hit in scan.hits where questionSentences.insert(hit.sentence).inserted {
                findings.append(document.finding(
                    rule: pack.rules[hit.rule].rule.id, label: "question", utf8Range: hit.utf8Range))
            }
        }
        for (index, sentence) in document.sentences.enumerated() where !questionSentences.contains(index) {
            // The sentence's final punctuation, looking past closing quotes and brackets.
            guard let last = document.tokens[sentence.tokens].last(where: {
                $0.kind == .punctuation && !Self.closers.contains(document.text(of: $0))
            }), document.utf8[Int(last.utf8Start)] == UInt8(ascii: "?") else { continue }
            questionSentences.insert(index)
            findings.append(document.finding(rule: "point-d-interrogation", label: "question", utf8Range: last.utf8Range))
        }
        findings.sort { $0.start < $1.start }
        let sentences = document.sentences.count
        return PluginResult(
            plugin: Self.id,
            row: [
                .integer(document.tokens.count), .integer(words), .integer(sentences),
                .decimal(sentences == 0 ? 0 : Double(words) / Double(sentences), digits: 1),
                .integer(questionSentences.count),
            ],
            findings: findings, warnings: warnings)
    }
}
