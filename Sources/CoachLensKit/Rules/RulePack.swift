/// A YAML rule pack as written: id, version, description, the plugin it feeds, and its rules.
///
/// Step methods are packs too: they add an ordered `steps` list and name the kinds of text they apply to.
public struct RulePack: Sendable, Decodable, Equatable {
    /// Unique across loaded packs; a user pack with a built-in pack's id replaces it.
    public var id: String
    /// The plugin that reads the pack (`segments`, `steps`, `focus`, `framing`, `stats`).
    public var plugin: String
    /// The pack's version.
    public var version: Int
    /// What the pack is for.
    public var description: String
    /// A French display name (step methods).
    public var name: String?
    /// The document kinds the pack applies to (step methods: `call`, `session`).
    public var appliesTo: [DocumentKind]
    /// The ordered steps of a step method.
    public var steps: [StepDefinition]
    /// The rules.
    public var rules: [Rule]

    static let keys: Set<String> = [
        "id", "plugin", "version", "description", "name", "applies_to", "steps", "rules",
    ]

    enum CodingKeys: String, CodingKey {
        case id, plugin, version, description, name, steps, rules
        case appliesTo = "applies_to"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        plugin = try container.decode(String.self, forKey: .plugin)
        version = try container.decode(Int.self, forKey: .version)
        description = try container.decode(String.self, forKey: .description)
        name = try container.decodeIfPresent(String.self, forKey: .name)
        appliesTo = try container.decodeIfPresent([DocumentKind].self, forKey: .appliesTo) ?? []
        steps = try container.decodeIfPresent([StepDefinition].self, forKey: .steps) ?? []
        rules = try container.decode([Rule].self, forKey: .rules)
    }
}
