/// How the blog covers one segment or step, with the sentences that show it.
public struct TopicCoverage: Sendable, Equatable {
    /// The segment code or step id.
    public var code: String
    /// Its French name.
    public var name: String
    /// Absent, thin or covered.
    public var status: CoverageStatus
    /// The articles about it (their main topic).
    public var mainArticles: [String]
    /// The articles that discuss or name it.
    public var mentioningArticles: [String]
    /// How much the blog says about it: the best segment score, or the number of step mentions.
    public var strength: Double
    /// Where it shows, at most two sentences: its best passages, or the places it is only named.
    public var evidence: [GapEvidence]
}
