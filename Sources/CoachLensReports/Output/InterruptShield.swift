#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Keeps Ctrl-C (SIGINT) and SIGTERM from landing between two renames of the final commit, so an interrupted
/// run leaves either all previous outputs or all new ones. An interrupt before the commit only leaves hidden
/// temporary files, which the next run into the same folder removes.
enum InterruptShield {
    /// Runs `body` with SIGINT, SIGTERM and SIGHUP ignored, then restores their previous handling.
    static func run<T>(_ body: () throws(OutputError) -> T) throws(OutputError) -> T {
        let signals = [SIGINT, SIGTERM, SIGHUP]
        let previous = signals.map { signal($0, SIG_IGN) }
        defer { for (number, handler) in zip(signals, previous) { signal(number, handler) } }
        return try body()
    }

    /// Removes temporary files (`.NAME.PID.tmp`) left in `directory` by runs that no longer exist.
    static func removeStaleTemporaryFiles(in directory: String) {
        guard let handle = opendir(directory) else { return }
        defer { closedir(handle) }
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            let parts = name.split(separator: ".")
            guard name.hasPrefix("."), parts.count >= 3, parts.last == "tmp",
                  let pid = Int32(parts[parts.count - 2]), pid != getpid(),
                  kill(pid, 0) != 0, errno == ESRCH else { continue }
            unlink(directory + "/" + name)
        }
    }
}
