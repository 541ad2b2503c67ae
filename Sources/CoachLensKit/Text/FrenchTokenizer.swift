/// The French tokenizer and sentence splitter.
///
/// A hand-written scanner over UTF-8 bytes following the UD French (GSD) conventions: elided words keep their
/// apostrophe and split off (`l'` `homme`, `jusqu'` `à`), inverted clitics split at the hyphen and keep it (`dites`
/// `-moi`, `a` `-t-il`), other hyphenated compounds stay whole (`peut-être`, `week-end`), numbers keep their
/// decimal comma and thousands spaces (`3,5`, `80 000`), abbreviations keep their period (`M.`, `cf.`, `J.-C.`),
/// URLs and e-mail addresses are one token. Whitespace never makes a token. Offsets are UTF-8 byte offsets and
/// Unicode scalar offsets, end exclusive.
public enum FrenchTokenizer {
    /// Tokenizes normalised (NFC, LF) UTF-8 text.
    public static func tokenize(_ utf8: [UInt8]) -> TokenizedText {
        guard !utf8.isEmpty else { return TokenizedText(tokens: [], sentences: [], paragraphs: []) }
        // French prose has about one token per five or six bytes; a denser text (a list of digits, a run of
        // brackets) is scanned again with room for one token per byte, the most it can hold.
        if let result = tokenize(utf8, capacity: utf8.count / 4 + 64) { return result }
        return tokenize(utf8, capacity: utf8.count)!
    }

    /// Tokenizes with room for `capacity` tokens, or returns nil when the text has more.
    private static func tokenize(_ utf8: [UInt8], capacity: Int) -> TokenizedText? {
        let lexicon = FrenchLexicon.shared
        let scratch = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 64)
        let flags = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        MemoryAdvice.preferHugePages(UnsafeMutableRawPointer(flags), byteCount: capacity)
        defer {
            scratch.deallocate()
            flags.deallocate()
        }
        var sentences: [Sentence] = []
        var paragraphs: [Paragraph] = []
        var overflowed = false
        let tokens = [Token](unsafeUninitializedCapacity: capacity) { buffer, initialized in
            MemoryAdvice.preferHugePages(
                UnsafeMutableRawPointer(buffer.baseAddress!), byteCount: capacity * MemoryLayout<Token>.stride)
            utf8.withUnsafeBufferPointer { bytes in
                FrenchCharClass.ascii.withUnsafeBufferPointer { ascii in
                    FrenchCharClass.latin.withUnsafeBufferPointer { latin in
                        var scanner = FrenchScanner(
                            FrenchBytes(bytes, ascii: ascii, latin: latin), lexicon: lexicon, scratch: scratch,
                            tokens: buffer.baseAddress!, flags: flags, capacity: capacity)
                        scanner.run()
                        overflowed = scanner.overflowed
                        initialized = overflowed ? 0 : scanner.count
                        sentences = scanner.sentences
                        paragraphs = scanner.paragraphs
                    }
                }
            }
        }
        return overflowed ? nil : TokenizedText(tokens: tokens, sentences: sentences, paragraphs: paragraphs)
    }

    /// Tokenizes a string (its UTF-8 bytes).
    public static func tokenize(_ text: String) -> TokenizedText {
        tokenize(Array(text.utf8))
    }

    /// One token per line and an empty line between sentences (the format of `coachlens tokenize` and of the
    /// evaluation scorer). Tokens print as written, so a number such as `80 000` keeps its space.
    public static func render(_ text: TokenizedText, utf8: [UInt8]) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(utf8.count + utf8.count / 2 + 16)
        for (index, sentence) in text.sentences.enumerated() {
            if index > 0 { output.append(UInt8(ascii: "\n")) }
            for token in text.tokens[sentence.tokens] {
                output.append(contentsOf: utf8[token.utf8Range])
                output.append(UInt8(ascii: "\n"))
            }
        }
        return String(decoding: output, as: UTF8.self)
    }
}
