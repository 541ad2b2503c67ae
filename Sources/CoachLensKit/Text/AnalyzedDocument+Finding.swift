extension AnalyzedDocument {
    /// The longest excerpt shown, in scalars; longer sentences are cut to a window around the match.
    static let maxExcerptLength = 320

    /// Evidence for the words at `utf8Range`: scalar offsets, the sentence as excerpt, and the highlight in it.
    public func finding(rule: String, label: String, utf8Range: Range<Int>, note: String = "") -> Finding {
        let sentenceIndex = sentenceIndex(containingByte: utf8Range.lowerBound) ?? 0
        let sentenceRange = sentences.isEmpty ? utf8Range : sentences[sentenceIndex].utf8Range
        var excerptStart = min(sentenceRange.lowerBound, utf8Range.lowerBound)
        var excerptEnd = max(sentenceRange.upperBound, utf8Range.upperBound)
        let start = offsets.scalarOffset(ofByte: utf8Range.lowerBound)
        let end = offsets.scalarOffset(ofByte: utf8Range.upperBound)
        if offsets.scalarOffset(ofByte: excerptEnd) - offsets.scalarOffset(ofByte: excerptStart)
            > Self.maxExcerptLength {
            excerptStart = max(excerptStart, boundary(before: utf8Range.lowerBound, distance: 120))
            excerptEnd = min(excerptEnd, boundary(after: utf8Range.upperBound, distance: 120))
        }
        let excerptScalarStart = offsets.scalarOffset(ofByte: excerptStart)
        return Finding(
            rule: rule, label: label, sentence: sentenceIndex, start: start, end: end,
            excerpt: text(excerptStart..<excerptEnd),
            highlight: (start - excerptScalarStart)..<(end - excerptScalarStart), note: note)
    }

    /// A scalar boundary about `distance` bytes before `offset`.
    private func boundary(before offset: Int, distance: Int) -> Int {
        var position = max(0, offset - distance)
        while position > 0, utf8[position] & 0xC0 == 0x80 { position -= 1 }
        return position
    }

    /// A scalar boundary about `distance` bytes after `offset`.
    private func boundary(after offset: Int, distance: Int) -> Int {
        var position = min(utf8.count, offset + distance)
        while position < utf8.count, utf8[position] & 0xC0 == 0x80 { position += 1 }
        return position
    }
}
