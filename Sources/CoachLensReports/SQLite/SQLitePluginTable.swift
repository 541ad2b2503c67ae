import CoachLensKit
import GRDB

/// One plugin's table (segments, steps, focus, …), named after its CSV file: `document` (the primary key), the
/// plugin's columns in ``TableSpec`` order, then `run`. It holds the latest result of the plugin on each document.
///
/// The table is created when its first row arrives, each column typed after that row's cell (INTEGER, REAL or
/// TEXT); a run that ends without any row creates it with untyped columns, so queries find it empty rather than
/// missing. A run that brings columns the table lacks (another step method) adds them.
struct SQLitePluginTable {
    /// The plugin's id, as in evidence.plugin.
    let plugin: String
    /// The table's name.
    let name: String
    private let columns: [String]
    private var isReady = false

    init(plugin: String, spec: TableSpec) {
        self.plugin = plugin
        name = spec.fileName.hasSuffix(".csv") ? String(spec.fileName.dropLast(4)) : spec.fileName
        columns = spec.columns
    }

    /// Replaces the document's row with `cells` (nil: the plugin no longer scores the document, so its row goes).
    mutating func write(document: String, cells: [Cell]?, run: Int64, in db: Database) throws {
        guard let cells else {
            if try isReady || db.tableExists(name) {
                try db.execute(sql: "DELETE FROM \(name.quotedDatabaseIdentifier) WHERE document = ?", arguments: [document])
            }
            return
        }
        if !isReady { try prepare(typedAfter: cells, in: db) }
        let names = (["document"] + columns + ["run"]).map(\.quotedDatabaseIdentifier).joined(separator: ", ")
        let placeholders = Array(repeating: "?", count: columns.count + 2).joined(separator: ", ")
        let statement = try db.cachedStatement(
            sql: "INSERT OR REPLACE INTO \(name.quotedDatabaseIdentifier) (\(names)) VALUES (\(placeholders))")
        try statement.execute(
            arguments: StatementArguments([document.databaseValue] + cells.map(\.databaseValue) + [run.databaseValue]))
    }

    /// Creates the table (or adds the columns it lacks) untyped, when no row of the run did.
    mutating func prepareIfNeeded(in db: Database) throws {
        if !isReady { try prepare(typedAfter: nil, in: db) }
    }

    /// Creates the table, or adds the columns it lacks, typed after `cells` when given.
    private mutating func prepare(typedAfter cells: [Cell]?, in db: Database) throws {
        let types = cells.map { $0.map(\.columnType) }
        if try db.tableExists(name) {
            let existing = Set(try db.columns(in: name).map { $0.name.lowercased() })
            for (index, column) in columns.enumerated() where !existing.contains(column.lowercased()) {
                try db.alter(table: name) { table in table.add(column: column, types?[index]) }
            }
        } else {
            try db.create(table: name) { table in
                table.primaryKey("document", .text).references("documents")
                for (index, column) in columns.enumerated() { table.column(column, types?[index]) }
                table.column("run", .integer).notNull().references("runs")
            }
        }
        isReady = true
    }
}
