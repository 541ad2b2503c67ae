import Foundation
import PCRE2Regex

/// An analysis: a pure function from a tokenized document to figures and evidence.
///
/// Plugins hold only immutable, compiled state (their rule packs), so one instance serves every task at once.
/// A plugin reads its packs from a ``RuleLibrary``: the built-in ones shipped in its bundle plus the user's
/// `--rules DIR`.
public protocol AnalysisPlugin: Sendable {
    /// The plugin's id (`segments`, `steps`, `focus`, `framing`, `stats`), as used by `--plugins`.
    static var id: String { get }
    /// The folder of built-in YAML packs shipped in the plugin's bundle.
    static var builtinRules: URL { get }
    /// Builds the plugin from the packs of `library` whose `plugin` is ``id``.
    init(library: RuleLibrary, options: AnalysisOptions) throws(RulePackError)
    /// The CSV this plugin writes.
    var table: TableSpec { get }
    /// Every pattern the plugin runs, for `coachlens rules patterns`.
    var patterns: [String] { get }
    /// Analyses one document. `scratch` belongs to the calling task.
    func analyze(_ document: AnalyzedDocument, scratch: MatchScratch) -> PluginResult
}
