import CoachLensKit
import CoachLensPipeline

/// Writes the `analyze` outputs as outcomes stream in: documents.csv, evidence.csv and each plugin's table
/// row by row, the summaries at the end, and every file renamed into place only when all are complete.
public final class AnalysisReport {
    /// documents.csv columns.
    public static let documentColumns = [
        "document", "kind", "status", "reason", "encoding", "bytes", "tokens", "sentences",
    ]
    /// evidence.csv columns.
    public static let evidenceColumns = [
        "document", "plugin", "rule", "label", "sentence", "start", "end", "excerpt", "matched", "note",
    ]

    private let directory: String
    private let dialect: CSVDialect
    private let documents: CSVTableWriter
    private let evidence: CSVTableWriter
    private var tables: [String: CSVTableWriter] = [:]
    /// The summary folded so far.
    public private(set) var summary: RunSummary
    /// Step coverage per salesperson, for summary.html.
    public private(set) var salespeople = SalespersonTally()

    /// Opens every table in `directory` (created if needed) for these plugins.
    public init(directory: String, plugins: [(id: String, table: TableSpec)], dialect: CSVDialect) throws(OutputError) {
        try OutputDirectory.create(directory)
        InterruptShield.removeStaleTemporaryFiles(in: directory)
        self.directory = directory
        self.dialect = dialect
        documents = try CSVTableWriter(path: directory + "/documents.csv", header: Self.documentColumns, dialect: dialect)
        evidence = try CSVTableWriter(path: directory + "/evidence.csv", header: Self.evidenceColumns, dialect: dialect)
        for plugin in plugins {
            tables[plugin.id] = try CSVTableWriter(
                path: directory + "/" + plugin.table.fileName, header: ["document"] + plugin.table.columns,
                dialect: dialect)
        }
        summary = RunSummary(tables: plugins.map { ($0.id, $0.table) })
    }

    /// Writes one document's rows and folds it into the summary.
    public func add(_ outcome: DocumentOutcome) {
        let row = outcome.row
        documents.write([
            .text(row.document), .text(row.kind?.rawValue ?? ""), .text(row.status.rawValue), .text(row.reason),
            .text(row.encoding?.rawValue ?? ""), .integer(row.bytes), .integer(row.tokens), .integer(row.sentences),
        ])
        for result in outcome.results {
            if let cells = result.row { tables[result.plugin]?.write([.text(row.document)] + cells) }
            for finding in result.findings {
                evidence.write([
                    .text(row.document), .text(result.plugin), .text(finding.rule), .text(finding.label),
                    .integer(finding.sentence + 1), .integer(finding.start), .integer(finding.end),
                    .text(finding.excerpt), .text(finding.matchedText), .text(finding.note),
                ])
            }
        }
        summary.add(outcome)
        salespeople.add(outcome, steps: summary.table("steps")?.spec)
    }

    /// Writes the summaries and renames every file into place, `alongside` included, in one step that an
    /// interrupt cannot split.
    public func commit(
        extraFiles: [(name: String, contents: String)] = [], alongside: [CSVTableWriter] = []
    ) throws(OutputError) {
        var files: [AtomicFile] = []
        let summaries = [("summary.md", MarkdownSummary.render(summary)), ("summary.html", HTMLSummary.render(summary, salespeople: salespeople))]
        for (name, contents) in summaries + extraFiles {
            let file = try AtomicFile(path: directory + "/" + name)
            file.write(contents)
            files.append(file)
        }
        try InterruptShield.run { () throws(OutputError) in
            try documents.commit()
            try evidence.commit()
            for name in tables.keys.sorted() { try tables[name]?.commit() }
            for file in files { try file.commit() }
            for table in alongside { try table.commit() }
        }
    }

    /// Drops every temporary file, leaving previous outputs as they were.
    public func discard() {
        documents.discard()
        evidence.discard()
        tables.values.forEach { $0.discard() }
    }
}
