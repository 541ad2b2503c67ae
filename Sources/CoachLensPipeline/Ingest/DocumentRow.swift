import CoachLensKit

/// A row of documents.csv: what happened to one input file.
public struct DocumentRow: Sendable, Equatable {
    /// Path relative to its input folder.
    public var document: String
    /// The kind, when the file was read.
    public var kind: DocumentKind?
    /// ok, skipped or error.
    public var status: DocumentStatus
    /// Why it was skipped or failed, or warnings about it; empty when all went well.
    public var reason: String
    /// The encoding it was decoded from.
    public var encoding: TextEncoding?
    /// Its size on disk.
    public var bytes: Int
    /// Token and sentence counts.
    public var tokens: Int
    public var sentences: Int

    /// Creates a row.
    public init(
        document: String, kind: DocumentKind? = nil, status: DocumentStatus, reason: String = "",
        encoding: TextEncoding? = nil, bytes: Int = 0, tokens: Int = 0, sentences: Int = 0
    ) {
        self.document = document
        self.kind = kind
        self.status = status
        self.reason = reason
        self.encoding = encoding
        self.bytes = bytes
        self.tokens = tokens
        self.sentences = sentences
    }
}
