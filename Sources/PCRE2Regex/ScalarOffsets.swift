/// Converts UTF-8 byte offsets of one text into Unicode scalar offsets in O(1) per query.
///
/// PCRE2 reports byte offsets; the output contract speaks in scalars. A checkpoint every 64 bytes
/// keeps the table small (one `Int32` per 64 bytes) and each lookup short.
public struct ScalarOffsets: Sendable {
    private static let stride = 64
    private let checkpoints: [Int32]
    private let bytes: [UInt8]

    /// Indexes `bytes`, which must be valid UTF-8.
    public init(_ bytes: [UInt8]) {
        var checkpoints: [Int32] = []
        checkpoints.reserveCapacity(bytes.count / Self.stride + 1)
        var scalars: Int32 = 0
        for (offset, byte) in bytes.enumerated() {
            if offset % Self.stride == 0 { checkpoints.append(scalars) }
            if byte & 0xC0 != 0x80 { scalars += 1 }
        }
        checkpoints.append(scalars)
        self.checkpoints = checkpoints
        self.bytes = bytes
    }

    /// The number of scalars that start before `byteOffset`.
    public func scalarOffset(ofByte byteOffset: Int) -> Int {
        let block = byteOffset / Self.stride
        var scalars = Int(checkpoints[min(block, checkpoints.count - 1)])
        var offset = block * Self.stride
        while offset < byteOffset {
            if bytes[offset] & 0xC0 != 0x80 { scalars += 1 }
            offset += 1
        }
        return scalars
    }
}
