/// Why `coachlens merge` cannot merge its inputs: the file (and line) and what is wrong, in French.
public struct MergeError: Error, CustomStringConvertible {
    /// The input file.
    public var path: String
    /// The line, when one is at fault.
    public var line: Int?
    /// What is wrong.
    public var reason: String

    public var description: String {
        "\(path)\(line.map { ":\($0)" } ?? "") : \(reason)"
    }
}
