/// The hits of a pack in one document, and the rules that had to give up (match limit).
public struct RuleScan: Sendable, Equatable {
    /// Hits in text order (ties in rule order).
    public var hits: [RuleHit]
    /// French messages for rules whose patterns failed on this document.
    public var failures: [String]
}
