import CoachLensKit

/// Whether a match is someone else's words: quoted (« … », “ … ”, "…") or in a sentence that reports speech
/// or a past belief (a `cue_reported` hit: « ils disent que », « selon lui », « je me disais que »).
enum ReportedSpeech {
    /// How far back, in bytes, an opening quotation mark is looked for.
    static let lookBehind = 2_000

    /// Whether `range` lies inside quotation marks of its paragraph, or holds an opening one
    /// (« ce n'est pas « SA faute » »).
    static func isQuoted(_ range: Range<Int>, sentence: Int, in document: AnalyzedDocument) -> Bool {
        let paragraphIndex = document.sentences[sentence].paragraph
        let paragraphStart = document.paragraphs.indices.contains(paragraphIndex)
            ? document.paragraphs[paragraphIndex].utf8Range.lowerBound
            : document.sentences[sentence].utf8Range.lowerBound
        // A quotation is looked for back to the paragraph's start, but no further than `lookBehind` bytes, so
        // a huge paragraph with many hits is not read again for each of them.
        let start = min(max(paragraphStart, range.lowerBound - lookBehind), range.lowerBound)
        let bytes = document.utf8
        var depth = 0
        var straightOpen = false
        var position = start
        while position < range.lowerBound {
            let mark = quoteMark(in: bytes, at: position)
            depth = max(0, depth + mark.delta)
            if mark.straight { straightOpen.toggle() }
            position += mark.length
        }
        if depth > 0 || straightOpen { return true }
        while position < min(range.upperBound, bytes.count) {
            let mark = quoteMark(in: bytes, at: position)
            if mark.delta > 0 || mark.straight { return true }
            position += mark.length
        }
        return false
    }

    /// The quotation mark at `position`: +1 opening, -1 closing, or a straight quote; its length in bytes.
    static func quoteMark(in bytes: [UInt8], at position: Int) -> (delta: Int, straight: Bool, length: Int) {
        switch bytes[position] {
        case 0x22:
            return (0, true, 1)
        case 0xC2 where position + 1 < bytes.count:
            if bytes[position + 1] == 0xAB { return (1, false, 2) }   // «
            if bytes[position + 1] == 0xBB { return (-1, false, 2) }  // »
        case 0xE2 where position + 2 < bytes.count && bytes[position + 1] == 0x80:
            if bytes[position + 2] == 0x9C { return (1, false, 3) }   // “
            if bytes[position + 2] == 0x9D { return (-1, false, 3) }  // ”
        default:
            break
        }
        return (0, false, 1)
    }
}
