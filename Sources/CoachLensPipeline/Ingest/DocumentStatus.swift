/// The `status` column of documents.csv.
public enum DocumentStatus: String, Sendable, Equatable {
    case ok
    case skipped
    case error
}
