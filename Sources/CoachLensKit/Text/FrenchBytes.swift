/// Read access to a UTF-8 text for the tokenizer: scalar decoding and character classes, on raw pointers.
/// Valid only while the buffers it points into are alive (inside `FrenchTokenizer.tokenize`).
struct FrenchBytes {
    typealias C = FrenchCharClass

    /// The text.
    let p: UnsafeBufferPointer<UInt8>
    /// `p.count`.
    let n: Int
    /// `FrenchCharClass.ascii`.
    let ascii: UnsafeBufferPointer<UInt8>
    /// `FrenchCharClass.latin`.
    let latin: UnsafeBufferPointer<UInt8>

    /// Wraps a text and the class tables.
    init(_ p: UnsafeBufferPointer<UInt8>, ascii: UnsafeBufferPointer<UInt8>, latin: UnsafeBufferPointer<UInt8>) {
        self.p = p
        self.n = p.count
        self.ascii = ascii
        self.latin = latin
    }

    /// The byte at `j`.
    @inline(__always)
    subscript(_ j: Int) -> UInt8 { p[j] }

    /// The scalar starting at `j` and its length in bytes; a malformed sequence (truncated, overlong, stray
    /// continuation byte) reads as U+FFFD of one byte, so scanning always moves on.
    @inline(__always)
    func decode(_ j: Int) -> (value: UInt32, length: Int) {
        let b0 = UInt32(p[j])
        if b0 < 0x80 { return (b0, 1) }
        let invalid: (value: UInt32, length: Int) = (0xFFFD, 1)
        if b0 < 0xC2 { return invalid }
        if b0 < 0xE0 {
            guard j + 1 < n, p[j + 1] & 0xC0 == 0x80 else { return invalid }
            return ((b0 & 0x1F) << 6 | UInt32(p[j + 1] & 0x3F), 2)
        }
        if b0 < 0xF0 {
            guard j + 2 < n, p[j + 1] & 0xC0 == 0x80, p[j + 2] & 0xC0 == 0x80 else { return invalid }
            let value = (b0 & 0x0F) << 12 | UInt32(p[j + 1] & 0x3F) << 6 | UInt32(p[j + 2] & 0x3F)
            return value < 0x800 || (0xD800...0xDFFF).contains(value) ? invalid : (value, 3)
        }
        guard b0 < 0xF5, j + 3 < n, p[j + 1] & 0xC0 == 0x80, p[j + 2] & 0xC0 == 0x80, p[j + 3] & 0xC0 == 0x80
        else { return invalid }
        let value = (b0 & 0x07) << 18 | UInt32(p[j + 1] & 0x3F) << 12 | UInt32(p[j + 2] & 0x3F) << 6
            | UInt32(p[j + 3] & 0x3F)
        return value < 0x10000 || value > 0x10FFFF ? invalid : (value, 4)
    }

    /// The class of a non-ASCII scalar starting at `j`, and its length.
    @inline(never)
    func classifyMultibyte(_ j: Int) -> (cls: UInt8, length: Int) {
        let (value, length) = decode(j)
        if value < 0x250 { return (latin[Int(value)], length) }
        return (C.classify(value), length)
    }

    /// The class of a non-ASCII character starting at `j`, with a fast path for U+00C0 to U+00FF (`é`, `à`, `ç`
    /// ... the bulk of French non-ASCII letters).
    @inline(__always)
    func classOfMultibyte(_ j: Int) -> (cls: UInt8, length: Int) {
        if p[j] == 0xC3, j + 1 < n, p[j + 1] & 0xC0 == 0x80 { return (latin[0xC0 + Int(p[j + 1] & 0x3F)], 2) }
        return classifyMultibyte(j)
    }

    /// The class of the character starting at `j` (which must be `< n`) and its length.
    @inline(__always)
    func classAt(_ j: Int) -> (cls: UInt8, length: Int) {
        let byte = p[j]
        if byte < 0x80 { return (ascii[Int(byte)], 1) }
        return classOfMultibyte(j)
    }

    /// The class at `j`, or `space` past the end.
    @inline(__always)
    func classOrSpace(_ j: Int) -> UInt8 {
        j < n ? classAt(j).cls : C.space
    }

    /// The class of the character ending just before `j`, or `space` at the start.
    func classBefore(_ j: Int) -> UInt8 {
        guard j > 0 else { return C.space }
        var k = j - 1
        while k > 0, p[k] & 0xC0 == 0x80, j - k < 4 { k -= 1 }
        return classAt(k).cls
    }

    /// Whether a word character starts at `j`.
    @inline(__always)
    func isWord(at j: Int) -> Bool {
        j < n && C.isWord(classAt(j).cls)
    }

    /// Whether a letter starts at `j`.
    @inline(__always)
    func isLetter(at j: Int) -> Bool {
        j < n && C.isLetter(classAt(j).cls)
    }

    /// Whether an ASCII digit is at `j`.
    @inline(__always)
    func isDigit(at j: Int) -> Bool {
        j < n && p[j] &- 0x30 < 10
    }

    /// Whether `start..<end` holds exactly one scalar.
    @inline(__always)
    func isSingleScalar(_ start: Int, _ end: Int) -> Bool {
        guard end > start, end - start <= 4 else { return false }
        var k = start + 1
        while k < end {
            if p[k] & 0xC0 != 0x80 { return false }
            k += 1
        }
        return true
    }

    /// The end of the horizontal whitespace starting at `j` (no-break spaces included, line breaks excluded).
    func skipSpaces(_ j: Int) -> Int {
        var k = j
        while k < n {
            let (cls, length) = classAt(k)
            guard cls == C.space else { break }
            k += length
        }
        return k
    }
}
