import Foundation

/// Optional front matter at the top of a text: a `---` line, `key: value` lines, a closing `---` line.
public enum FrontMatter {
    /// The fields (keys lowercased) and the body after the block; the text unchanged when it has none.
    public static func split(_ text: String) -> (metadata: [String: String], body: String) {
        guard text.hasPrefix("---\n") else { return ([:], text) }
        var metadata: [String: String] = [:]
        var rest = text.dropFirst(4)
        while let newline = rest.firstIndex(of: "\n") ?? (rest.isEmpty ? nil : rest.endIndex) {
            let line = rest[..<newline]
            let after = newline < rest.endIndex ? rest.index(after: newline) : rest.endIndex
            if line.trimmingCharacters(in: .whitespaces) == "---" {
                return (metadata, String(rest[after...]))
            }
            guard let colon = line.firstIndex(of: ":") else { return ([:], text) }
            let key = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            var value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if value.count >= 2, let first = value.first, first == "\"" || first == "'", value.last == first {
                value = String(value.dropFirst().dropLast())
            }
            guard !key.isEmpty, !key.contains(" ") else { return ([:], text) }
            metadata[key] = value
            rest = rest[after...]
        }
        return ([:], text)
    }
}
