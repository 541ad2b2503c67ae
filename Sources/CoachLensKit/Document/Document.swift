/// One input text after ingest: decoded, normalised to NFC and LF, front matter read, kind decided.
public struct Document: Sendable {
    /// The file's path relative to the input folder it came from, with `/` separators.
    public var path: String
    /// The normalised body (front matter removed); every offset in the outputs points into it.
    public var text: String
    /// Article, session, call or other.
    public var kind: DocumentKind
    /// Front matter fields (`vendeur`, `client`, `date`, `kind`, …), keys lowercased.
    public var metadata: [String: String]
    /// The encoding the file was decoded from.
    public var encoding: TextEncoding
    /// The file's size on disk, in bytes.
    public var byteCount: Int
    /// Speaker turns read from a transcript's cues, with their times; nil when a session's turns are found from
    /// the labels in its text.
    public var turns: [SpeakerTurn]?

    /// Creates a document from already normalised text.
    public init(
        path: String, text: String, kind: DocumentKind = .other, metadata: [String: String] = [:],
        encoding: TextEncoding = .utf8, byteCount: Int? = nil, turns: [SpeakerTurn]? = nil
    ) {
        self.path = path
        self.text = text
        self.kind = kind
        self.metadata = metadata
        self.encoding = encoding
        self.byteCount = byteCount ?? text.utf8.count
        self.turns = turns
    }
}
