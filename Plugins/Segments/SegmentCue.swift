/// One surviving match of a segments rule: what it evidences, how much, and where.
struct SegmentCue: Sendable, Equatable {
    /// The rule's id.
    var rule: String
    /// The rule's label as written (`CS`, `nom:CH`, `type:b2b`…).
    var rawLabel: String
    /// The label, decoded.
    var label: SegmentCueLabel
    /// The rule's weight.
    var weight: Double
    /// Index of the sentence holding the match.
    var sentence: Int
    /// UTF-8 byte range of the match.
    var utf8Range: Range<Int>
}
