/// A rule pack with every pattern compiled, and the file it came from.
public struct CompiledRulePack: Sendable {
    /// The pack as written.
    public let pack: RulePack
    /// The file it was loaded from, for messages.
    public let file: String
    /// The pack's rules, compiled, in pack order.
    public let rules: [CompiledRule]

    /// Every pattern the pack runs (rules' patterns, then their `unless` patterns), as compiled.
    public var patternSources: [String] {
        rules.flatMap { $0.patterns.map(\.source) + $0.unless.map(\.source) }
    }
}
