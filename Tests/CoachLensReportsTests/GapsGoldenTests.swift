import CoachLensKit
import CoachLensPipeline
@testable import CoachLensReports
import Foundation
import PCRE2Regex
import Testing

/// gaps.md on a small fixture blog, compared byte for byte with a golden file. The real gap cues run (the
/// `gaps` pack); segments, focus and framing come from keyword stand-ins, so the golden file checks the gap
/// report itself and does not move when the plugins' rule packs are tuned.
///
/// To accept a deliberate change: `UPDATE_GOLDEN=1 swift test --filter GapsGoldenTests`, then review the diff.
@Suite struct GapsGoldenTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let blog = fixtures.appendingPathComponent("gaps-blog")
    static let golden = fixtures.appendingPathComponent("gaps-blog.expected.md")

    /// Runs the pipeline on `folder` with the stand-ins and the gap cues, and analyses the result.
    static func report(of folder: URL, name: String) async throws -> GapReport {
        let library = try RuleLibrary.load(builtin: [GapCuesPlugin.builtinRules])
        let plugins: [any AnalysisPlugin] = [
            StandInSegments(), StandInFocus(), StandInFraming(),
            try GapCuesPlugin(library: library, options: AnalysisOptions()),
        ]
        let loader = DocumentLoader(classifier: KindClassifier(library: library), assumeCalls: false)
        var accumulator = GapAccumulator(tables: plugins.map { (type(of: $0).id, $0.table) })
        await Pipeline(plugins: plugins, loader: loader, jobs: 2).run(inputs: [folder.path]) { accumulator.add($0) }
        return GapAnalysis.analyse(
            accumulator.articles, folder: name, segmentsScored: true, framingScored: true, focusScored: true)
    }

    @Test func gapsMarkdownMatchesGolden() async throws {
        let markdown = GapsMarkdown.render(try await Self.report(of: Self.blog, name: "gaps-blog"))
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            try markdown.write(to: Self.golden, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: Self.golden, encoding: .utf8)
        if markdown != expected {
            let actual = FileManager.default.temporaryDirectory.appendingPathComponent("gaps-blog.actual.md")
            try? markdown.write(to: actual, atomically: true, encoding: .utf8)
            Issue.record("gaps.md differs from \(Self.golden.path); actual output in \(actual.path)")
        }
    }

    @Test func sameReportWhateverTheJobCount() async throws {
        let library = try RuleLibrary.load(builtin: [GapCuesPlugin.builtinRules])
        let plugins: [any AnalysisPlugin] = [StandInSegments(), try GapCuesPlugin(library: library, options: AnalysisOptions())]
        let loader = DocumentLoader(classifier: KindClassifier(library: library), assumeCalls: false)
        var outputs: [String] = []
        for jobs in [1, 4] {
            var accumulator = GapAccumulator(tables: plugins.map { (type(of: $0).id, $0.table) })
            await Pipeline(plugins: plugins, loader: loader, jobs: jobs).run(inputs: [Self.blog.path]) { accumulator.add($0) }
            let report = GapAnalysis.analyse(accumulator.articles, folder: "x", segmentsScored: true, framingScored: false, focusScored: false)
            outputs.append(GapsMarkdown.render(report) + GapsHTML.render(report))
        }
        #expect(outputs[0] == outputs[1])
    }
}

// MARK: - Keyword stand-ins for the analysis plugins

/// Byte ranges of `keyword` in the document, ignoring ASCII case.
func keywordRanges(_ keyword: String, in document: AnalyzedDocument) -> [Range<Int>] {
    let text = document.utf8.map { (65...90).contains($0) ? $0 + 32 : $0 }
    let needle = Array(keyword.utf8)
    guard !needle.isEmpty, text.count >= needle.count else { return [] }
    var ranges: [Range<Int>] = []
    var index = 0
    while index <= text.count - needle.count {
        if text[index..<(index + needle.count)].elementsEqual(needle) {
            ranges.append(index..<(index + needle.count))
            index += needle.count
        } else {
            index += 1
        }
    }
    return ranges
}

/// Segments by keyword counts: score = count / 5 (at most 1), retained from 3 mentions.
struct StandInSegments: AnalysisPlugin {
    static let id = "segments"
    static var builtinRules: URL { URL(fileURLWithPath: "/dev/null") }
    static let keywords: [String: [String]] = [
        "CS": ["client"], "VP": ["valeur", "bénéfice"], "CH": ["canal", "canaux"], "CR": ["relation"],
        "R": ["prix", "tarif", "revenu"], "KR": ["ressource", "compétence"], "KA": ["activité"],
        "KP": ["partenaire"], "C": ["coût"],
    ]
    let table = TableSpec(fileName: "segments.csv", columns: ReportVocabulary.segmentCodes + ["segments"])
    var patterns: [String] { [] }

    init() {}
    init(library: RuleLibrary, options: AnalysisOptions) {}

    func analyze(_ document: AnalyzedDocument, scratch: MatchScratch) -> PluginResult {
        var cells: [Cell] = []
        var detected: [String] = []
        var findings: [Finding] = []
        for code in ReportVocabulary.segmentCodes {
            let ranges = (Self.keywords[code] ?? []).flatMap { keywordRanges($0, in: document) }.sorted { $0.lowerBound < $1.lowerBound }
            cells.append(.decimal(min(1, Double(ranges.count) / 5)))
            if ranges.count >= 3 { detected.append(code) }
            if let first = ranges.first { findings.append(document.finding(rule: "mot-cle", label: code, utf8Range: first)) }
        }
        return PluginResult(plugin: Self.id, row: cells + [.text(detected.joined(separator: "|"))], findings: findings)
    }
}

/// Focus by pronoun counts: client share = second person / all persons; self under 0.35, client over 0.6.
struct StandInFocus: AnalysisPlugin {
    static let id = "focus"
    static var builtinRules: URL { URL(fileURLWithPath: "/dev/null") }
    static let singular: Set<String> = ["je", "j", "me", "m", "moi", "mon", "ma", "mes"]
    static let plural: Set<String> = ["nous", "notre", "nos"]
    static let second: Set<String> = ["vous", "votre", "vos", "tu", "te", "t", "toi", "ton", "ta", "tes"]
    let table = TableSpec(
        fileName: "focus.csv",
        columns: ["first_singular", "first_plural", "second_person", "client_terms", "self_terms", "client_share", "label"])
    var patterns: [String] { [] }

    init() {}
    init(library: RuleLibrary, options: AnalysisOptions) {}

    func analyze(_ document: AnalyzedDocument, scratch: MatchScratch) -> PluginResult {
        var counts = [0, 0, 0]
        var findings: [Finding] = []
        for token in document.tokens where token.kind == .word {
            let word = document.text(of: token).lowercased().filter { $0 != "'" && $0 != "’" }
            let group = Self.singular.contains(word) ? 0 : Self.plural.contains(word) ? 1 : Self.second.contains(word) ? 2 : nil
            guard let group else { continue }
            counts[group] += 1
            let label = group == 2 ? "client" : "self"
            if !findings.contains(where: { $0.label == label }) {
                findings.append(document.finding(rule: "pronom", label: label, utf8Range: token.utf8Range))
            }
        }
        let total = counts.reduce(0, +)
        let share = total == 0 ? 0.5 : Double(counts[2]) / Double(total)
        let label = share < 0.35 ? "self" : share > 0.6 ? "client" : "mixed"
        return PluginResult(
            plugin: Self.id,
            row: [.integer(counts[0]), .integer(counts[1]), .integer(counts[2]), .integer(0), .integer(0), .decimal(share), .text(label)],
            findings: findings)
    }
}

/// Framing by keywords: « garanti », « satisfait ou remboursé »; « votre engagement »; « à cause de ».
struct StandInFraming: AnalysisPlugin {
    static let id = "framing"
    static var builtinRules: URL { URL(fileURLWithPath: "/dev/null") }
    static let flags: [(label: String, keywords: [String])] = [
        ("guarantee", ["garanti", "satisfait ou rembours"]), ("responsibility", ["votre engagement"]),
        ("external_attribution", ["à cause de"]),
    ]
    let table = TableSpec(
        fileName: "framing.csv",
        columns: ["guarantee", "responsibility", "external_attribution", "guarantee_hits", "responsibility_hits", "external_hits"])
    var patterns: [String] { [] }

    init() {}
    init(library: RuleLibrary, options: AnalysisOptions) {}

    func analyze(_ document: AnalyzedDocument, scratch: MatchScratch) -> PluginResult {
        var hits: [Int] = []
        var findings: [Finding] = []
        for flag in Self.flags {
            let ranges = flag.keywords.flatMap { keywordRanges($0, in: document) }.sorted { $0.lowerBound < $1.lowerBound }
            hits.append(ranges.count)
            findings += ranges.map { document.finding(rule: "mot-cle", label: flag.label, utf8Range: $0) }
        }
        return PluginResult(
            plugin: Self.id, row: hits.map { Cell.flag($0 > 0) } + hits.map(Cell.integer), findings: findings)
    }
}
