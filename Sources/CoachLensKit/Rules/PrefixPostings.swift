/// Word-prefix keys, each with the sentences it occurs in: an open-addressing table of keys, each heading a
/// linked list of sentence numbers (newest first, no repeats), so recording costs a few operations and a lookup
/// costs the length of its answer.
struct PrefixPostings: Sendable {
    /// Keys by slot (0: empty slot; real keys carry their length in the top byte).
    private var keys: [UInt64]
    /// For each slot, its newest posting (-1: none).
    private var heads: [Int32]
    /// Postings: a sentence number, and the index of the same key's previous posting (-1: none).
    private var sentences: [Int32] = []
    private var links: [Int32] = []
    private var occupied = 0

    /// An empty table sized for a text of `textBytes` bytes (it grows when needed).
    init(textBytes: Int) {
        let capacity = 1 << max(6, min(16, Int.bitWidth - (textBytes / 2).leadingZeroBitCount))
        keys = Array(repeating: 0, count: capacity)
        heads = Array(repeating: -1, count: capacity)
    }

    /// Records that `key` occurs in `sentence` (sentences come in ascending order).
    @inline(__always)
    mutating func record(_ key: UInt64, sentence: Int32) {
        let slot = slot(of: key)
        if keys[slot] == 0 {
            keys[slot] = key
            occupied += 1
        } else if sentences[Int(heads[slot])] == sentence {
            return
        }
        sentences.append(sentence)
        links.append(heads[slot])
        heads[slot] = Int32(truncatingIfNeeded: sentences.count - 1)
        if occupied * 2 > keys.count { grow() }
    }

    /// Whether `key` was recorded.
    func contains(_ key: UInt64) -> Bool {
        keys[slot(of: key)] != 0
    }

    /// Appends the sentences of `key`, newest first.
    func sentences(of key: UInt64, into found: inout [Int]) {
        var posting = heads[slot(of: key)]
        while posting >= 0 {
            found.append(Int(sentences[Int(posting)]))
            posting = links[Int(posting)]
        }
    }

    /// The slot holding `key`, or the empty slot where it belongs.
    @inline(__always)
    private func slot(of key: UInt64) -> Int {
        let mask = keys.count - 1
        var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
        while keys[slot] != 0, keys[slot] != key { slot = (slot + 1) & mask }
        return slot
    }

    private mutating func grow() {
        let oldKeys = keys, oldHeads = heads
        keys = Array(repeating: 0, count: oldKeys.count * 2)
        heads = Array(repeating: -1, count: oldKeys.count * 2)
        for (key, head) in zip(oldKeys, oldHeads) where key != 0 {
            let slot = slot(of: key)
            keys[slot] = key
            heads[slot] = head
        }
    }
}
