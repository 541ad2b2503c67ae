import ArgumentParser
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs this executable again as a child and measures it: wall time and peak resident memory (from `wait4`),
/// so each benchmark phase reports its own peak instead of the parent's.
enum ChildProcess {
    struct Measurement {
        var seconds: Double
        /// User plus system time: less sensitive than `seconds` to other jobs on the machine.
        var cpuSeconds: Double
        var peakMegabytes: Double
        var status: Int32
    }

    /// Runs `executable` (by default this one) with `arguments`, its standard output discarded, and measures it.
    static func measure(_ arguments: [String], executable: String = "/proc/self/exe") throws -> Measurement {
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        var pid: pid_t = 0
        let start = ProgressBar.now()
        guard posix_spawn(&pid, executable, &actions, nil, argv, environ) == 0 else {
            throw ValidationError("impossible de lancer \(executable)")
        }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let seconds = ProgressBar.now() - start
        func duration(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        return Measurement(
            seconds: seconds, cpuSeconds: duration(usage.ru_utime) + duration(usage.ru_stime),
            peakMegabytes: Double(usage.ru_maxrss) / 1024, status: (status >> 8) & 0xFF)
    }
}
