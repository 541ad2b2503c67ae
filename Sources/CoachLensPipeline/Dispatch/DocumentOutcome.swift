import CoachLensKit

/// Everything the run learned about one input file, in input order: its documents.csv row, the document's
/// front matter, and each plugin's result.
public struct DocumentOutcome: Sendable {
    /// The documents.csv row.
    public var row: DocumentRow
    /// Front matter of the document (empty when it was not read).
    public var metadata: [String: String]
    /// One result per plugin, in plugin order (empty when the file was not analysed).
    public var results: [PluginResult]

    /// Creates an outcome.
    public init(row: DocumentRow, metadata: [String: String] = [:], results: [PluginResult] = []) {
        self.row = row
        self.metadata = metadata
        self.results = results
    }
}
