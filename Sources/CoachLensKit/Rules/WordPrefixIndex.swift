/// The word starts of one text, for the literal prefilter: for every run of word characters (PCRE2's `\w`
/// with UCP), the keys of its folded first 3 to 6 bytes. A pattern that needs a word starting with « factur »
/// is skipped on a text where no word starts with « factu »; the check is conservative (it may let a pattern run
/// that then finds nothing, never the reverse).
public struct WordPrefixIndex: Sendable {
    /// Shortest prefix indexed; literals shorter than this give no prefilter.
    static let minPrefix = 3
    /// Longest prefix indexed.
    static let maxPrefix = 6

    private var keys: Set<UInt64>

    /// Indexes the words of UTF-8 text.
    public init(_ utf8: [UInt8]) {
        keys = Set(minimumCapacity: min(utf8.count / 2, 1 << 16))
        var word: [UInt8] = []
        word.reserveCapacity(Self.maxPrefix + 4)
        var inWord = false
        func finish() {
            guard inWord else { return }
            insertPrefixes(of: word)
            word.removeAll(keepingCapacity: true)
            inWord = false
        }
        var index = 0
        while index < utf8.count {
            let lead = utf8[index]
            if lead < 0x80 {
                index += 1
                switch lead {
                case 0x41...0x5A: inWord = true; if word.count < Self.maxPrefix { word.append(lead + 32) }
                case 0x61...0x7A, 0x30...0x39, 0x5F: inWord = true; if word.count < Self.maxPrefix { word.append(lead) }
                default: finish()
                }
                continue
            }
            let (scalar, length) = Self.decode(utf8, at: index)
            index += length
            if let folded = WordFolding.fold(scalar), folded.isEmpty {
                if !WordFolding.isWord(scalar) { finish() }
            } else {
                inWord = true
                let folded = WordFolding.fold(scalar) ?? Array(String(scalar).utf8)
                for byte in folded where word.count < Self.maxPrefix { word.append(byte) }
            }
        }
        finish()
    }

    private mutating func insertPrefixes(of word: [UInt8]) {
        guard word.count >= Self.minPrefix else { return }
        for length in Self.minPrefix...min(word.count, Self.maxPrefix) {
            keys.insert(WordFolding.key(word[0..<length]))
        }
    }

    /// Whether some word starts with `folded` (already folded; only its first ``maxPrefix`` bytes are checked).
    func containsWord(startingWith folded: [UInt8]) -> Bool {
        keys.contains(WordFolding.key(folded[0..<min(folded.count, Self.maxPrefix)]))
    }

    static func decode(_ utf8: [UInt8], at index: Int) -> (Unicode.Scalar, Int) {
        let lead = utf8[index]
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        guard index + length <= utf8.count else { return ("\u{FFFD}", 1) }
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length { value = value << 6 | UInt32(utf8[index + offset] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }
}
