import CoachLensKit

/// A sentence that shows a gap, and the article it comes from.
public struct GapEvidence: Sendable, Equatable {
    /// The article's path.
    public var document: String
    /// The sentence, matched words highlighted.
    public var finding: Finding

    /// Creates evidence.
    public init(document: String, finding: Finding) {
        self.document = document
        self.finding = finding
    }
}
