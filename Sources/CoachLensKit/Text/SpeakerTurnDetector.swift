/// Finds speaker turns: lines that open with a short label followed by a colon (`Animateur :`, `Q :`, `> :`,
/// `Consultant X :`, `Question d’un consultant :`). A turn runs until the next labelled line or a blank line.
public enum SpeakerTurnDetector {
    /// The longest label, in scalars, still taken as a speaker name rather than a sentence with a colon.
    static let maxLabelLength = 40

    /// The turns of `text`, in order; empty when no line carries a speaker label.
    public static func turns(in utf8: [UInt8]) -> [SpeakerTurn] {
        var turns: [SpeakerTurn] = []
        var lineStart = 0
        var open: (speaker: String, start: Int)?
        func close(at end: Int) {
            if let current = open, end > current.start {
                turns.append(SpeakerTurn(speaker: current.speaker, utf8Range: current.start..<end))
            }
            open = nil
        }
        while lineStart < utf8.count {
            var lineEnd = lineStart
            while lineEnd < utf8.count, utf8[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
            let line = utf8[lineStart..<lineEnd]
            if let (speaker, bodyStart) = label(of: line) {
                close(at: lineStart > 0 ? lineStart - 1 : 0)
                open = (speaker, bodyStart)
            } else if line.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }) {
                close(at: lineStart > 0 ? lineStart - 1 : 0)
            }
            lineStart = lineEnd + 1
        }
        close(at: utf8.count)
        return turns
    }

    /// The speaker label of a line and the byte offset where its speech starts, if the line opens with one.
    static func label(of line: ArraySlice<UInt8>) -> (String, Int)? {
        // A label is short: look for its colon in the first bytes only (four bytes a scalar at most).
        let head = line.prefix(maxLabelLength * 4 + 4)
        guard let colon = head.firstIndex(of: UInt8(ascii: ":")) else { return nil }
        let labelBytes = line[line.startIndex..<colon]
        let name = String(decoding: labelBytes, as: UTF8.self)
            .trimmingCharacters(in: " \t\u{00A0}\u{202F}")
        guard !name.isEmpty, name.unicodeScalars.count <= maxLabelLength else { return nil }
        if name == ">" || name.hasPrefix("> ") {
            return (">", colon + 1)
        }
        guard let first = name.unicodeScalars.first, first.properties.isUppercase else { return nil }
        // A label has no sentence punctuation and at most five words ("Question d’un consultant").
        guard !name.contains(where: { ".!?;,«»\"“”()".contains($0) }),
              name.split(separator: " ").count <= 5 else { return nil }
        return (name, colon + 1)
    }
}

extension String {
    /// The string without leading and trailing characters from `set`.
    func trimmingCharacters(in set: String) -> String {
        let members = Set(set)
        var scalars = Substring(self)
        while let first = scalars.first, members.contains(first) { scalars.removeFirst() }
        while let last = scalars.last, members.contains(last) { scalars.removeLast() }
        return String(scalars)
    }
}
