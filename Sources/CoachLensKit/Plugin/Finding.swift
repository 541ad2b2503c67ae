/// One piece of evidence: the rule that fired, what it evidences, and where (a row of evidence.csv).
public struct Finding: Sendable, Equatable {
    /// The rule id, or a plugin-level id for derived findings (`passage`, `order`).
    public var rule: String
    /// The segment code, step id or category evidenced.
    public var label: String
    /// Index of the sentence holding the evidence (0-based).
    public var sentence: Int
    /// Unicode scalar offsets of the matched words in the document's text.
    public var start: Int
    public var end: Int
    /// The sentence, or a window of it around the match, as shown to the user.
    public var excerpt: String
    /// Where the matched words sit inside `excerpt`, in scalars, for highlighting.
    public var highlight: Range<Int>
    /// A short French remark: "discours rapporté", "nié", the suggested rewording…
    public var note: String

    /// Creates a finding.
    public init(
        rule: String, label: String, sentence: Int, start: Int, end: Int,
        excerpt: String, highlight: Range<Int>, note: String = ""
    ) {
        self.rule = rule
        self.label = label
        self.sentence = sentence
        self.start = start
        self.end = end
        self.excerpt = excerpt
        self.highlight = highlight
        self.note = note
    }

    /// The matched words.
    public var matchedText: String {
        let scalars = excerpt.unicodeScalars
        let lower = scalars.index(scalars.startIndex, offsetBy: highlight.lowerBound, limitedBy: scalars.endIndex)
            ?? scalars.endIndex
        let upper = scalars.index(lower, offsetBy: highlight.count, limitedBy: scalars.endIndex) ?? scalars.endIndex
        return String(scalars[lower..<upper])
    }
}
