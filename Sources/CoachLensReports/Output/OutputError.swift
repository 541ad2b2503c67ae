/// An output file could not be written.
public struct OutputError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file.
    public var path: String
    /// The system's reason.
    public var reason: String

    public var description: String { "impossible d’écrire \(path) : \(reason)" }
}
