/// The French tokenizer and sentence splitter (being written).
public enum FrenchTokenizer {
    /// Tokenizes normalised (NFC, LF) UTF-8 text.
    public static func tokenize(_ utf8: [UInt8]) -> TokenizedText {
        TokenizedText(tokens: [], sentences: [], paragraphs: [])
    }
}
