/// French examples a rule must and must not match; `coachlens rules check` and the tests run them all.
public struct RuleExamples: Sendable, Decodable, Equatable {
    /// Texts in which the rule must fire.
    public var match: [String]
    /// Texts in which the rule must stay silent.
    public var noMatch: [String]

    enum CodingKeys: String, CodingKey {
        case match
        case noMatch = "no_match"
    }

    /// Creates examples.
    public init(match: [String], noMatch: [String]) {
        self.match = match
        self.noMatch = noMatch
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        match = try container.decodeIfPresent([String].self, forKey: .match) ?? []
        noMatch = try container.decodeIfPresent([String].self, forKey: .noMatch) ?? []
    }
}
