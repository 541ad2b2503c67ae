/// A fixed set of short byte strings with allocation-free membership tests on raw UTF-8 bytes.
struct ByteWordSet: Sendable {
    /// Open-addressing table of entry indexes plus one (0 marks an empty slot).
    private let slots: [Int32]
    /// Every entry's bytes, back to back.
    private let pool: [UInt8]
    /// Start of entry `k` in `pool`; `starts[k + 1]` is its end.
    private let starts: [Int32]
    private let mask: Int
    /// The length of the longest entry, in bytes.
    let maxLength: Int

    /// Creates a set holding the UTF-8 bytes of `words`, as given.
    init(_ words: [String]) {
        var pool: [UInt8] = []
        var starts: [Int32] = [0]
        var longest = 0
        let unique = Array(Set(words))
        for word in unique {
            pool += Array(word.utf8)
            starts.append(Int32(pool.count))
            longest = max(longest, word.utf8.count)
        }
        var size = 16
        while size < unique.count * 3 { size *= 2 }
        var slots = [Int32](repeating: 0, count: size)
        for index in unique.indices {
            let start = Int(starts[index]), end = Int(starts[index + 1])
            var slot = pool[start..<end].withUnsafeBufferPointer { Self.hash($0) } & (size - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (size - 1) }
            slots[slot] = Int32(index + 1)
        }
        self.slots = slots
        self.pool = pool
        self.starts = starts
        self.mask = size - 1
        self.maxLength = longest
    }

    /// FNV-1a over `bytes`.
    @inline(__always)
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            value = (value ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return Int(truncatingIfNeeded: value ^ (value >> 29))
    }

    /// Whether the set holds exactly `bytes`.
    func contains(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count <= maxLength, bytes.count > 0 else { return false }
        var slot = Self.hash(bytes) & mask
        while true {
            let entry = Int(slots[slot])
            if entry == 0 { return false }
            let start = Int(starts[entry - 1]), end = Int(starts[entry])
            if end - start == bytes.count {
                var equal = true
                var k = 0
                while k < bytes.count {
                    if pool[start + k] != bytes[k] { equal = false; break }
                    k += 1
                }
                if equal { return true }
            }
            slot = (slot + 1) & mask
        }
    }
}
