import CoachLensKit
import CoachLensPipeline

/// One scored note as the calls report shows it: who wrote it, for which client, which steps were done, the
/// evidence quoted, and the order check.
public struct CallRecord: Sendable, Equatable {
    /// The note's path, relative to the input folder.
    public var document: String
    /// The salesperson (``Salesperson/unknown`` when nothing names one).
    public var salesperson: String
    /// Front matter `client:` (empty when absent).
    public var client: String
    /// Front matter `date:` (empty when absent).
    public var date: String
    /// One flag per step, in method order.
    public var done: [Bool]
    /// Share of the steps done.
    public var coverage: Double
    /// Whether a later step came before a prerequisite.
    public var orderViolation: Bool
    /// Missing step ids, in method order.
    public var missing: [String]
    /// The first piece of evidence of each step done: step id → its sentence from the matched words on.
    public var evidence: [String: String]
    /// The order finding's note (« « Proposer… » avant « Résumer… » »), when the order was not respected.
    public var orderNote: String?
    /// The words of the action that came too early.
    public var orderWords = ""

    /// Reads the steps result of `outcome`; nil when the note was not scored.
    public init?(outcome: DocumentOutcome, method: CallsMethod, spec: TableSpec) {
        guard let result = outcome.results.first(where: { $0.plugin == CallsMethod.plugin }), let cells = result.row
        else { return nil }
        func cell(_ column: String) -> Cell? {
            spec.columns.firstIndex(of: column).flatMap { $0 < cells.count ? cells[$0] : nil }
        }
        document = outcome.row.document
        salesperson = Salesperson.name(metadata: outcome.metadata, document: outcome.row.document) ?? Salesperson.unknown
        client = outcome.metadata["client"] ?? ""
        date = outcome.metadata["date"] ?? ""
        done = method.stepIDs.map { (cell($0)?.number ?? 0) > 0 }
        coverage = cell("coverage")?.number ?? 0
        orderViolation = (cell("order_violation")?.number ?? 0) > 0
        missing = zip(method.stepIDs, done).filter { !$0.1 }.map(\.0)
        var evidence: [String: String] = [:]
        for finding in result.findings where evidence[finding.label] == nil && method.step(finding.label) != nil {
            evidence[finding.label] = Self.quotation(finding)
        }
        self.evidence = evidence
        if let order = result.findings.first(where: { $0.label == "order_violation" }) {
            orderNote = order.note
            orderWords = order.matchedText
        }
    }

    /// The finding's sentence from its matched words to the end: a cue such as « Prépa : » alone says
    /// little, the words after it say what was done.
    static func quotation(_ finding: Finding) -> String {
        let scalars = Array(finding.excerpt.unicodeScalars)
        let start = min(max(finding.highlight.lowerBound, 0), scalars.count)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start...])
        var text = Substring(String(view))
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return text.isEmpty ? finding.matchedText : String(text)
    }
}
