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
        let lexicon = FrenchLexicon.shared
        let scratch = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 64)
        defer { scratch.deallocate() }
        return utf8.withUnsafeBufferPointer { bytes in
            FrenchCharClass.ascii.withUnsafeBufferPointer { ascii in
                FrenchCharClass.latin.withUnsafeBufferPointer { latin in
                    let text = FrenchBytes(bytes, ascii: ascii, latin: latin)
                    var scanner = FrenchScanner(text, lexicon: lexicon, scratch: scratch)
                    scanner.run()
                    let tokens = scanner.tokens
                    let (sentences, paragraphs) = tokens.withUnsafeBufferPointer { tokenBuffer in
                        scanner.flags.withUnsafeBufferPointer { flagBuffer in
                            FrenchSentenceSplitter(
                                text: text, tokens: tokenBuffer, flags: flagBuffer, lexicon: lexicon, scratch: scratch
                            ).split()
                        }
                    }
                    return TokenizedText(tokens: tokens, sentences: sentences, paragraphs: paragraphs)
                }
            }
        }
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
