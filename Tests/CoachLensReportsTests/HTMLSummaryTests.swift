import CoachLensKit
import CoachLensPipeline
@testable import CoachLensReports
import Testing

/// Builds run summaries for the HTML tests, with the contract's tables and hostile text where asked.
enum HTMLFixture {
    static let hostile = "Il a dit \"><img src=x onerror=alert(1)> et <script>alert('x')</script> déjà 🙂 fini."
    static let hostilePath = "evil/<script>alert(1)</script>.txt"

    static let segments = TableSpec(
        fileName: "segments.csv", columns: ReportVocabulary.segmentCodes + ["segments", "customer_segment_types"])
    static let steps = TableSpec(
        fileName: "steps.csv", columns: ["method"] + ReportVocabulary.stepIDs + ["coverage", "order_violation", "missing"])
    static let focus = TableSpec(
        fileName: "focus.csv",
        columns: ["first_singular", "first_plural", "second_person", "client_terms", "self_terms", "client_share", "label"])
    static let framing = TableSpec(
        fileName: "framing.csv",
        columns: ["guarantee", "responsibility", "external_attribution", "guarantee_hits", "responsibility_hits", "external_hits"])

    /// A finding whose highlight covers `marked` inside `excerpt`.
    static func finding(_ label: String, excerpt: String, marked: String, note: String = "") -> Finding {
        let scalars = Array(excerpt.unicodeScalars), needle = Array(marked.unicodeScalars)
        let start = (0...(scalars.count - needle.count)).first { Array(scalars[$0..<($0 + needle.count)]) == needle } ?? 0
        return Finding(
            rule: "r", label: label, sentence: 0, start: start, end: start + needle.count, excerpt: excerpt,
            highlight: start..<(start + needle.count), note: note)
    }

    /// A summary of three documents with every table filled; the second one hostile everywhere.
    static func summary(hostile: Bool = true) -> (RunSummary, SalespersonTally) {
        var summary = RunSummary(tables: [
            ("segments", segments), ("steps", steps), ("focus", focus), ("framing", framing),
        ])
        var tally = SalespersonTally()
        let documents = ["calls/marc-leroy/a.txt", hostile ? hostilePath : "calls/b.txt", "calls/c.txt"]
        let vendeurs: [String?] = [nil, hostile ? "<svg onload=alert(1)>" : "Sophie Bernard", "Marc Leroy"]
        for (index, document) in documents.enumerated() {
            let text = hostile && index == 1 ? Self.hostile : "Le client m’a expliqué ses besoins, j’ai reformulé."
            let marked = hostile && index == 1 ? "<script>" : "reformulé"
            let results = [
                PluginResult(
                    plugin: "segments",
                    row: ReportVocabulary.segmentCodes.enumerated().map { .decimal(Double(($0.offset + index) % 5) / 4) }
                        + [.text("CS|VP"), .text(hostile && index == 1 ? "<b>b2b</b>" : "b2b")],
                    findings: [finding("CS", excerpt: text, marked: marked)]),
                PluginResult(
                    plugin: "steps",
                    row: [.text("ten-steps")] + (1...10).map { Cell.flag(($0 + index) % 3 != 0) }
                        + [.decimal(0.6), .flag(index == 2), .text("S3|S6")],
                    findings: [finding("S6", excerpt: text, marked: marked, note: hostile ? "<b>gras</b>" : "")]),
                PluginResult(
                    plugin: "focus",
                    row: [.integer(3), .integer(1), .integer(5), .integer(2), .integer(0), .decimal(Double(index) * 0.4), .text(index == 0 ? "self" : "client")],
                    findings: [finding(index == 0 ? "self" : "client", excerpt: text, marked: marked)]),
                PluginResult(
                    plugin: "framing",
                    row: [.flag(index == 1), .flag(true), .flag(false), .integer(index == 1 ? 2 : 0), .integer(1), .integer(0)],
                    findings: index == 1 ? [finding("guarantee", excerpt: text, marked: marked)] : []),
            ]
            let outcome = DocumentOutcome(
                row: DocumentRow(document: document, kind: .call, status: .ok, bytes: 100, tokens: 20, sentences: 2),
                metadata: vendeurs[index].map { ["vendeur": $0] } ?? [:], results: results)
            summary.add(outcome)
            tally.add(outcome, steps: steps)
        }
        summary.add(DocumentOutcome(row: DocumentRow(
            document: hostile ? "<iframe src=x>.txt" : "bad.txt", status: .error,
            reason: hostile ? "<iframe>" : "illisible")))
        return (summary, tally)
    }
}

/// summary.html shows each analysis only when its table has rows, and per-salesperson coverage.
@Suite struct HTMLSummaryTests {
    @Test func everySectionWhenEveryTableHasRows() {
        let (summary, tally) = HTMLFixture.summary(hostile: false)
        let page = HTMLSummary.render(summary, salespeople: tally)
        for id in ["totaux", "essentiel", "segments", "etapes", "orientation", "cadrage"] {
            #expect(page.contains("<section id=\"\(id)\""), "section \(id) manquante")
        }
        #expect(page.contains("<mark>reformulé</mark>"))
        #expect(page.contains("Synthèse CoachLens"))
    }

    @Test func noSectionForATableWithoutRows() {
        var summary = RunSummary(tables: [("segments", HTMLFixture.segments), ("steps", HTMLFixture.steps)])
        summary.add(DocumentOutcome(
            row: DocumentRow(document: "a.txt", kind: .article, status: .ok),
            results: [PluginResult(plugin: "segments", row: nil), PluginResult(plugin: "steps", row: nil)]))
        let page = HTMLSummary.render(summary)
        #expect(page.contains("<section id=\"totaux\""))
        #expect(!page.contains("<section id=\"segments\""))
        #expect(!page.contains("<section id=\"etapes\""))
    }

    @Test func salespeopleFromFrontMatterAndFolders() {
        let (_, tally) = HTMLFixture.summary(hostile: false)
        // « marc-leroy/ » and « vendeur: Marc Leroy » are one person; a generic folder names nobody.
        #expect(tally.people.map(\.name) == ["Marc Leroy", "Sophie Bernard"])
        #expect(tally.people.map(\.notes) == [2, 1])
        #expect(tally.salesperson(of: "calls/c.txt") == "Marc Leroy")
        #expect(Salesperson.name(metadata: [:], document: "calls/x.txt") == nil)
        #expect(Salesperson.name(metadata: [:], document: "x.txt") == nil)
        #expect(Salesperson.name(metadata: [:], document: "notes/claire-martin/x.txt") == "Claire Martin")
    }

    @Test func salespeopleFromFoldersWhenNoTallyIsGiven() {
        let (summary, _) = HTMLFixture.summary(hostile: false)
        let page = HTMLSummary.render(summary)
        #expect(page.contains("Marc Leroy"))
        #expect(page.contains(SalespersonTally.unknown))
    }
}
