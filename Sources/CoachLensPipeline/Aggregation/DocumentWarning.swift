/// A warning about one document, kept for the summary.
public struct DocumentWarning: Sendable, Equatable {
    /// The document's path.
    public var document: String
    /// The warning, in French.
    public var message: String
}
