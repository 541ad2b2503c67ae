/// What the tokenizer produces for one text: tokens, sentences and paragraphs, all as offsets.
public struct TokenizedText: Sendable, Equatable {
    /// Every token in text order.
    public var tokens: [Token]
    /// Sentences in text order; each covers a contiguous run of tokens.
    public var sentences: [Sentence]
    /// Paragraphs in text order; each covers a contiguous run of sentences.
    public var paragraphs: [Paragraph]

    /// Creates a tokenized text.
    public init(tokens: [Token], sentences: [Sentence], paragraphs: [Paragraph]) {
        self.tokens = tokens
        self.sentences = sentences
        self.paragraphs = paragraphs
    }
}
