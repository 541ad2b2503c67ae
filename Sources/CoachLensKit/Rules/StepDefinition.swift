/// One step of a step method (a sales method, a session protocol), in method order.
public struct StepDefinition: Sendable, Decodable, Equatable {
    /// The step id used in columns and rule labels (`S1` … `S10`).
    public var id: String
    /// The French name of the step.
    public var name: String
    /// What to tell the salesperson when the step is missing.
    public var advice: String
    /// Steps that must come before this one in the meeting.
    public var requires: [String]

    static let keys: Set<String> = ["id", "name", "advice", "requires"]

    enum CodingKeys: String, CodingKey {
        case id, name, advice, requires
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        name = try container.decode(String.self, forKey: .name)
        advice = try container.decode(String.self, forKey: .advice)
        requires = try container.decodeIfPresent([String].self, forKey: .requires) ?? []
    }
}
