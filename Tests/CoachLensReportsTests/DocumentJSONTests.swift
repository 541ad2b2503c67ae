import CoachLensKit
import CoachLensPipeline
@testable import CoachLensReports
import Foundation
import Testing

/// A JSON line reads back into the very outcome it was written from, whatever its text holds.
struct DocumentJSONTests {
    static let table = TableSpec(fileName: "demo.csv", columns: ["score", "count", "label"])
    let encoder = DocumentJSON(plugins: [("demo", Self.table)], rulePacks: [("demo-pack", 3)])

    func roundTrip(_ outcome: DocumentOutcome) throws -> DocumentOutcome {
        let line = encoder.line(outcome)
        #expect(!line.contains("\n"))
        return try JSONDecoder().decode(DocumentRecord.self, from: Data(line.utf8)).outcome()
    }

    @Test func resultsAndEvidenceSurviveExactly() throws {
        let excerpt = "« Je garantis » dit-il\t😀 \"cité\" \\ fin\u{1}"
        let finding = Finding(
            rule: "garantie", label: "guarantee", sentence: 4, start: 10, end: 22, excerpt: excerpt,
            highlight: 2..<13, note: "discours rapporté")
        let result = PluginResult(
            plugin: "demo", row: [.decimal(1.0 / 3.0, digits: 3), .integer(-7), .text("=SOMME(A1)|CS")],
            findings: [finding], warnings: ["texte court"])
        let outcome = DocumentOutcome(
            row: DocumentRow(
                document: "notes/é t\"é.txt", kind: .call, status: .ok, reason: "texte court",
                encoding: .windows1252, bytes: 812, tokens: 160, sentences: 12),
            metadata: ["vendeur": "Claire Martin", "date": "2026-03-01"], results: [result])
        let back = try roundTrip(outcome)
        #expect(back.row == outcome.row)
        #expect(back.metadata == outcome.metadata)
        #expect(back.results == outcome.results)
        #expect(encoder.line(outcome).contains(#""matched":"Je garantis""#))
    }

    @Test func aDocumentThatWasNotAnalysedKeepsItsRowAndNoResults() throws {
        let outcome = DocumentOutcome(row: DocumentRow(
            document: "photo.jpg", status: .skipped, reason: "extension non prise en charge", bytes: 1))
        let line = encoder.line(outcome)
        #expect(line.contains(#""kind":null"#) && line.contains(#""row":null"#))
        let back = try roundTrip(outcome)
        #expect(back.row == outcome.row)
        #expect(back.results.isEmpty)
    }

    @Test func theMergeOrderIsTheWalkOrder() {
        let walked = ["a/b.txt", "a/c/d.txt", "a-c.txt", "a.txt", "b.txt", "é.txt"]
        #expect(walked.reversed().sorted { DocumentOrder.key($0).lexicographicallyPrecedes(DocumentOrder.key($1)) } == walked)
    }
}
