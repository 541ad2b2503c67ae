import CoachLensKit
import Foundation
import PCRE2Regex

/// The cues `coachlens gaps` reads in each article, from the `gaps` rule pack: the title, announcements of a
/// coming article (with the announced topic), series announcements, mentions of the canvas, names of the
/// canvas segments and topics of the ten sales steps. Runs beside the analysis plugins, writes no table.
///
/// Findings and their labels:
/// - `titre`: the title (front matter `title`/`titre`, else the first line), in `excerpt`;
/// - `annonce` (clear cue) or `annonce-faible` (weak cue such as « nous verrons »): the cue highlighted, the
///   announced topic in `note` (empty when the sentence names none);
/// - `serie`: a series announcement, the number of announced parts in `note`;
/// - `canevas`, a segment code (`CS` … `C`) or a step id (`S1` … `S10`): one per mention.
public struct GapCuesPlugin: AnalysisPlugin {
    /// The plugin id, and the `plugin` of its packs.
    public static let id = "gaps"
    /// The folder holding the built-in `gaps` pack.
    public static var builtinRules: URL { Bundle.module.url(forResource: "Rules", withExtension: nil)! }

    /// Never written: the plugin gives no row.
    public let table = TableSpec(fileName: "gaps-cues.csv", columns: [])

    /// Longest announced topic kept, in characters.
    static let topicLimit = 100

    private let packs: [CompiledRulePack]

    /// Reads the `gaps` packs of `library`.
    public init(library: RuleLibrary, options: AnalysisOptions) throws(RulePackError) {
        packs = library.packs(for: Self.id)
    }

    /// Every pattern of the packs.
    public var patterns: [String] { packs.flatMap(\.patternSources) }

    /// The cues of one article.
    public func analyze(_ document: AnalyzedDocument, scratch: MatchScratch) -> PluginResult {
        var findings: [Finding] = []
        var warnings: [String] = []
        if let title = Self.title(of: document.document) {
            findings.append(Finding(rule: "titre", label: "titre", sentence: 0, start: 0, end: 0, excerpt: title, highlight: 0..<0))
        }
        // One announcement per sentence: the strongest cue, the earliest on a tie.
        var announcements: [Int: (finding: Finding, weight: Double)] = [:]
        for pack in packs {
            let scan = RuleMatcher.scan(pack, in: document, scratch: scratch)
            warnings += scan.failures
            for hit in scan.hits {
                let rule = pack.rules[hit.rule].rule
                switch rule.label {
                case "annonce":
                    if let current = announcements[hit.sentence], current.weight >= rule.weight { continue }
                    let label = rule.weight < 1 ? "annonce-faible" : "annonce"
                    let topic = Self.topic(in: document, sentence: hit.sentence, after: hit.utf8Range.upperBound)
                    // The cue's patterns eat the spaces before the topic; the highlight stops at the last word.
                    var cue = hit.utf8Range
                    while cue.count > 1, [0x20, 0x09, 0x0A].contains(document.utf8[cue.upperBound - 1]) {
                        cue = cue.lowerBound..<(cue.upperBound - 1)
                    }
                    announcements[hit.sentence] = (
                        document.finding(rule: rule.id, label: label, utf8Range: cue, note: topic), rule.weight)
                case "serie":
                    let count = Self.partCount(document.text(hit.utf8Range))
                    findings.append(document.finding(rule: rule.id, label: "serie", utf8Range: hit.utf8Range, note: count.map(String.init) ?? ""))
                default:
                    findings.append(document.finding(rule: rule.id, label: rule.label, utf8Range: hit.utf8Range))
                }
            }
        }
        findings += announcements.values.map(\.finding)
        findings.sort { ($0.start, $0.label) < ($1.start, $1.label) }
        return PluginResult(plugin: Self.id, row: nil, findings: findings, warnings: warnings)
    }

    /// The title: front matter `title` or `titre`, else the first non-empty line without Markdown `#`.
    static func title(of document: Document) -> String? {
        if let declared = document.metadata["title"] ?? document.metadata["titre"], !declared.trimmingSpaces.isEmpty {
            return String(declared.trimmingSpaces.prefix(160))
        }
        for line in document.text.split(separator: "\n", omittingEmptySubsequences: true) {
            var text = Substring(line)
            while let first = text.first, first == "#" || first.isWhitespace { text.removeFirst() }
            let cleaned = String(text).trimmingSpaces
            if !cleaned.isEmpty { return String(cleaned.prefix(160)) }
        }
        return nil
    }

    /// The announced topic: the rest of the sentence after the cue, without leading prepositions or trailing
    /// punctuation, capitalised; empty when nothing is left.
    static func topic(in document: AnalyzedDocument, sentence: Int, after byte: Int) -> String {
        let end = document.sentences[sentence].utf8Range.upperBound
        guard byte < end else { return "" }
        var text = document.text(byte..<end).trimmingSpaces
        let leading: Set<Character> = [":", "-", "–", "—", ",", "«", "\"", "“", " "]
        let trailing: Set<Character> = [".", "!", "?", "…", ";", ",", "»", "\"", "”", ")", " ", ":"]
        while let first = text.first, leading.contains(first) { text.removeFirst() }
        while let last = text.last, trailing.contains(last) { text.removeLast() }
        let lowered = text.lowercased()
        for (prefix, replacement) in Self.prepositions where lowered.hasPrefix(prefix) {
            text = replacement + text.dropFirst(prefix.count)
            break
        }
        if text.count > topicLimit {
            let cut = text.prefix(topicLimit)
            text = String(cut[..<(cut.lastIndex(of: " ") ?? cut.endIndex)]) + "…"
        }
        guard let first = text.first else { return "" }
        return first.uppercased() + text.dropFirst()
    }

    /// Leading words dropped or rewritten so the topic reads as a title (« traitera des valeurs » → « les valeurs »).
    static let prepositions: [(String, String)] = [
        ("de la ", "la "), ("de l'", "l'"), ("de l’", "l’"), ("des ", "les "), ("du ", "le "), ("aux ", "les "),
        ("au ", "le "), ("à la ", "la "), ("à l'", "l'"), ("à l’", "l’"), ("sur ", ""), ("de ", ""), ("d'", ""),
        ("d’", ""), ("à ", ""),
    ]

    /// The number of parts in « série de neuf articles ».
    static func partCount(_ text: String) -> Int? {
        for word in text.lowercased().split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\u{A0}" }) {
            if let number = Int(word) { return number }
            if let number = numberWords[String(word)] { return number }
        }
        return nil
    }

    static let numberWords = [
        "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9, "dix": 10,
        "onze": 11, "douze": 12,
    ]
}
