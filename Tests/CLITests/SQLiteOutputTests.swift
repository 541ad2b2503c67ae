import Foundation
import GRDB
import TestSupport
import Testing

/// `--sqlite FILE` end to end: the database holds what the CSV files hold, typed, and stays one row per
/// document across runs.
@Suite struct SQLiteOutputTests {
    static let notes = Fixtures.repositoryRoot.appendingPathComponent("Tests/CLITests/Fixtures/calls/notes")
    static let tables = ["documents", "segments", "steps", "focus", "framing", "stats"]

    /// A copy of the call-notes fixture that a test may change.
    func copyOfNotes() throws -> URL {
        let copy = try Fixtures.temporaryDirectory().appendingPathComponent("notes")
        try FileManager.default.copyItem(at: Self.notes, to: copy)
        return copy
    }

    /// Runs `analyze input --sqlite database` into a fresh output folder, which it returns.
    @discardableResult
    func analyze(_ input: URL, into database: URL, status: Int32 = 0) throws -> URL {
        let out = try Fixtures.temporaryDirectory()
        let result = try CommandRunner.run(
            ["analyze", input.path, "--out", out.path, "--sqlite", database.path, "--progress", "never"])
        #expect(result.status == status, "\(result.stderr)")
        return out
    }

    func count(_ queue: DatabaseQueue, _ sql: String, _ arguments: StatementArguments = []) throws -> Int {
        try queue.read { db in try Int.fetchOne(db, sql: sql, arguments: arguments) ?? -1 }
    }

    /// Whether a stored value is what the CSV cell shows (NULL for an empty cell, numbers as numbers, text
    /// without the quote that neutralises formulas).
    func same(_ value: DatabaseValue, _ cell: String) -> Bool {
        switch value.storage {
        case .null: return cell.isEmpty
        case let .int64(number): return String(number) == cell
        case let .double(number): return Double(cell) == number
        case let .string(text): return text == cell || "'" + text == cell
        case .blob: return false
        }
    }

    /// Every row of `table` equals the CSV file's row for the same document, column by column.
    func expectMirrors(_ table: String, csv: URL, in queue: DatabaseQueue) throws {
        let file = try CSVTable(csv.appendingPathComponent(table + ".csv"))
        let columns = file.header.map(\.quotedDatabaseIdentifier).joined(separator: ", ")
        let rows = try queue.read { db in
            try Row.fetchAll(db, sql: "SELECT \(columns) FROM \(table.quotedDatabaseIdentifier)")
        }
        #expect(rows.count == file.rows.count, "\(table)")
        let stored = Dictionary(uniqueKeysWithValues: rows.map { ($0["document"] as String, $0) })
        for csvRow in file.rows {
            guard let row = stored[csvRow[0]] else {
                Issue.record("\(table): no row for \(csvRow[0])")
                continue
            }
            for (index, column) in file.header.enumerated() {
                #expect(same(row[index], csvRow[index]), "\(table).\(column) of \(csvRow[0]): \(row[index] as DatabaseValue) ≠ \(csvRow[index])")
            }
        }
    }

    @Test func databaseHoldsTheCSVRowsTyped() throws {
        let database = try Fixtures.temporaryDirectory().appendingPathComponent("notes.sqlite")
        let out = try analyze(Self.notes, into: database)
        let queue = try DatabaseQueue(path: database.path)
        for table in Self.tables { try expectMirrors(table, csv: out, in: queue) }
        #expect(try count(queue, "SELECT count(*) FROM documents") == 5)

        let evidence = try CSVTable(out.appendingPathComponent("evidence.csv"))
        let rows = try queue.read { db in
            try Row.fetchAll(db, sql: "SELECT \(evidence.header.map(\.quotedDatabaseIdentifier).joined(separator: ", ")) FROM evidence ORDER BY id")
        }
        #expect(rows.count == evidence.rows.count)
        #expect(!rows.isEmpty)
        for (row, csvRow) in zip(rows, evidence.rows) {
            for index in evidence.header.indices {
                #expect(same(row[index], csvRow[index]), "evidence.\(evidence.header[index]): \(row[index] as DatabaseValue) ≠ \(csvRow[index])")
            }
        }

        let types = try queue.read { db in
            Dictionary(uniqueKeysWithValues: try db.columns(in: "steps").map { ($0.name, $0.type) })
        }
        #expect(types["method"] == "TEXT" && types["S1"] == "INTEGER" && types["coverage"] == "REAL")
        #expect(try count(queue, "SELECT count(*) FROM rule_packs WHERE pack = 'ten-steps' AND version >= 1") == 1)
        #expect(try count(queue, "SELECT count(*) FROM runs WHERE command = 'analyze' AND finished_at IS NOT NULL AND files = 5") == 1)
    }

    @Test func rerunningUpdatesRowsAndNeverDuplicates() throws {
        let input = try copyOfNotes()
        let database = try Fixtures.temporaryDirectory().appendingPathComponent("notes.sqlite")
        let first = try analyze(input, into: database)
        let evidenceRows = try CSVTable(first.appendingPathComponent("evidence.csv")).rows.count
        try analyze(input, into: database)
        let queue = try DatabaseQueue(path: database.path)
        #expect(try count(queue, "SELECT count(*) FROM documents") == 5)
        #expect(try count(queue, "SELECT count(*) FROM segments") == 5)
        #expect(try count(queue, "SELECT count(*) FROM evidence") == evidenceRows)
        #expect(try count(queue, "SELECT count(*) FROM documents WHERE run = 2") == 5)

        let note = "marc-leroy/2026-04-02-cabinet-noel.txt"
        let before = try count(queue, "SELECT count(*) FROM evidence WHERE document = ?", [note])
        try Data("""
            Préparation : j'ai regardé leur site avant le rendez-vous.
            Je lui ai posé beaucoup de questions sur ses besoins ; il a parlé longtemps.
            J'ai reformulé : il veut gagner du temps. Il a confirmé.
            J'ai proposé notre offre, il a signé le bon de commande.

            """.utf8).write(to: input.appendingPathComponent(note))
        try Data().write(to: input.appendingPathComponent("menu-du-jour.txt"))
        let third = try analyze(input, into: database, status: 1)
        #expect(try count(queue, "SELECT count(*) FROM documents") == 5)
        try expectMirrors("steps", csv: third, in: queue)
        try expectMirrors("documents", csv: third, in: queue)
        let evidence = try CSVTable(third.appendingPathComponent("evidence.csv"))
        let after = evidence.rows.filter { $0[0] == note }.count
        #expect(after != before)
        #expect(try count(queue, "SELECT count(*) FROM evidence WHERE document = ?", [note]) == after)
        #expect(try count(queue, "SELECT count(*) FROM evidence") == evidence.rows.count)
        // The emptied file is now skipped: its old analysis is gone with it.
        #expect(try count(queue, "SELECT count(*) FROM documents WHERE document = 'menu-du-jour.txt' AND status = 'skipped'") == 1)
        #expect(try count(queue, "SELECT count(*) FROM segments WHERE document = 'menu-du-jour.txt'") == 0)
        #expect(try count(queue, "SELECT count(*) FROM evidence WHERE document = 'menu-du-jour.txt'") == 0)
    }

    @Test func callsWithAnotherMethodReplacesOnlyTheStepsRows() throws {
        let database = try Fixtures.temporaryDirectory().appendingPathComponent("notes.sqlite")
        let analysed = try analyze(Self.notes, into: database)
        let segmentsEvidence = try CSVTable(analysed.appendingPathComponent("evidence.csv")).rows
            .filter { $0[1] == "segments" }.count
        let out = try Fixtures.temporaryDirectory()
        let result = try CommandRunner.run(
            ["calls", Self.notes.path, "--method", "maturation", "--out", out.path, "--sqlite", database.path,
             "--progress", "never"])
        #expect(result.status == 0, "\(result.stderr)")
        let queue = try DatabaseQueue(path: database.path)
        try expectMirrors("steps", csv: out, in: queue)
        #expect(try count(queue, "SELECT count(*) FROM steps WHERE method = 'maturation' AND S1 IS NULL") == 4)
        let stepsEvidence = try CSVTable(out.appendingPathComponent("evidence.csv")).rows.count
        #expect(try count(queue, "SELECT count(*) FROM evidence WHERE plugin = 'steps'") == stepsEvidence)
        #expect(try count(queue, "SELECT count(*) FROM evidence WHERE plugin = 'segments'") == segmentsEvidence)
        #expect(try count(queue, "SELECT count(*) FROM segments") == 5)
        #expect(try count(queue, "SELECT count(*) FROM rule_packs WHERE run = 2 AND pack = 'maturation'") == 1)
    }

    @Test func meanCoveragePerSalespersonMatchesTheScorecard() throws {
        let out = try Fixtures.temporaryDirectory()
        let database = out.appendingPathComponent("calls.sqlite")
        let result = try CommandRunner.run(
            ["calls", Self.notes.path, "--out", out.path, "--sqlite", database.path, "--progress", "never"])
        #expect(result.status == 0, "\(result.stderr)")
        let means = try DatabaseQueue(path: database.path).read { db in
            try Row.fetchAll(db, sql: """
                SELECT d.salesperson, avg(s.coverage) AS mean_coverage
                FROM steps s JOIN documents d USING (document)
                GROUP BY d.salesperson
                """).map { (name: $0["salesperson"] as String, mean: $0["mean_coverage"] as Double) }
        }
        let scorecard = try CSVTable(out.appendingPathComponent("salespeople.csv"))
        #expect(means.count == scorecard.rows.count)
        #expect(means.count == 3)
        for row in scorecard.rows {
            let name = try #require(scorecard.cell(row, "salesperson"))
            let expected = try #require(scorecard.cell(row, "mean_coverage").flatMap(Double.init))
            let mean = try #require(means.first { $0.name == name }?.mean, "\(name)")
            #expect(abs(mean - expected) < 0.0005, "\(name): \(mean) ≠ \(expected)")
        }
    }

    @Test func aFileThatIsNotADatabaseExitsTwo() throws {
        let folder = try Fixtures.temporaryDirectory()
        let notADatabase = folder.appendingPathComponent("notes.sqlite")
        try Data("ceci n'est pas une base\n".utf8).write(to: notADatabase)
        let result = try CommandRunner.run(
            ["analyze", Self.notes.path, "--out", folder.appendingPathComponent("out").path, "--sqlite", notADatabase.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains(notADatabase.path), "\(result.stderr)")
    }
}
