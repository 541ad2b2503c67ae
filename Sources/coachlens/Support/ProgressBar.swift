import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A one-line progress display on stderr: files and megabytes done, throughput, and, when the total is known,
/// the percentage and the time left. In `auto` mode it shows only when stderr is a terminal and the run has
/// lasted over a second; it never writes to stdout.
final class ProgressBar {
    /// Whether the bar is drawn at all.
    let enabled: Bool
    /// The bytes the run will read, when known.
    var totalBytes: Int?
    private let start = ProgressBar.now()
    private var lastDraw = 0.0
    private var files = 0
    private var bytes = 0
    private var drawn = false

    init(mode: ProgressMode) {
        switch mode {
        case .always: enabled = true
        case .never: enabled = false
        case .auto: enabled = isatty(STDERR_FILENO) == 1
        }
    }

    /// Counts one file and redraws at most ten times a second.
    func advance(bytes fileBytes: Int) {
        files += 1
        bytes += fileBytes
        guard enabled else { return }
        let now = Self.now()
        guard now - start > 1, now - lastDraw > 0.1 else { return }
        lastDraw = now
        draw(now: now)
    }

    /// Clears the line.
    func finish() {
        guard drawn else { return }
        Self.write("\r\u{1B}[2K")
    }

    private func draw(now: Double) {
        drawn = true
        let megabytes = Double(bytes) / 1_048_576
        let rate = megabytes / max(now - start, 0.001)
        let spinner = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"][Int(now * 10) % 10]
        var line = "\(spinner) \(files) fichiers · \(Self.oneDecimal(megabytes)) Mo · \(Self.oneDecimal(rate)) Mo/s"
        if let totalBytes, totalBytes > 0 {
            let total = Double(totalBytes) / 1_048_576
            let left = max(0, total - megabytes) / max(rate, 0.001)
            line = "\(spinner) \(min(100, Int(megabytes / total * 100))) % · \(Self.oneDecimal(megabytes)) / "
                + "\(Self.oneDecimal(total)) Mo · \(files) fichiers · \(Self.oneDecimal(rate)) Mo/s · reste \(Self.duration(left))"
        }
        Self.write("\r\u{1B}[2K" + line)
    }

    static func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// « 42 s », « 7 min », « 1 h 05 ».
    static func duration(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded())
        if whole < 60 { return "\(whole) s" }
        if whole < 3600 { return "\(whole / 60) min" }
        return "\(whole / 3600) h " + String(format: "%02d", whole % 3600 / 60)
    }

    static func oneDecimal(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10),\(tenths % 10)"
    }

    static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
