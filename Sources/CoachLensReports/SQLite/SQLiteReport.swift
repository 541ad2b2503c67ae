import CoachLensKit
import CoachLensPipeline
import Foundation
import GRDB

/// Writes a run's results into a SQLite database as outcomes stream in, so months of notes can be queried with
/// SQL: documents, evidence and one table per plugin (see ``SQLiteSchema`` and ``SQLitePluginTable``), plus the
/// run and the rule packs it read.
///
/// A database accumulates runs: a document analysed again has its rows updated in place (its evidence of the
/// plugins that ran replaced), never duplicated; documents not in the run keep theirs. The database is in WAL
/// mode and each document's rows are written as soon as it is analysed, inside a transaction committed every
/// ``documentsPerTransaction`` documents: memory stays flat, readers see committed batches during a long run,
/// and an interrupted run loses only its last batch (its `runs.finished_at` stays NULL).
public final class SQLiteReport {
    /// Documents written per transaction: enough to make commits rare, few enough to keep the WAL small.
    static let documentsPerTransaction = 256

    private let path: String
    private let database: DatabaseQueue
    private let run: Int64
    private var tables: [SQLitePluginTable]
    private var pending = 0
    private var totals = RunTotals()
    private var failure: OutputError?

    /// Opens (or creates) the database at `path` and records the run: its command, options and rule packs.
    public init(
        path: String, plugins: [(id: String, table: TableSpec)], packs: [CompiledRulePack], command: String,
        options: [String]
    ) throws(OutputError) {
        self.path = path
        tables = plugins.map { SQLitePluginTable(plugin: $0.id, spec: $0.table) }
        do {
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            var configuration = Configuration()
            configuration.journalMode = .wal
            // A transaction spans many add(_:) calls, each its own database access.
            configuration.allowsUnsafeTransactions = true
            configuration.busyMode = .timeout(10)
            configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = NORMAL") }
            database = try DatabaseQueue(path: path, configuration: configuration)
            try SQLiteSchema.migrator.migrate(database)
            let encoder = JSONEncoder()
            encoder.outputFormatting = .withoutEscapingSlashes
            let optionsJSON = String(decoding: try encoder.encode(options), as: UTF8.self)
            run = try database.write { db in
                try db.execute(
                    sql: "INSERT INTO runs (started_at, command, options) VALUES (?, ?, ?)",
                    arguments: [Date().ISO8601Format(), command, optionsJSON])
                let run = db.lastInsertedRowID
                for pack in packs {
                    try db.execute(
                        sql: "INSERT OR REPLACE INTO rule_packs (run, pack, plugin, version, file) VALUES (?, ?, ?, ?, ?)",
                        arguments: [run, pack.pack.id, pack.pack.plugin, pack.pack.version, pack.file])
                }
                return run
            }
        } catch {
            throw Self.outputError(path, error)
        }
    }

    /// Writes one document's rows; the first error stops the writing and is thrown by ``finish()``.
    public func add(_ outcome: DocumentOutcome) {
        totals.add(outcome.row)
        guard failure == nil else { return }
        do {
            try database.writeWithoutTransaction { db in
                if !db.isInsideTransaction { try db.beginTransaction(.immediate) }
                try write(outcome, in: db)
                pending += 1
                if pending == Self.documentsPerTransaction {
                    try db.commit()
                    pending = 0
                }
            }
        } catch {
            failure = Self.outputError(path, error)
            try? database.writeWithoutTransaction { db in if db.isInsideTransaction { try db.rollback() } }
        }
    }

    /// Commits the last documents, creates the tables no document filled, records the run's end and counts,
    /// and closes the database.
    public func finish() throws(OutputError) {
        if let failure { throw failure }
        do {
            try database.writeWithoutTransaction { db in
                if !db.isInsideTransaction { try db.beginTransaction(.immediate) }
                for index in tables.indices { try tables[index].prepareIfNeeded(in: db) }
                try db.execute(
                    sql: "UPDATE runs SET finished_at = ?, files = ?, analysed = ?, skipped = ?, failed = ? WHERE id = ?",
                    arguments: [Date().ISO8601Format(), totals.files, totals.analysed, totals.skipped, totals.failed, run])
                try db.commit()
            }
            try database.close()
        } catch {
            throw Self.outputError(path, error)
        }
    }

    /// Upserts the documents row, then replaces the rows of each plugin of the run.
    private func write(_ outcome: DocumentOutcome, in db: Database) throws {
        let row = outcome.row
        let salesperson = row.kind == .call || row.kind == .session
            ? Salesperson.name(metadata: outcome.metadata, document: row.document) : nil
        try db.cachedStatement(sql: """
            INSERT INTO documents (document, kind, status, reason, encoding, bytes, tokens, sentences, salesperson, client, date, run)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (document) DO UPDATE SET kind = excluded.kind, status = excluded.status,
                reason = excluded.reason, encoding = excluded.encoding, bytes = excluded.bytes, tokens = excluded.tokens,
                sentences = excluded.sentences, salesperson = excluded.salesperson, client = excluded.client,
                date = excluded.date, run = excluded.run
            """).execute(arguments: [
                row.document, row.kind?.rawValue, row.status.rawValue, row.reason.nonEmpty, row.encoding?.rawValue,
                row.bytes, row.tokens, row.sentences, salesperson, outcome.metadata["client"]?.nonEmpty,
                outcome.metadata["date"]?.nonEmpty, run,
            ])
        let deleteEvidence = try db.cachedStatement(sql: "DELETE FROM evidence WHERE document = ? AND plugin = ?")
        let insertEvidence = try db.cachedStatement(sql: """
            INSERT INTO evidence (document, plugin, rule, label, sentence, start, "end", excerpt, matched, note, run)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for index in tables.indices {
            let plugin = tables[index].plugin
            let result = outcome.results.first { $0.plugin == plugin }
            try tables[index].write(document: row.document, cells: result?.row, run: run, in: db)
            try deleteEvidence.execute(arguments: [row.document, plugin])
            for finding in result?.findings ?? [] {
                try insertEvidence.execute(arguments: [
                    row.document, plugin, finding.rule, finding.label, finding.sentence + 1, finding.start, finding.end,
                    finding.excerpt, finding.matchedText, finding.note.nonEmpty, run,
                ])
            }
        }
    }

    private static func outputError(_ path: String, _ error: any Error) -> OutputError {
        OutputError(path: path, reason: (error as? DatabaseError)?.message ?? "\(error)")
    }
}

private extension String {
    /// The string, or nil when it is empty (stored as NULL).
    var nonEmpty: String? { isEmpty ? nil : self }
}
