/// Finds the clause around a byte offset inside a sentence: the stretch between punctuation that separates
/// clauses (`,` `;` `:` parentheses, brackets, dashes, arrows, inner `?` `!`) and the conjunctions that open a
/// new one (« mais », « puis », and « et », « donc », « car », « alors » when a subject pronoun follows).
///
/// Negations and plans reach only as far as their clause: in « je n'ai pas reformulé, mais il a validé le
/// devis », the negation does not touch the second clause.
struct ClauseSplitter: Sendable {
    private let utf8: [UInt8]

    init(utf8: [UInt8]) {
        self.utf8 = utf8
    }

    /// The clause of `sentence` (a byte range) holding `offset`.
    func clause(in sentence: Range<Int>, containing offset: Int) -> Range<Int> {
        let offset = min(max(offset, sentence.lowerBound), sentence.upperBound)
        var start = offset
        while start > sentence.lowerBound, boundaryLength(endingAt: start) == 0 { start -= 1 }
        var end = offset
        while end < sentence.upperBound, boundaryLength(startingAt: end) == 0 { end += 1 }
        return start..<max(start, end)
    }

    /// The length of a boundary that ends right before `position` (0 when none).
    private func boundaryLength(endingAt position: Int) -> Int {
        for length in [1, 3] where position - length >= 0 {
            if boundaryLength(startingAt: position - length) == length { return length }
        }
        if position >= 1, utf8[position - 1] == UInt8(ascii: " "), conjunctionFollows(position) { return 1 }
        return 0
    }

    /// The length of a boundary starting at `position` (0 when none).
    private func boundaryLength(startingAt position: Int) -> Int {
        guard position < utf8.count else { return 0 }
        let byte = utf8[position]
        switch byte {
        case UInt8(ascii: ","):
            let digitBefore = position > 0 && isDigit(utf8[position - 1])
            let digitAfter = position + 1 < utf8.count && isDigit(utf8[position + 1])
            return digitBefore && digitAfter ? 0 : 1
        case UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "["),
             UInt8(ascii: "]"), UInt8(ascii: "?"), UInt8(ascii: "!"), UInt8(ascii: "\n"):
            return 1
        case 0xE2 where position + 2 < utf8.count:
            // → (E2 86 92), and – — (E2 80 93/94) between spaces.
            if utf8[position + 1] == 0x86, utf8[position + 2] == 0x92 { return 3 }
            if utf8[position + 1] == 0x80, utf8[position + 2] == 0x93 || utf8[position + 2] == 0x94,
               position > 0, utf8[position - 1] == UInt8(ascii: " ") {
                return 3
            }
            return 0
        case UInt8(ascii: " ") where conjunctionFollows(position + 1):
            return 1
        default:
            return 0
        }
    }

    /// True when a clause-opening conjunction starts at `position` (preceded by a space).
    private func conjunctionFollows(_ position: Int) -> Bool {
        let (word, next) = lowercaseWord(at: position)
        switch word {
        case "mais", "puis", "sinon":
            return true
        case "et", "donc", "car", "alors", "ensuite":
            return subjectPronounStarts(at: next)
        default:
            return false
        }
    }

    /// True when a subject pronoun starts at `position` (after spaces).
    private func subjectPronounStarts(at position: Int) -> Bool {
        var position = position
        while position < utf8.count, utf8[position] == UInt8(ascii: " ") { position += 1 }
        let (word, next) = lowercaseWord(at: position)
        if ["je", "il", "elle", "on", "nous", "ils", "elles", "vous"].contains(word) { return true }
        guard word == "j", next < utf8.count else { return false }
        // j' or j’ (E2 80 99).
        return utf8[next] == UInt8(ascii: "'")
            || (next + 2 < utf8.count && utf8[next] == 0xE2 && utf8[next + 1] == 0x80 && utf8[next + 2] == 0x99)
    }

    /// The ASCII-lowercased run of ASCII letters at `position`, and where it ends.
    private func lowercaseWord(at position: Int) -> (String, Int) {
        var end = position
        var scalars = String.UnicodeScalarView()
        while end < utf8.count, end - position < 8 {
            let byte = utf8[end] | 0x20
            guard byte >= UInt8(ascii: "a"), byte <= UInt8(ascii: "z"), utf8[end] >= 0x41 else { break }
            scalars.append(Unicode.Scalar(byte))
            end += 1
        }
        // A word that goes on with a non-ASCII letter (« etré ») is not one of ours.
        if end < utf8.count, utf8[end] >= 0x80, !(utf8[end] == 0xE2) { return ("", end) }
        return (String(scalars), end)
    }

    private func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }
}
