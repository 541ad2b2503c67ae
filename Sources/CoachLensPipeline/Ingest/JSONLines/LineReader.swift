#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a file descriptor line by line (LF, a trailing CR dropped) in 64 KB chunks: memory holds the longest
/// line, never the whole input.
public final class LineReader: Sequence, IteratorProtocol {
    private static let chunkSize = 1 << 16

    private let descriptor: Int32
    private let ownsDescriptor: Bool
    private var buffer: [UInt8] = []
    private var start = 0
    private var scanned = 0
    private var atEnd = false

    /// Reads `descriptor` (standard input is 0); the caller keeps it open.
    public init(descriptor: Int32) {
        self.descriptor = descriptor
        ownsDescriptor = false
    }

    /// Opens `path`; nil when it cannot be read.
    public init?(path: String) {
        descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        ownsDescriptor = true
    }

    deinit {
        if ownsDescriptor { close(descriptor) }
    }

    /// The next line without its line break, or nil at the end of the input.
    public func next() -> [UInt8]? {
        while true {
            if let newline = buffer[scanned...].firstIndex(of: UInt8(ascii: "\n")) {
                return take(upTo: newline, skipping: 1)
            }
            scanned = buffer.count
            if atEnd {
                return start < buffer.count ? take(upTo: buffer.count, skipping: 0) : nil
            }
            fill()
        }
    }

    private func take(upTo end: Int, skipping: Int) -> [UInt8] {
        var line = Array(buffer[start..<end])
        if line.last == UInt8(ascii: "\r") { line.removeLast() }
        start = end + skipping
        scanned = start
        return line
    }

    private func fill() {
        if start > 0 {
            buffer.removeSubrange(0..<start)
            scanned -= start
            start = 0
        }
        let filled = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: Self.chunkSize))
        var count: Int
        repeat {
            count = buffer.withUnsafeMutableBytes { raw in read(descriptor, raw.baseAddress! + filled, Self.chunkSize) }
        } while count < 0 && errno == EINTR
        buffer.removeSubrange((filled + Swift.max(count, 0))...)
        if count <= 0 { atEnd = true }
    }
}
