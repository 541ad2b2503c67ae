import CoachLensKit

/// Streams one CSV table to an ``AtomicFile``: header first, one row per call, in the chosen dialect.
public final class CSVTableWriter {
    private let file: AtomicFile
    private let dialect: CSVDialect

    /// Opens `path` and writes the header.
    public init(path: String, header: [String], dialect: CSVDialect) throws(OutputError) {
        file = try AtomicFile(path: path)
        self.dialect = dialect
        file.write(dialect.preamble)
        write(header.map(Cell.text))
    }

    /// Writes one row.
    public func write(_ cells: [Cell]) {
        let separator = String(Unicode.Scalar(dialect.separator))
        file.write(cells.map(dialect.field).joined(separator: separator) + "\r\n")
    }

    /// Renames the table into place.
    public func commit() throws(OutputError) { try file.commit() }

    /// Drops the table.
    public func discard() { file.discard() }
}
