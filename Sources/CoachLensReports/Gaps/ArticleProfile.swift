import CoachLensKit

/// What `coachlens gaps` keeps of one article: a few numbers per segment, step and flag, and at most one
/// sentence of evidence for each — memory grows with the number of articles, not with their length.
public struct ArticleProfile: Sendable, Equatable {
    /// The article's path relative to the blog folder.
    public var document: String
    /// Its title (front matter or first line).
    public var title: String
    /// Its kind, as ingest decided it.
    public var kind: DocumentKind?

    /// Segment scores in [0, 1] from the segments plugin, by code (empty when it did not run).
    public var scores: [String: Double] = [:]
    /// The segments the segments plugin retained for the article.
    public var detected: [String] = []
    /// The first passage the segments plugin gave for each segment.
    public var segmentEvidence: [String: Finding] = [:]
    /// How often each segment is named (« valeur apportée », « canaux »…), by code.
    public var segmentNames: [String: Int] = [:]
    /// The shortest sentence naming each segment (a heading or list item names it most directly).
    public var segmentNameEvidence: [String: Finding] = [:]
    /// How often each sales step is discussed, by step id.
    public var stepMentions: [String: Int] = [:]
    /// The first sentence discussing each step.
    public var stepEvidence: [String: Finding] = [:]
    /// Mentions of the Business Model Canvas.
    public var canvasMentions = 0
    /// A series announcement (« série de neuf articles »), if any.
    public var series: Finding?
    /// The number of parts the series announcement gives.
    public var seriesParts: Int?
    /// The articles it announces (at most ``announcementLimit``).
    public var announcements: [Announcement] = []

    /// Whether the article promises results (nil when the framing plugin did not score it).
    public var guarantee: Bool?
    /// Whether it frames the client's own responsibility (nil when not scored).
    public var responsibility: Bool?
    /// Whether it blames failure on outside causes (nil when not scored).
    public var externalAttribution: Bool?
    /// Guarantee cues found.
    public var guaranteeHits = 0
    /// The first guarantee sentence.
    public var guaranteeEvidence: Finding?

    /// Client share in [0, 1] (nil when the focus plugin did not score the article).
    public var clientShare: Double?
    /// Focus label: `client`, `self` or `mixed` (nil when not scored).
    public var focusLabel: String?
    /// Pronoun counts: first person singular, plural, second person.
    public var pronouns: [String: Int] = [:]
    /// The first self-centred sentence.
    public var selfEvidence: Finding?

    /// Announcements kept per article.
    public static let announcementLimit = 5

    /// An empty profile.
    public init(document: String, title: String, kind: DocumentKind? = nil) {
        self.document = document
        self.title = title
        self.kind = kind
    }

    /// The article's main segment: the highest score (canvas order on ties), if it reaches
    /// ``GapAnalysis/mainScoreMinimum``;
    /// without scores, the segment named most often (at least ``GapAnalysis/namedMainMinimum`` times).
    public var mainSegment: String? {
        if !scores.isEmpty {
            let best = ReportVocabulary.segmentCodes.max { (scores[$0] ?? 0) < (scores[$1] ?? 0) }
            return best.flatMap { (scores[$0] ?? 0) >= GapAnalysis.mainScoreMinimum ? $0 : nil }
        }
        let best = ReportVocabulary.segmentCodes.max { (segmentNames[$0] ?? 0) < (segmentNames[$1] ?? 0) }
        return best.flatMap { (segmentNames[$0] ?? 0) >= GapAnalysis.namedMainMinimum ? $0 : nil }
    }

    /// Whether the article is about the canvas (it names it at least twice, or announces a canvas series).
    public var isCanvasArticle: Bool { canvasMentions >= 2 }
}
