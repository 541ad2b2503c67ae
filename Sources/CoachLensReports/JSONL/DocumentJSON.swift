import CoachLensKit
import CoachLensPipeline

/// Writes one document's outcome as one JSON line (`--format jsonl`), keys in this order:
///
/// ```
/// {"document":…,"kind":…,"status":…,"reason":…,"encoding":…,"bytes":…,"tokens":…,"sentences":…,
///  "metadata":{front matter},"rule_packs":{"id":version,…},
///  "results":[{"plugin":…,"file":…,"columns":[…],"row":{column:value,…}|null,"decimals":{column:digits,…},
///              "findings":[{"rule","label","sentence","start","end","excerpt","matched","note","highlight":[a,b]}],
///              "warnings":[…]}, …]}
/// ```
///
/// The facts are documents.csv's and evidence.csv's (same names, `sentence` from 1); numbers keep full
/// precision and `decimals` gives the digits the CSV shows, so ``DocumentRecord`` reads back exactly what the
/// report writers need. Every plugin has an entry, with a null row for a document it did not score.
public struct DocumentJSON: Sendable {
    private let tables: [(plugin: String, columns: [String], prefix: String)]
    private let rulePacks: String

    /// Prepares the parts every line shares: the plugins' tables and the rule-pack versions.
    public init(plugins: [(id: String, table: TableSpec)], rulePacks: [(id: String, version: Int)]) {
        tables = plugins.map { plugin in
            let prefix = "{\"plugin\":" + JSONText.string(plugin.id)
                + ",\"file\":" + JSONText.string(plugin.table.fileName)
                + ",\"columns\":" + JSONText.strings(plugin.table.columns)
            return (plugin.id, plugin.table.columns, prefix)
        }
        self.rulePacks = JSONText.object(rulePacks.map { ($0.id, String($0.version)) })
    }

    /// The line for `outcome`, without its line break.
    public func line(_ outcome: DocumentOutcome) -> String {
        let row = outcome.row
        let results = tables.map { table in
            entry(table.prefix, columns: table.columns, result: outcome.results.first { $0.plugin == table.plugin })
        }
        return JSONText.object([
            ("document", JSONText.string(row.document)),
            ("kind", row.kind.map { JSONText.string($0.rawValue) } ?? "null"),
            ("status", JSONText.string(row.status.rawValue)),
            ("reason", JSONText.string(row.reason)),
            ("encoding", row.encoding.map { JSONText.string($0.rawValue) } ?? "null"),
            ("bytes", String(row.bytes)),
            ("tokens", String(row.tokens)),
            ("sentences", String(row.sentences)),
            ("metadata", JSONText.object(outcome.metadata.sorted { $0.key < $1.key }.map { ($0.key, JSONText.string($0.value)) })),
            ("rule_packs", rulePacks),
            ("results", "[" + results.joined(separator: ",") + "]"),
        ])
    }

    private func entry(_ prefix: String, columns: [String], result: PluginResult?) -> String {
        var rowText = "null"
        var decimals: [(key: String, value: String)] = []
        if let cells = result?.row {
            var members: [(key: String, value: String)] = []
            for (column, cell) in zip(columns, cells) {
                switch cell {
                case let .text(value): members.append((column, JSONText.string(value)))
                case let .integer(value): members.append((column, String(value)))
                case let .decimal(value, digits):
                    members.append((column, JSONText.number(value)))
                    decimals.append((column, String(digits)))
                }
            }
            rowText = JSONText.object(members)
        }
        let findings = (result?.findings ?? []).map { finding in
            JSONText.object([
                ("rule", JSONText.string(finding.rule)), ("label", JSONText.string(finding.label)),
                ("sentence", String(finding.sentence + 1)), ("start", String(finding.start)),
                ("end", String(finding.end)), ("excerpt", JSONText.string(finding.excerpt)),
                ("matched", JSONText.string(finding.matchedText)), ("note", JSONText.string(finding.note)),
                ("highlight", "[\(finding.highlight.lowerBound),\(finding.highlight.upperBound)]"),
            ])
        }
        return prefix + ",\"row\":" + rowText + ",\"decimals\":" + JSONText.object(decimals)
            + ",\"findings\":[" + findings.joined(separator: ",") + "],\"warnings\":"
            + JSONText.strings(result?.warnings ?? []) + "}"
    }
}
