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
        var peakMegabytes: Double
        var status: Int32
    }

    static func measure(_ arguments: [String]) throws -> Measurement {
        let executable = "/proc/self/exe"
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let start = ProgressBar.now()
        guard posix_spawn(&pid, executable, nil, nil, argv, environ) == 0 else {
            throw ValidationError("impossible de lancer le sous-processus de mesure")
        }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let seconds = ProgressBar.now() - start
        return Measurement(
            seconds: seconds, peakMegabytes: Double(usage.ru_maxrss) / 1024, status: (status >> 8) & 0xFF)
    }
}
