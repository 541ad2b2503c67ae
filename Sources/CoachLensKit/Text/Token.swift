/// A token as byte and scalar offsets into its document's normalised text.
public struct Token: Sendable, Equatable {
    /// UTF-8 byte offsets, end exclusive.
    public var utf8Start: Int32
    public var utf8End: Int32
    /// Unicode scalar offsets, end exclusive (the output contract's `start` and `end`).
    public var scalarStart: Int32
    public var scalarEnd: Int32
    /// Word, clitic, number, punctuation, link or symbol.
    public var kind: TokenKind

    /// Creates a token.
    public init(utf8Start: Int, utf8End: Int, scalarStart: Int, scalarEnd: Int, kind: TokenKind) {
        self.utf8Start = Int32(truncatingIfNeeded: utf8Start)
        self.utf8End = Int32(truncatingIfNeeded: utf8End)
        self.scalarStart = Int32(truncatingIfNeeded: scalarStart)
        self.scalarEnd = Int32(truncatingIfNeeded: scalarEnd)
        self.kind = kind
    }

    /// The token's UTF-8 byte range.
    public var utf8Range: Range<Int> { Int(utf8Start)..<Int(utf8End) }
}
