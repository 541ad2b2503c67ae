import CoachLensKit

/// Corpus-level figures for one plugin's table: row count, column sums, the frequency of each value in
/// `|`-joined label columns, the first rows (for the summary's tables and charts) and sample evidence.
/// Mergeable: a shard's aggregate merged into the previous shard's equals the aggregate of both.
public struct TableAggregate: Sendable, Equatable {
    /// The first rows kept for the summary.
    public static let sampleLimit = 200
    /// Evidence kept per label.
    public static let evidencePerLabel = 5
    /// Distinct values counted per text column; past that, values are not counted.
    public static let distinctValueLimit = 200

    /// One kept row.
    public struct SampleRow: Sendable, Equatable {
        public var document: String
        public var cells: [Cell]
    }

    /// One kept finding.
    public struct SampleFinding: Sendable, Equatable {
        public var document: String
        public var finding: Finding
    }

    /// The table's plugin.
    public let plugin: String
    /// The table's file and columns.
    public let spec: TableSpec
    /// Rows written.
    public private(set) var rows = 0
    /// Sum of each numeric column (0 for text columns).
    public private(set) var sums: [Double]
    /// For each text column, how often each `|`-separated value occurs.
    public private(set) var valueCounts: [[String: Int]]
    /// The first rows, in input order.
    public private(set) var sample: [SampleRow] = []
    /// The first findings of each label, in input order.
    public private(set) var evidence: [String: [SampleFinding]] = [:]
    /// Findings counted per label.
    public private(set) var findingCounts: [String: Int] = [:]

    /// An empty aggregate for `spec`.
    public init(plugin: String, spec: TableSpec) {
        self.plugin = plugin
        self.spec = spec
        sums = Array(repeating: 0, count: spec.columns.count)
        valueCounts = Array(repeating: [:], count: spec.columns.count)
    }

    /// The mean of column `name` over the rows, if numeric.
    public func mean(of name: String) -> Double? {
        guard rows > 0, let index = spec.columns.firstIndex(of: name) else { return nil }
        return sums[index] / Double(rows)
    }

    /// Counts one document's result.
    public mutating func add(document: String, result: PluginResult) {
        for finding in result.findings {
            findingCounts[finding.label, default: 0] += 1
            if evidence[finding.label, default: []].count < Self.evidencePerLabel {
                evidence[finding.label, default: []].append(SampleFinding(document: document, finding: finding))
            }
        }
        guard let cells = result.row else { return }
        rows += 1
        for (index, cell) in cells.enumerated() where index < sums.count {
            switch cell {
            case let .text(value):
                for part in value.split(separator: "|") where !part.isEmpty {
                    let key = String(part)
                    if valueCounts[index][key] != nil || valueCounts[index].count < Self.distinctValueLimit {
                        valueCounts[index][key, default: 0] += 1
                    }
                }
            default:
                sums[index] += cell.number ?? 0
            }
        }
        if sample.count < Self.sampleLimit { sample.append(SampleRow(document: document, cells: cells)) }
    }

    /// Adds the aggregate of a later shard.
    public mutating func merge(_ other: TableAggregate) {
        rows += other.rows
        for index in sums.indices {
            sums[index] += other.sums[index]
            valueCounts[index].merge(other.valueCounts[index], uniquingKeysWith: +)
        }
        sample = Array((sample + other.sample).prefix(Self.sampleLimit))
        for (label, findings) in other.evidence {
            evidence[label] = Array((evidence[label, default: []] + findings).prefix(Self.evidencePerLabel))
        }
        findingCounts.merge(other.findingCounts, uniquingKeysWith: +)
    }
}
