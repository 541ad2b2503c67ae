/// One match of a rule that survived its `unless` vetoes.
public struct RuleHit: Sendable, Equatable {
    /// Index of the rule in its pack.
    public var rule: Int
    /// Index of the sentence holding the match.
    public var sentence: Int
    /// UTF-8 byte range of the match.
    public var utf8Range: Range<Int>
}
