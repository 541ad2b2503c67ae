/// The stretches of a text inside quotation marks (« », “ ”, straight double quotes): reported speech, whose
/// « je » and « nous » are someone else's.
///
/// A quotation still open at a blank line, or after ``maximumLength`` bytes, is dropped: it was a stray mark.
struct QuotedSpans: Sendable {
    /// The longest quotation, in bytes.
    static let maximumLength = 1_500

    /// Byte ranges inside the marks, in text order, not overlapping.
    let ranges: [Range<Int>]

    /// Finds the quotations of `utf8`.
    init(_ utf8: [UInt8]) {
        var ranges: [Range<Int>] = []
        var openAt: Int?
        var closer: UInt8 = 0
        var position = 0
        while position < utf8.count {
            let byte = utf8[position]
            if let start = openAt, position - start > Self.maximumLength
                || (byte == 0x0A && position + 1 < utf8.count && utf8[position + 1] == 0x0A) {
                openAt = nil
            }
            if byte == UInt8(ascii: "\"") {
                if let start = openAt, closer == byte {
                    ranges.append(start..<position)
                    openAt = nil
                } else if openAt == nil {
                    openAt = position + 1
                    closer = byte
                }
            } else if byte == 0xC2, position + 1 < utf8.count, utf8[position + 1] == 0xAB || utf8[position + 1] == 0xBB {
                // « opens, » closes.
                if utf8[position + 1] == 0xAB, openAt == nil {
                    openAt = position + 2
                    closer = 0xBB
                } else if utf8[position + 1] == 0xBB, let start = openAt, closer == 0xBB {
                    ranges.append(start..<position)
                    openAt = nil
                }
                position += 1
            } else if byte == 0xE2, position + 2 < utf8.count, utf8[position + 1] == 0x80,
                      utf8[position + 2] == 0x9C || utf8[position + 2] == 0x9D {
                // “ opens, ” closes.
                if utf8[position + 2] == 0x9C, openAt == nil {
                    openAt = position + 3
                    closer = 0x9D
                } else if utf8[position + 2] == 0x9D, let start = openAt, closer == 0x9D {
                    ranges.append(start..<position)
                    openAt = nil
                }
                position += 2
            }
            position += 1
        }
        self.ranges = ranges
    }

    /// Whether byte `offset` lies inside a quotation.
    func contains(_ offset: Int) -> Bool {
        var low = 0, high = ranges.count
        while low < high {
            let middle = (low + high) / 2
            if ranges[middle].upperBound <= offset { low = middle + 1 } else { high = middle }
        }
        return low < ranges.count && ranges[low].contains(offset)
    }
}
