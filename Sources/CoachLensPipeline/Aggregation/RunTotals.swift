import CoachLensKit

/// Corpus-level counts over documents.csv rows; mergeable, so shards can be summed.
public struct RunTotals: Sendable, Equatable {
    /// How many failed or skipped files are kept by name for the summary.
    public static let problemLimit = 50

    public var files = 0
    public var analysed = 0
    public var skipped = 0
    public var failed = 0
    public var bytes = 0
    public var tokens = 0
    public var sentences = 0
    /// Analysed documents per kind.
    public var kinds: [DocumentKind: Int] = [:]
    /// The first skipped or failed files, in input order.
    public var problems: [DocumentRow] = []

    /// Empty totals.
    public init() {}

    /// Counts one row.
    public mutating func add(_ row: DocumentRow) {
        files += 1
        bytes += row.bytes
        tokens += row.tokens
        sentences += row.sentences
        switch row.status {
        case .ok:
            analysed += 1
            if let kind = row.kind { kinds[kind, default: 0] += 1 }
        case .skipped:
            skipped += 1
        case .error:
            failed += 1
        }
        if row.status != .ok, problems.count < Self.problemLimit { problems.append(row) }
    }

    /// Adds the totals of a later shard.
    public mutating func merge(_ other: RunTotals) {
        files += other.files
        analysed += other.analysed
        skipped += other.skipped
        failed += other.failed
        bytes += other.bytes
        tokens += other.tokens
        sentences += other.sentences
        kinds.merge(other.kinds, uniquingKeysWith: +)
        problems = Array((problems + other.problems).prefix(Self.problemLimit))
    }
}
