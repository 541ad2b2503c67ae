/// Everything gaps.md and gaps.html show: coverage of segments and steps, announced series and topics with
/// what exists of them, articles to rework, and the articles to write next. Each list is ranked, largest
/// gap first.
public struct GapReport: Sendable, Equatable {
    /// The analysed folder, as given.
    public var folder: String
    /// The articles, in input order.
    public var articles: [ArticleProfile]
    /// Whether the segments plugin scored the articles (otherwise segment coverage rests on segment names).
    public var segmentsScored: Bool
    /// Segment coverage, ranked.
    public var segments: [TopicCoverage]
    /// Step coverage, ranked.
    public var steps: [TopicCoverage]
    /// Announced series.
    public var series: [SeriesGap]
    /// Announced articles, missing ones first.
    public var announcements: [AnnouncementGap]
    /// Articles that promise results, most promises first (nil when the framing plugin did not run).
    public var promises: [ArticleFlag]?
    /// Articles centred on their author, lowest client share first (nil when the focus plugin did not run).
    public var selfCentred: [ArticleFlag]?
    /// The articles to write next, most needed first.
    public var suggestions: [ArticleSuggestion]

    /// The title of article `document`, or its path.
    public func title(of document: String) -> String {
        articles.first { $0.document == document }?.title ?? document
    }

    /// Whether the canvas series has an episode on segment `code` (« publié », « manquant »), when the blog
    /// announces one.
    public func seriesStatus(of code: String) -> String? {
        guard let series = series.first(where: { !$0.parts.isEmpty }),
              let part = series.parts.first(where: { $0.code == code }) else { return nil }
        return part.deliveredBy == nil ? "manquant" : "publié"
    }

    /// Announced articles that no article delivers.
    public var missingAnnouncements: [AnnouncementGap] { announcements.filter { $0.deliveredBy == nil } }
}
