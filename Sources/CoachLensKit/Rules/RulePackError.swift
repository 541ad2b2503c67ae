/// Why rule packs could not be loaded; each case names the file and, where known, the line and column.
public enum RulePackError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file or folder could not be read.
    case unreadable(file: String, reason: String)
    /// The YAML is malformed or does not have the pack's shape.
    case invalid(file: String, line: Int, column: Int, message: String)
    /// A pattern does not compile.
    case invalidPattern(file: String, line: Int, column: Int, rule: String, pattern: String, message: String)
    /// A step method was asked for that no loaded pack defines.
    case unknownMethod(id: String, available: [String])

    public var description: String {
        switch self {
        case let .unreadable(file, reason):
            return "\(file): illisible : \(reason)"
        case let .invalid(file, line, column, message):
            return "\(file):\(line):\(column): \(message)"
        case let .invalidPattern(file, line, column, rule, pattern, message):
            return "\(file):\(line):\(column): règle \(rule) : motif invalide « \(pattern) » : \(message)"
        case let .unknownMethod(id, available):
            return "méthode inconnue « \(id) » (disponibles : \(available.joined(separator: ", ")))"
        }
    }
}
