#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Makes Ctrl-C (SIGINT), SIGTERM and SIGHUP leave every output folder whole: the process removes the temporary
/// files of the ``AtomicFile``s still open before it exits, and an interrupt that arrives during a commit waits for
/// all of its renames. A folder so holds either all the previous outputs or all the new ones, whenever the signal
/// lands. Temporary files of a run killed outright (SIGKILL) are removed by the next run into the same folder.
///
/// The signal handler only writes the signal number to a pipe; a watcher thread reads it, takes the lock that
/// guards file creation and renames, never gives it back, removes the temporary files and exits.
enum InterruptShield {
    /// The lock held while a temporary file is created, renamed or removed, and through a whole commit.
    private static let lock = NSRecursiveLock()
    /// The temporary files that exist now; guarded by `lock`.
    nonisolated(unsafe) private static var temporaryPaths: Set<String> = []
    /// The pipe's write end, set once before the handlers are installed.
    nonisolated(unsafe) private static var wakeDescriptor: Int32 = -1
    /// Installs the handlers and starts the watcher, on first use.
    private static let installation: Void = install()

    /// Runs `body` (a commit's renames) so that an interrupt waits for it to finish.
    static func run<T>(_ body: () throws(OutputError) -> T) throws(OutputError) -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }

    /// Creates (or truncates) `path` for writing and records it as a temporary file; nil with `errno` on failure.
    static func createTemporaryFile(_ path: String) -> UnsafeMutablePointer<FILE>? {
        _ = installation
        lock.lock()
        defer { lock.unlock() }
        guard let handle = fopen(path, "w") else { return nil }
        temporaryPaths.insert(path)
        return handle
    }

    /// Renames the temporary file `temporaryPath` to `path`; returns 0, or the `errno` of a failed rename.
    static func moveIntoPlace(_ temporaryPath: String, to path: String) -> Int32 {
        lock.lock()
        defer { lock.unlock() }
        guard rename(temporaryPath, path) == 0 else { return errno }
        temporaryPaths.remove(temporaryPath)
        return 0
    }

    /// Deletes the temporary file `path`.
    static func removeTemporaryFile(_ path: String) {
        lock.lock()
        defer { lock.unlock() }
        unlink(path)
        temporaryPaths.remove(path)
    }

    /// Removes temporary files (`.NAME.PID.tmp`) left in `directory` by runs that no longer exist.
    static func removeStaleTemporaryFiles(in directory: String) {
        guard let handle = opendir(directory) else { return }
        defer { closedir(handle) }
        while let entry = readdir(handle) {
            // Read in place: copying the whole `d_name` array can read past the end of the directory buffer.
            let name = String(cString: UnsafeRawPointer(entry)
                .advanced(by: MemoryLayout<dirent>.offset(of: \dirent.d_name)!).assumingMemoryBound(to: CChar.self))
            let parts = name.split(separator: ".")
            guard name.hasPrefix("."), parts.count >= 3, parts.last == "tmp",
                  let pid = Int32(parts[parts.count - 2]), pid != getpid(),
                  kill(pid, 0) != 0, errno == ESRCH else { continue }
            unlink(directory + "/" + name)
        }
    }

    private static func install() {
        var descriptors: [Int32] = [-1, -1]
        guard pipe(&descriptors) == 0 else { return }
        wakeDescriptor = descriptors[1]
        let readDescriptor = descriptors[0]
        let watcher = Thread { watch(readDescriptor) }
        watcher.start()
        for number in [SIGINT, SIGTERM, SIGHUP] {
            signal(number) { number in
                var byte = UInt8(truncatingIfNeeded: number)
                _ = write(InterruptShield.wakeDescriptor, &byte, 1)
            }
        }
    }

    /// Waits for a signal number on the pipe, then removes the temporary files and exits as that signal would.
    private static func watch(_ descriptor: Int32) {
        var byte: UInt8 = 0
        while read(descriptor, &byte, 1) != 1 {}
        lock.lock()
        for path in temporaryPaths { unlink(path) }
        _exit(128 + Int32(byte))
    }
}
