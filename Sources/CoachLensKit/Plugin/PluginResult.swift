/// What a plugin found in one document: its table row (if it scores the document), evidence, and warnings.
public struct PluginResult: Sendable, Equatable {
    /// The plugin's id.
    public var plugin: String
    /// The row's cells after `document`, matching the plugin's ``TableSpec``; nil when the document is not scored.
    public var row: [Cell]?
    /// Evidence, in text order.
    public var findings: [Finding]
    /// Plain French warnings about this document ("texte de type other : non évalué").
    public var warnings: [String]

    /// Creates a result.
    public init(plugin: String, row: [Cell]?, findings: [Finding] = [], warnings: [String] = []) {
        self.plugin = plugin
        self.row = row
        self.findings = findings
        self.warnings = warnings
    }
}
