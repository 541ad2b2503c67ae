/// A match of a step method's rule in a document: a step cue or an order cue.
struct CueHit: Sendable {
    /// The step the cue is about.
    let step: String
    /// True for `order:` cues, which place an action in time without making the step done.
    let isOrderCue: Bool
    /// The rule's id.
    let rule: String
    /// The rule's weight: the weights of a step's kept cues must add up to 1 for the step to be done.
    let weight: Double
    /// The sentence holding the cue.
    let sentence: Int
    /// UTF-8 byte range of the matched words.
    let range: Range<Int>
}

/// A match of a marker rule.
struct MarkerHit: Sendable {
    /// What the marker says.
    let kind: MarkerKind
    /// The sentence holding the marker.
    let sentence: Int
    /// UTF-8 byte range of the marker.
    let range: Range<Int>
}
