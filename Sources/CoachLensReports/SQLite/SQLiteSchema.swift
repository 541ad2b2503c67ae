import GRDB

/// The fixed tables of the results database, created (and one day upgraded) by GRDB's migrator:
///
/// - `runs`: one row per run (when, command, options, counts; `finished_at` stays NULL if it was interrupted);
/// - `rule_packs`: the rule packs each run read (pack id, plugin, version, file);
/// - `documents`: one row per input file, as documents.csv, plus `salesperson`, `client`, `date` and the last `run`;
/// - `evidence`: one row per finding, as evidence.csv, plus `run`.
///
/// The plugins' tables (segments, steps, …) follow their ``TableSpec`` instead: see ``SQLitePluginTable``.
enum SQLiteSchema {
    /// Creates the fixed tables and their indexes in an empty database; does nothing on an up-to-date one.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.create(table: "runs") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("started_at", .text).notNull()
                table.column("finished_at", .text)
                table.column("command", .text).notNull()
                table.column("options", .text).notNull()
                table.column("files", .integer)
                table.column("analysed", .integer)
                table.column("skipped", .integer)
                table.column("failed", .integer)
            }
            try db.create(table: "rule_packs") { table in
                table.primaryKey {
                    table.column("run", .integer).references("runs")
                    table.column("pack", .text)
                }
                table.column("plugin", .text).notNull()
                table.column("version", .integer).notNull()
                table.column("file", .text).notNull()
            }
            try db.create(table: "documents") { table in
                table.primaryKey("document", .text)
                table.column("kind", .text)
                table.column("status", .text).notNull()
                table.column("reason", .text)
                table.column("encoding", .text)
                table.column("bytes", .integer).notNull()
                table.column("tokens", .integer).notNull()
                table.column("sentences", .integer).notNull()
                table.column("salesperson", .text).indexed()
                table.column("client", .text)
                table.column("date", .text)
                table.column("run", .integer).notNull().references("runs")
            }
            try db.create(table: "evidence") { table in
                table.primaryKey("id", .integer)
                table.column("document", .text).notNull().references("documents")
                table.column("plugin", .text).notNull()
                table.column("rule", .text).notNull()
                table.column("label", .text).notNull()
                table.column("sentence", .integer).notNull()
                table.column("start", .integer).notNull()
                table.column("end", .integer).notNull()
                table.column("excerpt", .text).notNull()
                table.column("matched", .text).notNull()
                table.column("note", .text)
                table.column("run", .integer).notNull().references("runs")
            }
            try db.create(index: "evidence_document_plugin", on: "evidence", columns: ["document", "plugin"])
            try db.create(index: "evidence_plugin_rule", on: "evidence", columns: ["plugin", "rule"])
            try db.create(index: "evidence_label", on: "evidence", columns: ["label"])
        }
        return migrator
    }
}
