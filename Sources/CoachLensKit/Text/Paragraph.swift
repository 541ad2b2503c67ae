/// A paragraph: text between blank lines, as a run of sentences.
public struct Paragraph: Sendable, Equatable {
    /// Indexes into the document's sentences.
    public var sentences: Range<Int>
    /// UTF-8 byte range of the paragraph's text.
    public var utf8Range: Range<Int>

    /// Creates a paragraph.
    public init(sentences: Range<Int>, utf8Range: Range<Int>) {
        self.sentences = sentences
        self.utf8Range = utf8Range
    }
}
