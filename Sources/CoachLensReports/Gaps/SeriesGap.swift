import CoachLensKit

/// A series an article announces (« cette série de neuf articles »), and which of its parts exist.
public struct SeriesGap: Sendable, Equatable {
    /// One announced part.
    public struct Part: Sendable, Equatable {
        /// The segment code it is about.
        public var code: String
        /// The article that delivers it, if any.
        public var deliveredBy: String?
    }

    /// The announcing article.
    public var document: String
    /// Its title.
    public var title: String
    /// The number of parts announced, if stated.
    public var announcedParts: Int?
    /// The parts, in canvas order (empty when the series is not about the canvas).
    public var parts: [Part]
    /// The announcing sentence.
    public var evidence: Finding

    /// Parts not delivered.
    public var missing: [Part] { parts.filter { $0.deliveredBy == nil } }
}
