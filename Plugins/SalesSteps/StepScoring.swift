import CoachLensKit
import PCRE2Regex

/// The scoring of one document against a step method: which steps were done, the evidence kept, the order check.
struct StepScoring: Sendable {
    /// Step ids done, in method order.
    let done: [Bool]
    /// Cues kept (not vetoed), in text order.
    let kept: [CueHit]
    /// The order violation, if any.
    let violation: OrderCheck.Violation?
    /// Messages of rules that gave up on this document.
    let failures: [String]

    /// Scans `document` with `method`'s rules and the marker packs that apply to its kind.
    init(_ document: AnalyzedDocument, method: StepMethod, scratch: MatchScratch) {
        var failures: [String] = []
        var markers: [MarkerHit] = []
        var cues: [CueHit] = []
        for pack in method.markerPacks(for: document.document.kind) {
            let scan = RuleMatcher.scan(pack, in: document, scratch: scratch)
            failures += scan.failures
            for hit in scan.hits {
                guard let kind = MarkerKind(rawValue: pack.rules[hit.rule].rule.label) else { continue }
                markers.append(MarkerHit(kind: kind, sentence: hit.sentence, range: hit.utf8Range))
            }
        }
        let scan = RuleMatcher.scan(method.pack, in: document, scratch: scratch)
        failures += scan.failures
        for hit in scan.hits {
            let rule = method.pack.rules[hit.rule].rule
            switch method.roles[hit.rule] {
            case let .marker(kind):
                markers.append(MarkerHit(kind: kind, sentence: hit.sentence, range: hit.utf8Range))
            case let .step(id):
                cues.append(CueHit(step: id, isOrderCue: false, rule: rule.id, weight: rule.weight,
                                   sentence: hit.sentence, range: hit.utf8Range))
            case let .orderCue(id):
                cues.append(CueHit(step: id, isOrderCue: true, rule: rule.id, weight: 0,
                                   sentence: hit.sentence, range: hit.utf8Range))
            }
        }
        let filter = NotDoneFilter(document: document, markers: markers)
        let kept = cues.filter { filter.veto($0) == nil }
        var weights: [String: Double] = [:]
        for cue in kept where !cue.isOrderCue { weights[cue.step, default: 0] += cue.weight }
        done = method.steps.map { weights[$0.id, default: 0] >= 1 - 1e-9 }
        self.kept = kept
        violation = OrderCheck.violation(steps: method.steps, cues: kept, markers: markers)
        self.failures = failures
    }
}
