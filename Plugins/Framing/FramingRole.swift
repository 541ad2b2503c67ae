/// What a rule of a framing pack evidences: a flag directly, or a cue the plugin combines with other hits.
///
/// The rule's `label` in YAML is one of these raw values; rules with any other label are ignored.
enum FramingRole: String, Sendable {
    /// A promise of results (negation is checked in code; a negated promise becomes responsibility framing).
    case guarantee
    /// Responsibility framing (dropped when negated, or when the text removes any effort from the client).
    case responsibility
    /// The narrator takes the failure on (« je sais pourquoi : je n'ai pas tenu mon planning ») or holds to the
    /// effort (« je m'y tiens »): responsibility, unless the same sentence also blames something outside.
    case selfAttribution = "self_attribution"
    /// An outside excuse set aside (« la crise a bon dos », « arrêtez de blâmer le marché »): responsibility
    /// framing, and no external attribution in the same sentence.
    case excuseRejected = "excuse_rejected"
    /// A failure blamed on outside factors, as written.
    case externalAttribution = "external_attribution"
    /// An outside cause (« à cause de », « mon associé »): external attribution only if the sentence says
    /// something failed.
    case externalCause = "external_cause"
    /// An outside circumstance (« la conjoncture », « l'algorithme »): external attribution if its sentence or a
    /// neighbouring one of the same paragraph says something failed.
    case externalFactor = "external_factor"
    /// Something failed or is missing in the sentence.
    case failureCue = "cue_failure"
    /// The sentence reports someone else's words or the narrator's past belief.
    case reportedCue = "cue_reported"
    /// The sentence criticises or discusses guarantees in general: any guarantee in it is not the author's promise.
    case criticCue = "cue_critic"
    /// The text takes every effort off the client (« vous n'avez rien à faire »).
    case effortRemovedCue = "cue_effort_removed"
}
