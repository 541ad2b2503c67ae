import CoachLensKit

/// A suggested next article: a title, an angle, and why it comes now.
public struct ArticleSuggestion: Sendable, Equatable {
    /// The proposed title.
    public var title: String
    /// The angle to take.
    public var angle: String
    /// Why: the gap it fills.
    public var reason: String
    /// The segment code or step id it covers, if any.
    public var code: String?
    /// The article that shows the gap, if any.
    public var document: String?
    /// The sentence that shows it.
    public var evidence: Finding?
}
