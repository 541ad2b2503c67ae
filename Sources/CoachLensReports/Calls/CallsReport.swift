import CoachLensKit
import CoachLensPipeline

/// Writes the `calls` outputs beside those of ``AnalysisReport``: calls.csv streamed row by row, then
/// salespeople.csv and calls.md from the folded ``CallsAggregate``. Files are renamed into place only when the
/// run's report commits them, all in one step.
public final class CallsReport {
    /// calls.csv columns before and after the step columns.
    static let leadingColumns = ["document", "salesperson", "client", "date"]
    static let trailingColumns = ["coverage", "order_violation", "missing", "next_focus"]

    private let calls: CSVTableWriter
    private let dialect: CSVDialect
    private let spec: TableSpec
    /// The aggregate folded so far.
    public private(set) var aggregate: CallsAggregate

    /// Opens calls.csv in `directory` (which must exist) for `method`, whose scores are in tables shaped like `spec`.
    public init(directory: String, method: CallsMethod, spec: TableSpec, dialect: CSVDialect) throws(OutputError) {
        try OutputDirectory.create(directory)
        calls = try CSVTableWriter(
            path: directory + "/calls.csv", header: Self.leadingColumns + method.stepIDs + Self.trailingColumns,
            dialect: dialect)
        self.dialect = dialect
        self.spec = spec
        aggregate = CallsAggregate(method: method)
    }

    /// Writes one note's row and folds the outcome in.
    public func add(_ outcome: DocumentOutcome) {
        guard let record = aggregate.add(outcome, spec: spec) else { return }
        calls.write(
            [.text(record.document), .text(record.salesperson), .text(record.client), .text(record.date)]
                + record.done.map(Cell.flag)
                + [.decimal(record.coverage, digits: 3), .flag(record.orderViolation),
                   .text(record.missing.joined(separator: "|")),
                   .text(aggregate.method.nextFocus(missing: record.missing))])
    }

    /// salespeople.csv and calls.md, to be written with the run's other files.
    public var summaryFiles: [(name: String, contents: String)] {
        [("salespeople.csv", SalespeopleCSV.render(aggregate, dialect: dialect)),
         ("calls.md", CallsMarkdown.render(aggregate))]
    }

    /// calls.csv, to be renamed into place with the run's other files (see ``AnalysisReport/commit(extraFiles:alongside:)``).
    public var pendingTables: [CSVTableWriter] { [calls] }

    /// Drops calls.csv, leaving any previous one in place.
    public func discard() { calls.discard() }
}
