/// The word starts of one text, for the literal prefilter: for every run of word characters (PCRE2's `\w`
/// with UCP), its folded first 3 to 6 bytes, each with the sentences where a word starts so. A pattern that
/// needs a word starting with « factur » is skipped on a text where no word starts with « factu », and on
/// the other texts runs only over the sentences that hold such a word. The check is conservative: it may let
/// a pattern run that then finds nothing, never the reverse.
///
public struct WordPrefixIndex: Sendable {
    /// Shortest prefix indexed; literals shorter than this give no prefilter.
    static let minPrefix = 3
    /// Longest prefix indexed.
    static let maxPrefix = 6

    private let postings: PrefixPostings

    /// Indexes the words of UTF-8 text; `sentenceStarts` (ascending byte offsets) number the sentences, a word
    /// belonging to the last sentence starting at or before it (sentence 0 for a text without sentences).
    public init(_ utf8: [UInt8], sentenceStarts: [Int] = []) {
        // Built in a local and stored once complete: the closure below mutates only its own locals.
        var postings = PrefixPostings(textBytes: utf8.count)
        utf8.withUnsafeBufferPointer { text in
            var prefix: UInt64 = 0
            var length: UInt64 = 0
            var sentence = 0
            var index = 0
            while index < text.count {
                let start = index
                let lead = text[index]
                var folded: (UInt8, UInt8)
                if lead < 0x80 {
                    index += 1
                    switch lead {
                    case 0x41...0x5A: folded = (lead | 0x20, 0)
                    case 0x61...0x7A, 0x30...0x39, 0x5F: folded = (lead, 0)
                    default:
                        prefix = 0
                        length = 0
                        continue
                    }
                } else {
                    let (scalar, size) = Self.decode(text, at: index)
                    index += size
                    switch WordFolding.fold(scalar) {
                    case .separator:
                        prefix = 0
                        length = 0
                        continue
                    case let .ascii(first, second):
                        folded = (first, second ?? 0)
                    case .other:
                        // Such letters never appear in a literal (see LiteralPrefilter): any stand-in will do.
                        folded = (0xFF, 0)
                    }
                }
                if length == 0 {
                    while sentence + 1 < sentenceStarts.count, sentenceStarts[sentence + 1] <= start { sentence += 1 }
                }
                Self.extend(&prefix, &length, with: folded.0, sentence: sentence, into: &postings)
                if folded.1 != 0 { Self.extend(&prefix, &length, with: folded.1, sentence: sentence, into: &postings) }
            }
        }
        self.postings = postings
    }

    /// Adds one folded byte to the current word's prefix and records the prefix in `sentence`.
    @inline(__always)
    private static func extend(
        _ prefix: inout UInt64, _ length: inout UInt64, with byte: UInt8, sentence: Int, into postings: inout PrefixPostings
    ) {
        guard length < UInt64(maxPrefix) else { return }
        prefix |= UInt64(byte) << (8 * length)
        length += 1
        guard length >= UInt64(minPrefix) else { return }
        postings.record(prefix | length << 56, sentence: Int32(truncatingIfNeeded: sentence))
    }

    /// Whether some word of the text has the prefix `key` (see ``key(_:)``).
    func containsWord(withKey key: UInt64) -> Bool {
        postings.contains(key)
    }

    /// The sentences, ascending and without repeats, holding a word with one of the prefix `keys`.
    func sentences(holdingAnyOf keys: [UInt64]) -> [Int] {
        var found: [Int] = []
        for key in keys { postings.sentences(of: key, into: &found) }
        if keys.count > 1 {
            found.sort()
            var unique: [Int] = []
            unique.reserveCapacity(found.count)
            for sentence in found where unique.last != sentence { unique.append(sentence) }
            return unique
        }
        return found.reversed()
    }

    /// The index key of a folded word start: its first ``maxPrefix`` bytes.
    static func key(_ folded: [UInt8]) -> UInt64 {
        WordFolding.key(folded.prefix(maxPrefix))
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
