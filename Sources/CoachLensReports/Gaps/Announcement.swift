import CoachLensKit

/// An article announced by another one: « La prochaine étape, que je vais présenter, sera : Les valeurs
/// apportées ».
public struct Announcement: Sendable, Equatable {
    /// The announced topic as written (empty when the sentence names none).
    public var topic: String
    /// The segment code or step id the topic names, if any.
    public var code: String?
    /// Whether the cue is weak (« nous verrons ») rather than a clear announcement of a coming article.
    public var weak: Bool
    /// The sentence, the cue highlighted.
    public var evidence: Finding

    /// Creates an announcement.
    public init(topic: String, code: String?, weak: Bool, evidence: Finding) {
        self.topic = topic
        self.code = code
        self.weak = weak
        self.evidence = evidence
    }
}
