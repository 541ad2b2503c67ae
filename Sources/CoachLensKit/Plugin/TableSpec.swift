/// The CSV file a plugin writes, one row per document it scores.
public struct TableSpec: Sendable, Equatable {
    /// File name in the output folder, e.g. `segments.csv`.
    public var fileName: String
    /// Column names after `document`, in contract order.
    public var columns: [String]

    /// Creates a table spec.
    public init(fileName: String, columns: [String]) {
        self.fileName = fileName
        self.columns = columns
    }
}
