/// One salesperson's notes folded together: count, coverage, how often each step is missing, order violations,
/// and the first notes themselves for the grid and the feedback. Mergeable: a shard's aggregate merged into the
/// previous shard's equals the aggregate of both.
public struct SalespersonAggregate: Sendable, Equatable {
    /// Notes kept in full (grid and feedback); later ones are only counted.
    public static let recordLimit = 500

    /// The name as first written.
    public let name: String
    /// Notes scored.
    public private(set) var notes = 0
    /// Sum of the notes' coverage.
    public private(set) var coverageSum = 0.0
    /// How many notes miss each step, in method order.
    public private(set) var missingCounts: [Int]
    /// Notes whose order was not respected.
    public private(set) var orderViolations = 0
    /// The first notes, in input order.
    public private(set) var records: [CallRecord] = []

    /// An empty aggregate for a method with `stepCount` steps.
    public init(name: String, stepCount: Int) {
        self.name = name
        missingCounts = Array(repeating: 0, count: stepCount)
    }

    /// The mean coverage of the notes.
    public var meanCoverage: Double { notes == 0 ? 0 : coverageSum / Double(notes) }

    /// Indexes of the steps most often missing (at most `limit`, missing in at least one note), most missing
    /// first, ties in method order.
    public func mostMissing(limit: Int = 3) -> [Int] {
        missingCounts.indices.filter { missingCounts[$0] > 0 }
            .sorted { (missingCounts[$1], $0) < (missingCounts[$0], $1) }
            .prefix(limit).map { $0 }
    }

    /// Counts one note.
    public mutating func add(_ record: CallRecord) {
        notes += 1
        coverageSum += record.coverage
        for (index, done) in record.done.enumerated() where !done && index < missingCounts.count {
            missingCounts[index] += 1
        }
        if record.orderViolation { orderViolations += 1 }
        if records.count < Self.recordLimit { records.append(record) }
    }

    /// Adds the aggregate of a later shard.
    public mutating func merge(_ other: SalespersonAggregate) {
        notes += other.notes
        coverageSum += other.coverageSum
        for index in missingCounts.indices where index < other.missingCounts.count {
            missingCounts[index] += other.missingCounts[index]
        }
        orderViolations += other.orderViolations
        records = Array((records + other.records).prefix(Self.recordLimit))
    }
}
