import CoachLensKit
import Foundation
import Framing
import PCRE2Regex
import TestSupport
import Testing

/// Scores the framing plugin against hand-labelled passages (sales pages, posts, e-mails, session notes,
/// testimonials; many of them hard negatives), labelled by the rules of ANNOTATION.md « Framing ».
///
/// `Fixtures/Framing/<set>/gold.tsv` gives, per passage file, its kind and the three gold flags. The `dev`
/// set was written before the rules and used to tune them; the `holdout` set was written afterwards and
/// never tuned on. Each flag must reach F1 ≥ 0.85 on each set.
@Suite struct FramingEvaluationTests {
    /// Where the labelled sets live.
    static let root = Fixtures.repositoryRoot.appendingPathComponent("Tests/PluginTests/Fixtures/Framing")
    /// The minimum F1 per flag.
    static let target = 0.85

    /// One labelled passage.
    struct Passage {
        var file: String
        var kind: DocumentKind
        var gold: [FramingFlag: Bool]
    }

    /// Precision, recall and F1 of one flag.
    struct Score: CustomStringConvertible {
        var truePositives = 0, falsePositives = 0, falseNegatives = 0
        var precision: Double { ratio(truePositives, truePositives + falsePositives) }
        var recall: Double { ratio(truePositives, truePositives + falseNegatives) }
        var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
        var description: String {
            String(format: "P %.3f R %.3f F1 %.3f (VP %d, FP %d, FN %d)", precision, recall, f1,
                   truePositives, falsePositives, falseNegatives)
        }
        private func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 1 : Double(a) / Double(b) }
    }

    static func passages(_ set: String) throws -> [Passage] {
        let gold = try String(contentsOf: root.appendingPathComponent("\(set)/gold.tsv"), encoding: .utf8)
        return gold.split(separator: "\n").dropFirst().map { line in
            let fields = line.split(separator: "\t").map(String.init)
            return Passage(
                file: fields[0], kind: DocumentKind(rawValue: fields[1]) ?? .other,
                gold: [.guarantee: fields[2] == "1", .responsibility: fields[3] == "1",
                       .externalAttribution: fields[4] == "1"])
        }
    }

    static func plugin() throws -> FramingPlugin {
        try FramingPlugin(
            library: RuleLibrary.load(builtin: [FramingPlugin.builtinRules]), options: AnalysisOptions())
    }

    @Test(arguments: ["dev", "holdout", "fresh", "blind", "final"])
    func flagsReachTarget(_ set: String) throws {
        let plugin = try Self.plugin()
        let passages = try Self.passages(set)
        #expect(passages.count >= 30)
        var scores: [FramingFlag: Score] = [:]
        var misses: [String] = []
        for passage in passages {
            let text = try String(contentsOf: Self.root.appendingPathComponent("\(set)/\(passage.file)"), encoding: .utf8)
            let result = plugin.analyze(
                Fixtures.document(text, kind: passage.kind, path: passage.file), scratch: MatchScratch())
            let row = try #require(result.row)
            for (index, flag) in FramingFlag.allCases.enumerated() {
                let predicted = row[index] == .integer(1)
                let gold = passage.gold[flag] ?? false
                switch (predicted, gold) {
                case (true, true): scores[flag, default: Score()].truePositives += 1
                case (true, false): scores[flag, default: Score()].falsePositives += 1
                case (false, true): scores[flag, default: Score()].falseNegatives += 1
                case (false, false): break
                }
                if predicted != gold { misses.append("\(passage.file) \(flag.column): attendu \(gold ? 1 : 0)") }
            }
        }
        print("framing [\(set)] \(passages.count) passages")
        for flag in FramingFlag.allCases { print("  \(flag.column): \(scores[flag, default: Score()])") }
        for miss in misses { print("  écart : \(miss)") }
        for flag in FramingFlag.allCases {
            let score = scores[flag, default: Score()]
            #expect(score.f1 >= Self.target, Comment(rawValue: "\(set) \(flag.column) : \(score)"))
        }
    }
}
