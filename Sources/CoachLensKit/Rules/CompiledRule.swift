import PCRE2Regex

/// A rule with its patterns compiled, ready to run on any number of documents concurrently.
public struct CompiledRule: Sendable {
    /// The rule as written.
    public let rule: Rule
    /// Its patterns, compiled.
    public let patterns: [CompiledPattern]
    /// Its `unless` patterns, compiled.
    public let unless: [CompiledPattern]
    /// For each pattern, the words it cannot match without (nil: it runs on every text).
    public let prefilters: [LiteralPrefilter?]
}
