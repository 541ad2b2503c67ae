/// A set of 64-bit keys with open addressing and a multiplicative hash: the word index inserts a few keys per
/// word of every text, where the standard library's seeded hashing would dominate the cost.
struct PrefixKeySet: Sendable {
    private var slots: [UInt64]
    private var count = 0

    init() {
        slots = Array(repeating: 0, count: 256)
    }

    /// Adds `key` (never 0: keys carry their length in the top byte).
    mutating func insert(_ key: UInt64) {
        if (count + 1) * 2 > slots.count { grow() }
        var slot = Self.slot(of: key, mask: slots.count - 1)
        while true {
            let current = slots[slot]
            if current == key { return }
            if current == 0 {
                slots[slot] = key
                count += 1
                return
            }
            slot = (slot + 1) & (slots.count - 1)
        }
    }

    func contains(_ key: UInt64) -> Bool {
        var slot = Self.slot(of: key, mask: slots.count - 1)
        while true {
            let current = slots[slot]
            if current == key { return true }
            if current == 0 { return false }
            slot = (slot + 1) & (slots.count - 1)
        }
    }

    private static func slot(of key: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: 0, count: old.count * 2)
        count = 0
        for key in old where key != 0 { insert(key) }
    }
}
