/// What a marker rule of a steps pack says about the step cues around it, and how far that reaches.
///
/// Markers are rules whose `label` is one of these raw values, in the `step-markers` pack or in a method pack.
enum MarkerKind: String, CaseIterable, Sendable {
    /// Negation: from the marker to the end of its clause (« je n'ai pas reformulé », « pas de négo »).
    case negation
    /// A negation written after the step: the whole clause (« synthèse pas faite », « reformulation oubliée »).
    case negationClause = "negation-clause"
    /// A negative answer in a « label : value » line: the whole sentence (« Résumé : non », « ✘ variantes »), but
    /// only its own line when the sentence runs over several lines.
    case negativeAnswer = "negative-answer"
    /// A plan, intention or piece of advice: from the marker to the end of the sentence, or to the end of the
    /// paragraph when the marker opens a list (« À faire : », « je vais », « la prochaine fois », « j'aurais dû »).
    case plan
    /// A plan written after the step: the whole clause (« négociation prévue », « signature la semaine prochaine »).
    case planClause = "plan-clause"
    /// The steps of this sentence happened first in the meeting (« dès le début », « j'ai commencé par »).
    case orderFirst = "order-first"
    /// An offer or closing in this sentence came before any question or the summary (« avant même de lui poser
    /// une question », « avant même de récapituler », « sans poser une seule question »).
    case orderPremature = "order-premature"
    /// The note says an offer or closing came too early (« j'ai parlé prix trop tôt », « j'ai mis la charrue avant
    /// les bœufs », « vous ne m'avez même pas demandé… »): the note's first late action is a violation when no
    /// question came before it.
    case orderRegret = "order-regret"
    /// An outcome line placed ahead of the story (« Signé ! », « Bilan : »): ignored for the order.
    case orderOutcome = "order-outcome"
    /// What follows the marker in its sentence happened afterwards (« la démo dès le début, puis mes questions »):
    /// the sentence's cues after it come later than those before it.
    case orderThen = "order-then"

    /// True for the markers that say a step cue was not done.
    var vetoesSteps: Bool {
        switch self {
        case .negation, .negationClause, .negativeAnswer, .plan, .planClause: return true
        case .orderFirst, .orderPremature, .orderRegret, .orderOutcome, .orderThen: return false
        }
    }

    /// The short French note given when this marker vetoes a cue.
    var note: String {
        switch self {
        case .negation, .negationClause, .negativeAnswer: return "nié"
        case .plan, .planClause: return "prévu ou conseillé, pas fait"
        case .orderFirst, .orderPremature, .orderRegret, .orderOutcome, .orderThen: return ""
        }
    }
}
