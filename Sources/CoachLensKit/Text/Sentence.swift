/// A sentence: a run of tokens, with the paragraph and speaker turn it belongs to.
public struct Sentence: Sendable, Equatable {
    /// Indexes into the document's tokens.
    public var tokens: Range<Int>
    /// UTF-8 byte range from the first token's start to the last token's end.
    public var utf8Range: Range<Int>
    /// Unicode scalar range, matching `utf8Range`.
    public var scalarRange: Range<Int>
    /// Index of the paragraph holding the sentence.
    public var paragraph: Int

    /// Creates a sentence.
    public init(tokens: Range<Int>, utf8Range: Range<Int>, scalarRange: Range<Int>, paragraph: Int) {
        self.tokens = tokens
        self.utf8Range = utf8Range
        self.scalarRange = scalarRange
        self.paragraph = paragraph
    }
}
