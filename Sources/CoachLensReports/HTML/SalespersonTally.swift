import CoachLensKit
import CoachLensPipeline

/// Step coverage per salesperson, folded note by note in memory bounded by the number of salespeople.
///
/// The salesperson of a note is its front matter `vendeur` (or `vendeuse`, `commercial`), otherwise the
/// folder holding it (`marc-leroy/2026-02-12.txt` → « Marc Leroy »), unless that folder is a generic one such
/// as `calls` or `notes`; otherwise « non précisé ». Names are matched without case, accents or hyphens, so
/// `vendeur: Marc Leroy` and the folder `marc-leroy` are the same person.
public struct SalespersonTally: Sendable, Equatable {
    /// One salesperson's figures.
    public struct Person: Sendable, Equatable {
        /// The name as first written.
        public var name: String
        /// Notes scored.
        public var notes = 0
        /// Sum of the notes' coverage.
        public var coverageSum = 0.0
        /// Notes with an order violation.
        public var violations = 0
        /// Notes in which each step was done, by step column.
        public var done: [String: Int] = [:]

        /// The mean coverage.
        public var meanCoverage: Double { notes == 0 ? 0 : coverageSum / Double(notes) }
    }

    /// How many salespeople are told apart; later ones are counted under « autres ».
    public static let personLimit = 200
    /// The name given when a note names nobody.
    public static let unknown = "non précisé"
    /// Salespeople in order of first note.
    public private(set) var people: [Person] = []
    /// The step columns counted.
    public private(set) var stepColumns: [String] = []
    private var index: [String: Int] = [:]
    /// The salesperson of each of the first notes (as many as the summary keeps rows).
    private var documents: [String: Int] = [:]

    /// An empty tally.
    public init() {}

    /// A tally of the rows a steps table kept, naming salespeople from their folders only (no front matter).
    init(sample table: TableAggregate) {
        for row in table.sample {
            count(document: row.document, name: Salesperson.name(metadata: [:], document: row.document), cells: row.cells, spec: table.spec)
        }
    }

    /// Whether no note was counted.
    public var isEmpty: Bool { people.isEmpty }

    /// Counts one outcome when its `steps` result scored the document; `spec` is the steps table.
    public mutating func add(_ outcome: DocumentOutcome, steps spec: TableSpec?) {
        guard let spec, let cells = outcome.results.first(where: { $0.plugin == "steps" })?.row else { return }
        let name = Salesperson.name(metadata: outcome.metadata, document: outcome.row.document)
        count(document: outcome.row.document, name: name, cells: cells, spec: spec)
    }

    /// The salesperson of `document`, if it is among the first notes counted.
    public func salesperson(of document: String) -> String? {
        documents[document].map { people[$0].name }
    }

    private mutating func count(document: String, name: String?, cells: [Cell], spec: TableSpec) {
        if stepColumns.isEmpty { stepColumns = TableColumns.stepColumns(of: spec) }
        let shown = name ?? Self.unknown
        var key = Salesperson.key(shown)
        if index[key] == nil, people.count >= Self.personLimit { key = Salesperson.key("autres") }
        let position: Int
        if let existing = index[key] {
            position = existing
        } else {
            position = people.count
            index[key] = position
            people.append(Person(name: people.count >= Self.personLimit ? "autres" : shown))
        }
        func number(_ column: String) -> Double {
            guard let at = spec.columns.firstIndex(of: column), at < cells.count else { return 0 }
            return cells[at].number ?? 0
        }
        people[position].notes += 1
        people[position].coverageSum += number("coverage")
        if number("order_violation") > 0 { people[position].violations += 1 }
        for step in stepColumns where number(step) > 0 { people[position].done[step, default: 0] += 1 }
        if documents.count < TableAggregate.sampleLimit { documents[document] = position }
    }
}
