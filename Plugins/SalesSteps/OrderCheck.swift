import CoachLensKit

/// Decides `order_violation`: a later-stage action (a step with prerequisites, or an `order:` cue for it) that
/// happened before a prerequisite the note reports as coming afterwards.
///
/// Time is the position of the evidence in the note, corrected by order markers: a sentence saying « dès le
/// début » or « j'ai commencé par » comes first; an outcome line put ahead of the story (« Signé ! ») is left
/// out; an offer in a sentence saying « avant même de lui poser une question » is a violation by itself, and so is
/// the first offer of a note that says it came too early (« j'ai parlé prix trop tôt ») when no question came
/// before it; within a sentence, what follows « puis » or « ensuite » comes after what precedes it.
/// Only the first evidence of each step counts, so questions asked before a proposal are not undone by a
/// follow-up question later.
struct OrderCheck: Sendable {
    /// A violation: the late cue and the step it came before (nil when the sentence itself says « avant toute question »).
    struct Violation: Sendable {
        let cue: CueHit
        let before: String?
    }

    /// The first violation in the note, if any.
    static func violation(steps: [StepDefinition], cues: [CueHit], markers: [MarkerHit]) -> Violation? {
        let first = Set(markers.filter { $0.kind == .orderFirst }.map(\.sentence))
        let premature = Set(markers.filter { $0.kind == .orderPremature }.map(\.sentence))
        let regretted = markers.contains { $0.kind == .orderRegret }
        let outcome = Set(markers.filter { $0.kind == .orderOutcome }.map(\.sentence))
        let then = Dictionary(grouping: markers.filter { $0.kind == .orderThen }, by: \.sentence)
        let timed = cues.filter { !outcome.contains($0.sentence) }
        /// The part of its sentence a cue is in: how many « puis » come before it.
        func phase(_ cue: CueHit) -> Int {
            (then[cue.sentence] ?? []).filter { $0.range.upperBound <= cue.range.lowerBound }.count
        }
        func key(_ cue: CueHit) -> (Int, Int, Int, Int) {
            (first.contains(cue.sentence) ? -1 : 0, cue.sentence, phase(cue), cue.range.lowerBound)
        }
        func earliest(_ candidates: [CueHit]) -> CueHit? {
            candidates.min { key($0) < key($1) }
        }
        let lateSteps = steps.filter { !$0.requires.isEmpty }
        // « trop tôt » said of a first offer that no question preceded: the questions came after, or never.
        if regretted, let early = earliest(timed.filter { cue in lateSteps.contains { $0.id == cue.step } }),
           let requires = steps.first(where: { $0.id == early.step })?.requires,
           !timed.contains(where: { requires.contains($0.step) && !$0.isOrderCue && key($0) < key(early) }) {
            return Violation(cue: early, before: nil)
        }
        for step in lateSteps {
            let late = timed.filter { $0.step == step.id }
            if let early = late.first(where: { premature.contains($0.sentence) }) {
                return Violation(cue: early, before: nil)
            }
            guard let lateFirst = earliest(late) else { continue }
            for required in step.requires {
                guard let requiredFirst = earliest(timed.filter { $0.step == required && !$0.isOrderCue }) else {
                    continue
                }
                let sameMoment = requiredFirst.sentence == lateFirst.sentence && phase(requiredFirst) == phase(lateFirst)
                if !sameMoment, key(lateFirst) < key(requiredFirst) {
                    return Violation(cue: lateFirst, before: required)
                }
            }
        }
        return nil
    }
}
