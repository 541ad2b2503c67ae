/// The timing line of a cue: `00:01:02.500 --> 00:01:04.000 align:start` in WebVTT, `00:01:02,500 -->
/// 00:01:04,000` in SRT. Either decimal separator is accepted in both, hours may be left out, and the cue
/// settings after the end time are ignored.
struct CueTiming: Equatable {
    /// The time span in milliseconds; an end before the start is read as a cue of no duration.
    var milliseconds: Range<Int>

    /// Reads a timing line; nil when the line is not one.
    init?(_ line: Substring) {
        guard let arrow = line.range(of: "-->") else { return nil }
        let endField = line[arrow.upperBound...].split(whereSeparator: { $0 == " " || $0 == "\t" }).first
        guard let start = Self.milliseconds(line[..<arrow.lowerBound].trimmingSpacesAndTabs()),
              let endField, let end = Self.milliseconds(endField) else { return nil }
        milliseconds = start..<max(start, end)
    }

    /// Milliseconds of a timestamp `[hh:]mm:ss[.ttt]` (`,` also taken for `.`); nil when malformed.
    static func milliseconds(_ text: Substring) -> Int? {
        let clock = text.split(separator: ":", omittingEmptySubsequences: false)
        guard clock.count == 2 || clock.count == 3 else { return nil }
        let secondsField = clock[clock.count - 1]
        let parts = secondsField.split(omittingEmptySubsequences: false) { $0 == "." || $0 == "," }
        guard parts.count <= 2, let seconds = number(parts[0], digits: 1...2), seconds < 60,
              let minutes = number(clock[clock.count - 2], digits: 1...2), minutes < 60 else { return nil }
        let hours = clock.count == 3 ? number(clock[0], digits: 1...4) : 0
        guard let hours else { return nil }
        var fraction = 0
        if parts.count == 2 {
            guard let value = number(parts[1], digits: 1...3) else { return nil }
            // « 5 » is half a second: pad the fraction to milliseconds.
            fraction = value * [100, 10, 1][parts[1].count - 1]
        }
        return ((hours * 60 + minutes) * 60 + seconds) * 1000 + fraction
    }

    /// The value of a field made of `digits` ASCII digits only.
    private static func number(_ field: Substring, digits: ClosedRange<Int>) -> Int? {
        guard digits.contains(field.count), field.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(field)
    }
}

extension Substring {
    /// The substring without leading and trailing spaces and tabs.
    func trimmingSpacesAndTabs() -> Substring {
        var result = self
        while let first = result.first, first == " " || first == "\t" { result.removeFirst() }
        while let last = result.last, last == " " || last == "\t" { result.removeLast() }
        return result
    }
}
