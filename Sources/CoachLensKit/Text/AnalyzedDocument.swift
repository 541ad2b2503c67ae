import PCRE2Regex

/// A document with everything a plugin reads: its UTF-8 bytes, tokens, sentences, paragraphs and speaker turns.
public struct AnalyzedDocument: Sendable {
    /// The ingested document.
    public let document: Document
    /// The normalised text as UTF-8 bytes; every `utf8` range indexes into it.
    public let utf8: [UInt8]
    /// Tokens, sentences and paragraphs.
    public let tokenized: TokenizedText
    /// Speaker turns (sessions only; empty otherwise).
    public let turns: [SpeakerTurn]
    /// Byte-to-scalar offset conversion for the output contract.
    public let offsets: ScalarOffsets
    /// The folded starts of its words, which let rules skip patterns that cannot match.
    public let words: WordPrefixIndex

    /// Tokenizes `document` with the French tokenizer.
    public init(_ document: Document) {
        let utf8 = Array(document.text.utf8)
        let tokenized = FrenchTokenizer.tokenize(utf8)
        self.init(
            document: document, utf8: utf8, tokenized: tokenized, offsets: ScalarOffsets(utf8),
            words: WordPrefixIndex(utf8, sentenceStarts: tokenized.sentences.map(\.utf8Range.lowerBound)))
    }

    private init(
        document: Document, utf8: [UInt8], tokenized: TokenizedText, offsets: ScalarOffsets, words: WordPrefixIndex
    ) {
        self.document = document
        self.utf8 = utf8
        self.tokenized = tokenized
        self.turns = document.kind == .session ? document.turns ?? SpeakerTurnDetector.turns(in: utf8) : []
        self.offsets = offsets
        self.words = words
    }

    /// The same analysed text with another kind (turns are found for sessions), without tokenizing again.
    public func withKind(_ kind: DocumentKind) -> AnalyzedDocument {
        var document = document
        document.kind = kind
        return AnalyzedDocument(document: document, utf8: utf8, tokenized: tokenized, offsets: offsets, words: words)
    }

    /// The document's tokens.
    public var tokens: [Token] { tokenized.tokens }
    /// The document's sentences.
    public var sentences: [Sentence] { tokenized.sentences }
    /// The document's paragraphs.
    public var paragraphs: [Paragraph] { tokenized.paragraphs }

    /// The text of a UTF-8 byte range.
    public func text(_ range: Range<Int>) -> String {
        String(decoding: utf8[range], as: UTF8.self)
    }

    /// The text of a token.
    public func text(of token: Token) -> String { text(token.utf8Range) }

    /// The text of sentence `index`.
    public func text(ofSentence index: Int) -> String { text(sentences[index].utf8Range) }

    /// The index of the sentence holding `byteOffset`, or of the last one starting before it.
    public func sentenceIndex(containingByte byteOffset: Int) -> Int? {
        guard !sentences.isEmpty else { return nil }
        var low = 0, high = sentences.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if sentences[middle].utf8Range.lowerBound <= byteOffset { low = middle } else { high = middle - 1 }
        }
        return low
    }

    /// The speaker of the turn holding `byteOffset`, if the document has turns.
    public func speaker(atByte byteOffset: Int) -> String? {
        turns.last { $0.utf8Range.lowerBound <= byteOffset }.flatMap {
            byteOffset <= $0.utf8Range.upperBound ? $0.speaker : nil
        }
    }
}
