import CoachLensKit
import Foundation
import PCRE2Regex
import Segments
import TestSupport

/// Shared helpers of the segments tests: the plugin built from its shipped packs, the labelled passages.
enum SegmentsFixtures {
    /// The fixture folder of the segments tests.
    static let folder = Fixtures.repositoryRoot.appendingPathComponent("Tests/PluginTests/Fixtures/Segments")

    /// The nine block codes, in canvas order.
    static let codes = ["CS", "VP", "CH", "CR", "R", "KR", "KA", "KP", "C"]

    /// The plugin with its built-in packs.
    static func plugin() throws -> SegmentsPlugin {
        let library = try RuleLibrary.load(builtin: [SegmentsPlugin.builtinRules])
        return try SegmentsPlugin(library: library, options: AnalysisOptions())
    }

    /// A labelled passage of a fixture file.
    struct Passage {
        var id: String
        var gold: Set<String>
        var text: String
    }

    /// Reads a passage file: `@ id CODES…` (or `-`) then the text until the next `@` line; `#` lines are comments.
    static func passages(_ name: String) throws -> [Passage] {
        let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        var passages: [Passage] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("#") { continue }
            if line.hasPrefix("@ ") {
                let fields = line.dropFirst(2).split(separator: " ").map(String.init)
                passages.append(Passage(
                    id: fields[0], gold: Set(fields.dropFirst().filter { $0 != "-" }), text: ""))
            } else if !passages.isEmpty {
                passages[passages.count - 1].text += (passages[passages.count - 1].text.isEmpty ? "" : "\n") + line
            }
        }
        return passages.map { passage in
            var passage = passage
            passage.text = passage.text.trimmingCharacters(in: .whitespacesAndNewlines)
            return passage
        }
    }

    /// The plugin's row for one text, as strings keyed by column name.
    static func row(_ plugin: SegmentsPlugin, text: String, path: String = "passage.txt") -> [String: String] {
        let result = plugin.analyze(Fixtures.document(text, kind: .article, path: path), scratch: MatchScratch())
        var row: [String: String] = [:]
        for (name, cell) in zip(plugin.table.columns, result.row ?? []) {
            switch cell {
            case let .text(value): row[name] = value
            case let .integer(value): row[name] = String(value)
            case let .decimal(value, digits): row[name] = String(format: "%.\(digits)f", value)
            }
        }
        return row
    }

    /// The detected codes of a row.
    static func detected(_ row: [String: String]) -> Set<String> {
        Set((row["segments"] ?? "").split(separator: "|").map(String.init))
    }

    /// Precision, recall and F1 per block and micro-averaged, over labelled passages.
    struct Scores {
        var truePositives: [String: Int] = [:]
        var falsePositives: [String: Int] = [:]
        var falseNegatives: [String: Int] = [:]
        var errors: [String] = []

        mutating func add(id: String, gold: Set<String>, predicted: Set<String>) {
            for code in SegmentsFixtures.codes {
                switch (gold.contains(code), predicted.contains(code)) {
                case (true, true): truePositives[code, default: 0] += 1
                case (false, true): falsePositives[code, default: 0] += 1
                case (true, false): falseNegatives[code, default: 0] += 1
                case (false, false): break
                }
            }
            if gold != predicted {
                errors.append("\(id): attendu \(gold.sorted().joined(separator: " ")), obtenu \(predicted.sorted().joined(separator: " "))")
            }
        }

        static func f1(_ tp: Int, _ fp: Int, _ fn: Int) -> (precision: Double, recall: Double, f1: Double) {
            let precision = tp + fp == 0 ? 1 : Double(tp) / Double(tp + fp)
            let recall = tp + fn == 0 ? 1 : Double(tp) / Double(tp + fn)
            let f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
            return (precision, recall, f1)
        }

        func perSegment(_ code: String) -> (precision: Double, recall: Double, f1: Double) {
            Self.f1(truePositives[code] ?? 0, falsePositives[code] ?? 0, falseNegatives[code] ?? 0)
        }

        var micro: (precision: Double, recall: Double, f1: Double) {
            Self.f1(truePositives.values.reduce(0, +), falsePositives.values.reduce(0, +), falseNegatives.values.reduce(0, +))
        }

        /// A plain-text table of the figures.
        var report: String {
            var lines = ["segment  P      R      F1"]
            for code in SegmentsFixtures.codes {
                let (p, r, f) = perSegment(code)
                lines.append(code.padding(toLength: 8, withPad: " ", startingAt: 0)
                    + String(format: " %.3f  %.3f  %.3f", p, r, f))
            }
            let (p, r, f) = micro
            lines.append("micro   " + String(format: " %.3f  %.3f  %.3f", p, r, f))
            return lines.joined(separator: "\n")
        }
    }

    /// Scores the plugin on a passage file.
    static func score(_ file: String) throws -> Scores {
        let plugin = try plugin()
        var scores = Scores()
        for passage in try passages(file) {
            scores.add(id: passage.id, gold: passage.gold, predicted: detected(row(plugin, text: passage.text)))
        }
        return scores
    }
}
