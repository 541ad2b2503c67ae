#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a whole file, or one byte range of it, into bytes with plain POSIX calls (no intermediate `Data`).
enum FileReader {
    static func read(_ path: String, range: Range<Int>? = nil) throws(IngestFailure) -> [UInt8] {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw IngestFailure(.error, errno == EACCES ? "lecture refusée (droits)" : "fichier illisible")
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw IngestFailure(.error, "fichier illisible") }
        let offset = range?.lowerBound ?? 0
        let wanted = range?.count ?? Int.max
        var bytes = [UInt8](repeating: 0, count: min(wanted, max(0, Int(info.st_size) - offset)))
        var filled = 0
        while filled < wanted {
            if filled == bytes.count { bytes.append(contentsOf: repeatElement(0, count: max(4096, bytes.count))) }
            let count = bytes.withUnsafeMutableBytes { buffer in
                let start = buffer.baseAddress! + filled, count = min(buffer.count, wanted) - filled
                // Positioned reads for a range; plain reads otherwise, which also work on pipes.
                return range == nil ? readNext(descriptor, start, count) : pread(descriptor, start, count, off_t(offset + filled))
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw IngestFailure(.error, errno == EISDIR ? "c’est un dossier" : "erreur de lecture")
            }
            if count == 0 { break }
            filled += count
        }
        bytes.removeSubrange(filled...)
        return bytes
    }

    private static func readNext(_ descriptor: Int32, _ start: UnsafeMutableRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
        Glibc.read(descriptor, start, count)
        #else
        Darwin.read(descriptor, start, count)
        #endif
    }
}
