#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file written under a temporary name beside its destination and renamed over it only by ``commit()``,
/// so a reader sees either the previous file or the complete new one, never half of it.
public final class AtomicFile {
    /// The final path.
    public let path: String
    /// The temporary path being written.
    public let temporaryPath: String
    private var handle: UnsafeMutablePointer<FILE>?

    /// Opens a temporary file next to `path`.
    public init(path: String) throws(OutputError) {
        self.path = path
        let directory = path.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        let name = path.split(separator: "/").last.map(String.init) ?? path
        temporaryPath = (directory.isEmpty ? "" : directory + "/") + ".\(name).\(getpid()).tmp"
        guard let handle = InterruptShield.createTemporaryFile(temporaryPath) else {
            throw OutputError(path: path, reason: String(cString: strerror(errno)))
        }
        self.handle = handle
    }

    deinit {
        if let handle {
            fclose(handle)
            InterruptShield.removeTemporaryFile(temporaryPath)
        }
    }

    /// Appends bytes (buffered).
    public func write(_ bytes: [UInt8]) {
        guard let handle else { return }
        bytes.withUnsafeBufferPointer { _ = fwrite($0.baseAddress, 1, $0.count, handle) }
    }

    /// Appends text as UTF-8.
    public func write(_ text: String) {
        var text = text
        text.withUTF8 { buffer in
            guard let handle else { return }
            _ = fwrite(buffer.baseAddress, 1, buffer.count, handle)
        }
    }

    /// Flushes, syncs and renames the file into place.
    public func commit() throws(OutputError) {
        guard let handle else { return }
        self.handle = nil
        var failure: Int32 = 0
        if fflush(handle) != 0 || fsync(fileno(handle)) != 0 { failure = errno }
        if fclose(handle) != 0, failure == 0 { failure = errno }
        if failure == 0 { failure = InterruptShield.moveIntoPlace(temporaryPath, to: path) }
        guard failure == 0 else {
            InterruptShield.removeTemporaryFile(temporaryPath)
            throw OutputError(path: path, reason: String(cString: strerror(failure)))
        }
    }

    /// Drops the temporary file, leaving any previous file in place.
    public func discard() {
        guard let handle else { return }
        self.handle = nil
        fclose(handle)
        InterruptShield.removeTemporaryFile(temporaryPath)
    }
}
