import CoachLensKit
import Foundation
import PCRE2Regex
import Segments
import TestSupport
import Testing

/// End to end on a small folder: the plugin's segments.csv rows for Fixtures/Segments/corpus/ must equal
/// Fixtures/Segments/golden-segments.tsv exactly.
///
/// To regenerate the golden file after a deliberate change of rules or scoring, run the tests with
/// `SEGMENTS_UPDATE_GOLDEN=1`, then read the diff: a golden file is never regenerated to hide a bug.
@Suite struct SegmentsGoldenTests {
    static let corpus = SegmentsFixtures.folder.appendingPathComponent("corpus")
    static let golden = SegmentsFixtures.folder.appendingPathComponent("golden-segments.tsv")

    /// The rows, tab-separated, header first, in file-name order.
    static func rows() throws -> String {
        let plugin = try SegmentsFixtures.plugin()
        let files = try FileManager.default.contentsOfDirectory(atPath: corpus.path)
            .filter { $0.hasSuffix(".txt") }.sorted()
        var lines = [(["document"] + plugin.table.columns).joined(separator: "\t")]
        for file in files {
            let text = try String(contentsOf: corpus.appendingPathComponent(file), encoding: .utf8)
            let row = SegmentsFixtures.row(plugin, text: text, path: file)
            lines.append(([file] + plugin.table.columns.map { row[$0] ?? "" }).joined(separator: "\t"))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func rowsMatchGolden() throws {
        let actual = try Self.rows()
        if ProcessInfo.processInfo.environment["SEGMENTS_UPDATE_GOLDEN"] != nil {
            try actual.write(to: Self.golden, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: Self.golden, encoding: .utf8)
        #expect(actual == expected, "segments.csv a changé : relancer avec SEGMENTS_UPDATE_GOLDEN=1 et relire le diff")
    }

    /// The golden rows say what the fixture texts are about; these checks keep a regeneration honest.
    @Test func goldenMakesSense() throws {
        let plugin = try SegmentsFixtures.plugin()
        func row(_ file: String) throws -> [String: String] {
            SegmentsFixtures.row(plugin, text: try String(contentsOf: Self.corpus.appendingPathComponent(file), encoding: .utf8))
        }
        func score(_ row: [String: String], _ code: String) -> Double { Double(row[code] ?? "") ?? -1 }

        let overview = try row("01-canevas-apercu-et-clients.txt")
        let others = SegmentsFixtures.codes.filter { $0 != "CS" }
        #expect(others.allSatisfy { score(overview, "CS") > score(overview, $0) }, "CS domine : \(overview)")
        #expect(others.filter { score(overview, $0) >= 0.3 }.isEmpty, "l'aperçu des neuf blocs compte faiblement : \(overview)")
        #expect(overview["customer_segment_types"] == "masse|niche|plateforme multi-faces")

        let bakery = SegmentsFixtures.detected(try row("02-boulangerie-du-quartier.txt"))
        #expect(bakery.isSuperset(of: ["CS", "VP", "CH", "R", "KA", "C"]), "\(bakery)")

        let employee = SegmentsFixtures.detected(try row("03-salariee-canevas-personnel.txt"))
        #expect(employee == ["CS", "R", "KR", "C"], "\(employee)")

        let minutes = try row("04-compte-rendu-sans-segment.txt")
        #expect(minutes["segments"] == "", "ni valeurs morales ni DRH : \(minutes)")
    }

    /// The issue's check on corpus/: "Le Business Model Canvas vu autrement" is about the client segment first.
    @Test func canvasArticleOfTheCorpusHasClientsDominant() throws {
        let path = "corpus/articles/le-business-model-canvas-vu-autrement.txt"
        let text = try String(contentsOf: Fixtures.repositoryRoot.appendingPathComponent(path), encoding: .utf8)
        let row = SegmentsFixtures.row(try SegmentsFixtures.plugin(), text: text, path: path)
        let clients = Double(row["CS"] ?? "") ?? 0
        let others = SegmentsFixtures.codes.filter { $0 != "CS" }
        #expect(others.allSatisfy { clients > Double(row[$0] ?? "") ?? 0 }, "CS domine : \(row)")
    }
}
