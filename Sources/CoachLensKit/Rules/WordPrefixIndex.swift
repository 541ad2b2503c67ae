/// The word starts of one text, for the literal prefilter: for every run of word characters (PCRE2's `\w`
/// with UCP), its folded first 3 to 6 bytes, for the whole text and for each block of whole sentences
/// (about 2 KB). A pattern that needs a word starting with « factur » is skipped on a text, or on the blocks
/// of a long text, where no word starts with « factu ». The check is conservative: it may let a pattern run
/// that then finds nothing, never the reverse.
public struct WordPrefixIndex: Sendable {
    /// Shortest prefix indexed; literals shorter than this give no prefilter.
    static let minPrefix = 3
    /// Longest prefix indexed.
    static let maxPrefix = 6
    /// The text a block gathers before the next sentence starts a new block.
    static let blockBytes = 2048

    /// A run of whole sentences and the word starts in it.
    struct Block: Sendable {
        var range: Range<Int>
        var keys: PrefixKeySet
    }

    private let keys: PrefixKeySet
    /// The blocks, in text order (one block for a short text).
    let blocks: [Block]

    /// Indexes the words of UTF-8 text; `sentenceStarts` (ascending byte offsets) are where blocks may begin.
    public init(_ utf8: [UInt8], sentenceStarts: [Int] = []) {
        var boundaries: [Int] = []
        var blockStart = 0
        for start in sentenceStarts where start - blockStart >= Self.blockBytes && start < utf8.count {
            boundaries.append(start)
            blockStart = start
        }
        boundaries.append(utf8.count)
        // About one word in six bytes, four keys a word, many repeated.
        var keys = PrefixKeySet(expectedKeys: utf8.count / 4)
        var blocks: [Block] = []
        utf8.withUnsafeBufferPointer { text in
            var prefix: UInt64 = 0
            var length: UInt64 = 0
            var index = 0
            var start = 0
            for end in boundaries {
                var block = PrefixKeySet(expectedKeys: boundaries.count == 1 ? 0 : (end - start) / 4)
                let indexesBlock = boundaries.count > 1
                while index < end {
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
                    Self.extend(&prefix, &length, with: folded.0, keys: &keys, block: &block, indexesBlock)
                    if folded.1 != 0 {
                        Self.extend(&prefix, &length, with: folded.1, keys: &keys, block: &block, indexesBlock)
                    }
                }
                if indexesBlock { blocks.append(Block(range: start..<end, keys: block)) }
                start = end
            }
        }
        self.keys = keys
        self.blocks = blocks
    }

    /// Adds one folded byte to the current word's prefix and records the prefix.
    @inline(__always)
    private static func extend(
        _ prefix: inout UInt64, _ length: inout UInt64, with byte: UInt8, keys: inout PrefixKeySet,
        block: inout PrefixKeySet, _ indexesBlock: Bool
    ) {
        guard length < UInt64(maxPrefix) else { return }
        prefix |= UInt64(byte) << (8 * length)
        length += 1
        guard length >= UInt64(minPrefix) else { return }
        keys.insert(prefix | length << 56)
        if indexesBlock { block.insert(prefix | length << 56) }
    }

    /// Whether some word of the text starts with `folded` (already folded; its first ``maxPrefix`` bytes count).
    func containsWord(startingWith folded: [UInt8]) -> Bool {
        keys.contains(Self.key(folded))
    }

    /// The byte ranges, merged when adjacent, of the blocks where some word starts with one of `words`;
    /// nil when the text has a single block (search it whole).
    func blockRanges(holdingAnyOf words: [[UInt8]]) -> [Range<Int>]? {
        guard !blocks.isEmpty else { return nil }
        let wordKeys = words.map(Self.key)
        var ranges: [Range<Int>] = []
        for block in blocks where wordKeys.contains(where: block.keys.contains) {
            if let last = ranges.last, last.upperBound == block.range.lowerBound {
                ranges[ranges.count - 1] = last.lowerBound..<block.range.upperBound
            } else {
                ranges.append(block.range)
            }
        }
        return ranges
    }

    private static func key(_ folded: [UInt8]) -> UInt64 {
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
