import CoachLensKit
import Foundation
import PCRE2Regex

/// Sales-step coverage of call notes (and protocol steps of session transcripts) against a step method.
///
/// The method is a rule pack with `steps` (`methods/*.yaml`, or the user's `--rules DIR`), chosen by
/// ``AnalysisOptions/method``. Each rule labelled with a step id is a cue that the step was done; the
/// `step-markers` pack says when a cue is negated, only planned or given as advice, and how the note orders
/// events. A step is done when the weights of its kept cues reach 1. Only documents of the kinds the method
/// applies to are scored; sessions also get per-speaker figures as findings (rule `prise-de-parole`).
public struct SalesStepsPlugin: AnalysisPlugin {
    /// The plugin's id, as used by `--plugins`.
    public static let id = "steps"
    /// The built-in methods and the `step-markers` pack, shipped in the plugin's bundle.
    public static var builtinRules: URL { Bundle.module.url(forResource: "methods", withExtension: nil)! }
    /// The rule id of the order-violation finding.
    public static let orderRule = "ordre"
    /// The label of the order-violation finding.
    public static let orderLabel = "order_violation"

    /// steps.csv: `method`, the method's step ids, `coverage`, `order_violation`, `missing`.
    public let table: TableSpec
    private let method: StepMethod

    /// Builds the plugin with the method named in `options` (an unknown method is an error naming the others).
    public init(library: RuleLibrary, options: AnalysisOptions) throws(RulePackError) {
        let packs = library.packs(for: Self.id)
        let methods = packs.filter { !$0.pack.steps.isEmpty }
        guard let chosen = methods.last(where: { $0.pack.id == options.method }) else {
            throw .unknownMethod(id: options.method, available: methods.map(\.pack.id).sorted())
        }
        method = try StepMethod(pack: chosen, markerPacks: packs.filter { $0.pack.steps.isEmpty })
        table = TableSpec(
            fileName: "steps.csv",
            columns: ["method"] + chosen.pack.steps.map(\.id) + ["coverage", "order_violation", "missing"])
    }

    /// The method's id.
    public var methodID: String { method.pack.pack.id }
    /// The method's display name (its id when the pack gives none).
    public var methodName: String { method.pack.pack.name ?? method.pack.pack.id }
    /// The method's steps, in order.
    public var steps: [StepDefinition] { method.steps }
    /// The kinds of document the method scores.
    public var appliesTo: Set<DocumentKind> { method.appliesTo }

    /// The markers' patterns, then the method's.
    public var patterns: [String] {
        method.markerPacks.flatMap(\.pack.patternSources) + method.pack.patternSources
    }

    /// Scores `document` when the method applies to its kind; sessions also get their speakers' figures.
    public func analyze(_ document: AnalyzedDocument, scratch: MatchScratch) -> PluginResult {
        let kind = document.document.kind
        let speakers = kind == .session ? SpeakerStatistics(document).findings : []
        // A text the method does not apply to is not scored; the kind classifier already explains, in the
        // documents.csv reason, why a text of a calls folder is not a call note.
        guard method.appliesTo.contains(kind) else {
            return PluginResult(plugin: Self.id, row: nil, findings: speakers)
        }
        let scoring = StepScoring(document, method: method, scratch: scratch)
        var findings = speakers + evidence(scoring, in: document)
        if let violation = scoring.violation {
            findings.append(document.finding(
                rule: Self.orderRule, label: Self.orderLabel, utf8Range: violation.cue.range,
                note: orderNote(violation)))
        }
        findings.sort { ($0.start, $0.label) < ($1.start, $1.label) }
        let steps = method.steps
        let doneCount = scoring.done.filter { $0 }.count
        let missing = zip(steps, scoring.done).filter { !$0.1 }.map(\.0.id)
        let row: [Cell] = [.text(methodID)] + scoring.done.map(Cell.flag) + [
            .decimal(steps.isEmpty ? 0 : Double(doneCount) / Double(steps.count), digits: 3),
            .flag(scoring.violation != nil),
            .text(missing.joined(separator: "|")),
        ]
        return PluginResult(plugin: Self.id, row: row, findings: findings, warnings: scoring.failures)
    }

    /// One finding per kept step cue (overlapping cues of one step kept once), the step's name as note.
    private func evidence(_ scoring: StepScoring, in document: AnalyzedDocument) -> [Finding] {
        var findings: [Finding] = []
        var covered: [String: [Range<Int>]] = [:]
        for cue in scoring.kept where !cue.isOrderCue {
            guard !(covered[cue.step] ?? []).contains(where: { $0.overlaps(cue.range) }) else { continue }
            covered[cue.step, default: []].append(cue.range)
            findings.append(document.finding(
                rule: cue.rule, label: cue.step, utf8Range: cue.range, note: method.step(cue.step)?.name ?? ""))
        }
        return findings
    }

    /// « proposition ou conclusion avant : Poser beaucoup de questions… »
    private func orderNote(_ violation: OrderCheck.Violation) -> String {
        let late = method.step(violation.cue.step)?.name ?? violation.cue.step
        guard let before = violation.before else { return "« \(late) » avant toute question" }
        return "« \(late) » avant « \(method.step(before)?.name ?? before) »"
    }
}
