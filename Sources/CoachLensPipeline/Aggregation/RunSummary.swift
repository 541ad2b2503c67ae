import CoachLensKit

/// Everything the human summary shows, folded document by document in bounded memory: totals and one
/// ``TableAggregate`` per plugin. Nothing per document is kept beyond the aggregates' small samples.
public struct RunSummary: Sendable, Equatable {
    /// Counts over every input file.
    public private(set) var totals = RunTotals()
    /// One aggregate per plugin, in plugin order.
    public private(set) var tables: [TableAggregate]
    /// Warnings about documents (first ones only), in input order.
    public private(set) var warnings: [DocumentWarning] = []

    /// How many document warnings are kept.
    public static let warningLimit = 100

    /// An empty summary for plugins with these ids and tables.
    public init(tables: [(plugin: String, spec: TableSpec)]) {
        self.tables = tables.map { TableAggregate(plugin: $0.plugin, spec: $0.spec) }
    }

    /// The aggregate of plugin `id`, if it ran.
    public func table(_ id: String) -> TableAggregate? {
        tables.first { $0.plugin == id }
    }

    /// Folds one outcome in.
    public mutating func add(_ outcome: DocumentOutcome) {
        totals.add(outcome.row)
        for result in outcome.results {
            guard let index = tables.firstIndex(where: { $0.plugin == result.plugin }) else { continue }
            tables[index].add(document: outcome.row.document, result: result)
        }
        for warning in outcome.results.flatMap(\.warnings) where warnings.count < Self.warningLimit {
            warnings.append(DocumentWarning(document: outcome.row.document, message: warning))
        }
    }

    /// Adds the summary of a later shard.
    public mutating func merge(_ other: RunSummary) {
        totals.merge(other.totals)
        for index in tables.indices {
            if let match = other.tables.first(where: { $0.plugin == tables[index].plugin }) {
                tables[index].merge(match)
            }
        }
        warnings = Array((warnings + other.warnings).prefix(Self.warningLimit))
    }

}
