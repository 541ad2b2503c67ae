import CoachLensKit
import CoachLensPipeline

/// Everything the calls report shows, folded note by note in bounded memory: one ``SalespersonAggregate`` per
/// salesperson (in order of first note), the session transcripts, and the texts that were not scored.
/// Mergeable: shards folded separately and merged in input order give the same aggregate as one pass.
public struct CallsAggregate: Sendable, Equatable {
    /// A text of the folder that the method did not score.
    public struct Unscored: Sendable, Equatable {
        /// The text's path.
        public var document: String
        /// Its kind (`other`, `article`, `session`…), empty when it could not be read.
        public var kind: String
        /// Why: the classifier's or the reader's reason.
        public var reason: String
    }

    /// Salespeople told apart; later ones are counted under « autres ».
    public static let salespersonLimit = 200
    /// Sessions and unscored texts kept by name.
    public static let listLimit = 200

    /// The method.
    public let method: CallsMethod
    /// Salespeople in order of first note.
    public private(set) var salespeople: [SalespersonAggregate] = []
    /// Session transcripts, in input order.
    public private(set) var sessions: [SessionRecord] = []
    /// Texts not scored, in input order.
    public private(set) var unscored: [Unscored] = []
    /// Unscored texts counted beyond ``listLimit``.
    public private(set) var unscoredCount = 0
    private var index: [String: Int] = [:]

    /// An empty aggregate for `method`.
    public init(method: CallsMethod) {
        self.method = method
    }

    /// Notes scored over all salespeople.
    public var notes: Int { salespeople.reduce(0) { $0 + $1.notes } }
    /// Mean coverage over all notes.
    public var meanCoverage: Double {
        notes == 0 ? 0 : salespeople.reduce(0) { $0 + $1.coverageSum } / Double(notes)
    }
    /// Notes whose order was not respected.
    public var orderViolations: Int { salespeople.reduce(0) { $0 + $1.orderViolations } }

    /// Folds one outcome: a scored note goes to its salesperson, a session to the sessions, anything else to
    /// the unscored texts. Returns the note's record when it was scored.
    @discardableResult
    public mutating func add(_ outcome: DocumentOutcome, spec: TableSpec) -> CallRecord? {
        if let session = SessionRecord(outcome: outcome, method: method, spec: spec) {
            if sessions.count < Self.listLimit { sessions.append(session) }
        }
        if let record = CallRecord(outcome: outcome, method: method, spec: spec) {
            add(record)
            return record
        }
        if outcome.row.kind != .session {
            unscoredCount += 1
            if unscored.count < Self.listLimit {
                var reason = outcome.row.reason
                if reason.isEmpty, let kind = outcome.row.kind {
                    reason = "la méthode « \(method.id) » ne s’applique pas aux textes de type « \(kind.rawValue) »"
                }
                unscored.append(Unscored(
                    document: outcome.row.document, kind: outcome.row.kind?.rawValue ?? "", reason: reason))
            }
        }
        return nil
    }

    /// Folds one scored note.
    public mutating func add(_ record: CallRecord) {
        var key = Salesperson.key(record.salesperson)
        if index[key] == nil, salespeople.count >= Self.salespersonLimit { key = Salesperson.key("autres") }
        if index[key] == nil {
            index[key] = salespeople.count
            let name = salespeople.count >= Self.salespersonLimit ? "autres" : record.salesperson
            salespeople.append(SalespersonAggregate(name: name, stepCount: method.steps.count))
        }
        salespeople[index[key]!].add(record)
    }

    /// Adds the aggregate of a later shard.
    public mutating func merge(_ other: CallsAggregate) {
        for person in other.salespeople {
            var key = Salesperson.key(person.name)
            if index[key] == nil, salespeople.count >= Self.salespersonLimit { key = Salesperson.key("autres") }
            if let position = index[key] {
                salespeople[position].merge(person)
            } else {
                index[key] = salespeople.count
                var copy = SalespersonAggregate(name: person.name, stepCount: method.steps.count)
                copy.merge(person)
                salespeople.append(copy)
            }
        }
        sessions = Array((sessions + other.sessions).prefix(Self.listLimit))
        unscored = Array((unscored + other.unscored).prefix(Self.listLimit))
        unscoredCount += other.unscoredCount
    }
}
