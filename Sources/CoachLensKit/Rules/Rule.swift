/// One declarative check of a rule pack: patterns that evidence a label, with vetoes and examples.
public struct Rule: Sendable, Decodable, Equatable {
    /// Unique within its pack.
    public var id: String
    /// What a match evidences: a segment code, a step id, a category.
    public var label: String
    /// PCRE2 patterns (caseless, Unicode, accent-tolerant); any one matching fires the rule.
    public var patterns: [String]
    /// How much one match counts (plugins define the scale; 1 by default).
    public var weight: Double
    /// Where `unless` is looked for: the match's sentence (default) or paragraph.
    public var scope: RuleScope
    /// Patterns that veto a match when found in the same scope: negation, plans, off-topic senses.
    public var unless: [String]
    /// A rewording to offer in place of the match (substitution rules).
    public var suggestion: String?
    /// The examples the rule must satisfy.
    public var examples: RuleExamples

    static let keys: Set<String> = ["id", "label", "patterns", "weight", "scope", "unless", "suggestion", "examples"]

    enum CodingKeys: String, CodingKey {
        case id, label, patterns, weight, scope, unless, suggestion, examples
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        label = try container.decode(String.self, forKey: .label)
        patterns = try container.decode([String].self, forKey: .patterns)
        weight = try container.decodeIfPresent(Double.self, forKey: .weight) ?? 1
        scope = try container.decodeIfPresent(RuleScope.self, forKey: .scope) ?? .sentence
        unless = try container.decodeIfPresent([String].self, forKey: .unless) ?? []
        suggestion = try container.decodeIfPresent(String.self, forKey: .suggestion)
        examples = try container.decodeIfPresent(RuleExamples.self, forKey: .examples)
            ?? RuleExamples(match: [], noMatch: [])
    }
}
