#if canImport(Glibc)
import Glibc
#endif

/// Hints to the operating system about large buffers the tokenizer is about to fill.
enum MemoryAdvice {
    /// The huge page size of x86-64 and arm64 Linux.
    static let hugePage = 2 << 20

    /// Asks Linux to back the whole 2 MB pages inside a buffer of at least 8 MB with transparent huge pages, so that
    /// filling it (the tokens of a large text: 20 bytes each) takes a page fault per 2 MB instead of per 4 KB. A
    /// hint only: it does nothing elsewhere, or when huge pages are disabled.
    static func preferHugePages(_ pointer: UnsafeMutableRawPointer, byteCount: Int) {
        #if os(Linux)
        guard byteCount >= 4 * hugePage else { return }
        let address = Int(bitPattern: pointer)
        let start = (address + hugePage - 1) & ~(hugePage - 1)
        let end = (address + byteCount) & ~(hugePage - 1)
        guard end > start, let aligned = UnsafeMutableRawPointer(bitPattern: start) else { return }
        _ = madvise(aligned, end - start, MADV_HUGEPAGE)
        #endif
    }
}
