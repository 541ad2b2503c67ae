/// What a text is, which decides the analyses that apply to it.
public enum DocumentKind: String, Sendable, Codable, CaseIterable {
    /// A blog article or any prose written for readers.
    case article
    /// A session transcript with speaker turns (`Animateur :`, `Q :`, `> :`, `Client :`).
    case session
    /// A salesperson's notes after a client meeting or call.
    case call
    /// Anything else: a menu, a newsletter, a reminder.
    case other
}
