/// Why a pattern could not be compiled or matched.
public enum PatternError: Error, Equatable, Sendable, CustomStringConvertible {
    /// PCRE2 rejected the pattern; `offset` is the UTF-8 byte offset PCRE2 points at.
    case compile(pattern: String, message: String, offset: Int)
    /// The match gave up after too many steps (a catastrophic pattern on this input).
    case matchLimit(pattern: String)
    /// Any other matching failure reported by PCRE2.
    case match(pattern: String, message: String)

    public var description: String {
        switch self {
        case let .compile(pattern, message, offset):
            return "motif invalide « \(pattern) » à la position \(offset) : \(message)"
        case let .matchLimit(pattern):
            return "le motif « \(pattern) » dépasse la limite de recherche (motif catastrophique ?)"
        case let .match(pattern, message):
            return "erreur de recherche pour « \(pattern) » : \(message)"
        }
    }
}
