/// Why a file gave no document: the `status` and `reason` of its documents.csv row.
public struct IngestFailure: Error, Sendable, Equatable {
    /// `skipped` (nothing to analyse) or `error` (something is wrong with the file).
    public var status: DocumentStatus
    /// Plain French words.
    public var reason: String

    /// Creates a failure.
    public init(_ status: DocumentStatus, _ reason: String) {
        self.status = status
        self.reason = reason
    }
}
