/// The word-prefix keys of one text as a one-hash Bloom filter: a bit per slot, sized to the text, so an insert
/// is a multiply and an OR. A false positive only lets a pattern run that then finds nothing.
struct PrefixKeySet: Sendable {
    private var bits: [UInt64]
    private let shift: UInt64

    /// A filter with about 16 bits per expected key (at least 2^6, at most 2^22 bits).
    init(expectedKeys: Int) {
        var log2Bits = 6
        while log2Bits < 22, 1 << log2Bits < expectedKeys * 16 { log2Bits += 1 }
        bits = Array(repeating: 0, count: (1 << log2Bits) / 64)
        shift = UInt64(64 - log2Bits)
    }

    @inline(__always)
    private func slot(of key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// Adds `key`.
    @inline(__always)
    mutating func insert(_ key: UInt64) {
        let slot = slot(of: key)
        bits[slot >> 6] |= 1 << UInt64(slot & 63)
    }

    /// Whether `key` may have been added.
    func contains(_ key: UInt64) -> Bool {
        let slot = slot(of: key)
        return bits[slot >> 6] & (1 << UInt64(slot & 63)) != 0
    }
}
