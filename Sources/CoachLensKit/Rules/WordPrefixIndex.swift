/// The word starts of one text, for the literal prefilter: for every run of word characters (PCRE2's `\w`
/// with UCP), its folded first 3 to 6 bytes. A pattern that needs a word starting with « factur » is skipped
/// on a text where no word starts with « factu »; the check is conservative (it may let a pattern run that then
/// finds nothing, never the reverse).
public struct WordPrefixIndex: Sendable {
    /// Shortest prefix indexed; literals shorter than this give no prefilter.
    static let minPrefix = 3
    /// Longest prefix indexed.
    static let maxPrefix = 6

    private var keys: PrefixKeySet

    /// Indexes the words of UTF-8 text.
    public init(_ utf8: [UInt8]) {
        var keys = PrefixKeySet()
        utf8.withUnsafeBufferPointer { text in
            var prefix: UInt64 = 0
            var length = 0
            var inWord = false
            func append(_ byte: UInt8) {
                inWord = true
                guard length < Self.maxPrefix else { return }
                prefix |= UInt64(byte) << (8 * UInt64(length))
                length += 1
                if length >= Self.minPrefix { keys.insert(prefix | UInt64(length) << 56) }
            }
            func finish() {
                prefix = 0
                length = 0
                inWord = false
            }
            var index = 0
            while index < text.count {
                let lead = text[index]
                if lead < 0x80 {
                    index += 1
                    switch lead {
                    case 0x41...0x5A: append(lead + 32)
                    case 0x61...0x7A, 0x30...0x39, 0x5F: append(lead)
                    default: if inWord { finish() }
                    }
                    continue
                }
                let (scalar, size) = Self.decode(text, at: index)
                index += size
                switch WordFolding.fold(scalar) {
                case .separator:
                    if inWord { finish() }
                case let .ascii(first, second):
                    append(first)
                    if let second { append(second) }
                case .other:
                    // Kept as its UTF-8 bytes: literals never rely on such letters (see LiteralPrefilter).
                    for offset in 0..<size { append(text[index - size + offset]) }
                }
            }
        }
        self.keys = keys
    }

    /// Whether some word starts with `folded` (already folded; only its first ``maxPrefix`` bytes are checked).
    func containsWord(startingWith folded: [UInt8]) -> Bool {
        keys.contains(WordFolding.key(folded.prefix(Self.maxPrefix)))
    }

    static func decode(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
        let lead = text[index]
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        guard length > 1, index + length <= text.count else { return ("\u{FFFD}", 1) }
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length { value = value << 6 | UInt32(text[index + offset] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }
}
