/// A stretch of text labelled on its own: a paragraph, or a window of at most
/// ``SegmentPassage/windowSentences`` sentences of a longer paragraph.
public struct SegmentPassage: Sendable, Equatable {
    /// Sentences per window when a paragraph is longer than that.
    public static let windowSentences = 3

    /// Position of the passage in the document (0-based).
    public var index: Int
    /// Indexes into the document's sentences.
    public var sentences: Range<Int>
    /// UTF-8 byte range of the passage's text.
    public var utf8Range: Range<Int>
    /// Words and numbers in the passage.
    public var words: Int
    /// The evidence gathered for each block (sum of its sentences' evidence).
    public var evidence: [SegmentCode: Double]
    /// The most evidence one sentence of the passage brings to each block.
    public var strongest: [SegmentCode: Double]
    /// The blocks the passage substantively discusses, in canvas order.
    public var labels: [SegmentCode]

    /// The passage's label in the `passages` column: codes joined by `+`, or `.` for none.
    public var timelineCell: String {
        labels.isEmpty ? "." : labels.map(\.rawValue).joined(separator: "+")
    }

    /// Cuts a document into passages: each paragraph, with paragraphs longer than ``windowSentences``
    /// sentences cut into consecutive windows of that many sentences.
    static func ranges(of document: SentenceLayout) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        for paragraph in document.paragraphs where !paragraph.isEmpty {
            var start = paragraph.lowerBound
            while start < paragraph.upperBound {
                let end = min(start + windowSentences, paragraph.upperBound)
                ranges.append(start..<end)
                start = end
            }
        }
        return ranges
    }
}

/// The sentence and paragraph structure the segment analysis needs, independent of the tokenizer's types.
struct SentenceLayout: Sendable {
    /// Each paragraph as a range of sentence indexes.
    var paragraphs: [Range<Int>]
    /// Each sentence's UTF-8 byte range.
    var sentenceRanges: [Range<Int>]
    /// Each sentence's number of words and numbers.
    var sentenceWords: [Int]
    /// The document's text as UTF-8 bytes (to compare the words of cues).
    var text: [UInt8]
}
