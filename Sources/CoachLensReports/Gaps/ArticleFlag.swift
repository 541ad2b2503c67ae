import CoachLensKit

/// An article to rework: one that promises results, or one that talks about itself more than the reader.
public struct ArticleFlag: Sendable, Equatable {
    /// The article.
    public var document: String
    /// Its title.
    public var title: String
    /// The figure it is ranked by: guarantee cues, or client share.
    public var value: Double
    /// A short French description of the figure.
    public var detail: String
    /// The sentence that shows it.
    public var evidence: Finding?
}
