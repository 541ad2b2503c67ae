/// An announced article, and the article that delivers it if the blog has one.
public struct AnnouncementGap: Sendable, Equatable {
    /// The announcing article.
    public var document: String
    /// Its title.
    public var title: String
    /// What was announced.
    public var announcement: Announcement
    /// The article that covers the topic, if any.
    public var deliveredBy: String?
    /// How the delivering article was recognised (« titre », « segment principal »).
    public var deliveredHow: String?
}
