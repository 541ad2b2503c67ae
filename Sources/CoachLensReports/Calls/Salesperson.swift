/// Who wrote a note: the front matter's `vendeur:` (or `vendeuse`, `commercial`, `salesperson`), else the
/// first sub-folder of the note's path that is not a generic folder name (`calls`, `notes`, …), written as a
/// name (`claire-martin` → « Claire Martin »).
enum Salesperson {
    /// The name shown when a note names nobody.
    static let unknown = "non précisé"
    /// Front matter keys naming the salesperson.
    static let metadataKeys = ["vendeur", "vendeuse", "commercial", "commerciale", "salesperson"]
    /// Folder names that hold notes without naming anyone.
    static let genericFolders: Set<String> = [
        "calls", "call", "appels", "appel", "notes", "comptes rendus", "cr", "sessions", "rdv", "rendez vous",
        "visites", "corpus", "data", "reports", "inbox", "articles", "seances", "séances",
    ]

    /// The salesperson of a note, or nil when neither the front matter nor the path names one.
    static func name(metadata: [String: String], document: String) -> String? {
        for key in metadataKeys {
            if let value = metadata[key]?.trimmed(of: " \t"), !value.isEmpty { return value }
        }
        let folders = document.split(separator: "/").dropLast()
        guard let folder = folders.first(where: { !genericFolders.contains(key(String($0))) }) else { return nil }
        return folder.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == "." || $0 == " " })
            .map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
    }

    /// A name folded for grouping: lowercase, no accents, separators as single spaces.
    static func key(_ name: String) -> String {
        var result = ""
        var pendingSpace = false
        for character in name.lowercased() {
            if character == "-" || character == "_" || character == "." || character.isWhitespace {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace { result.append(" "); pendingSpace = false }
            result.append(folded[character] ?? character)
        }
        return result
    }

    private static let folded: [Character: Character] = [
        "à": "a", "â": "a", "ä": "a", "ç": "c", "é": "e", "è": "e", "ê": "e", "ë": "e", "î": "i", "ï": "i",
        "ô": "o", "ö": "o", "ù": "u", "û": "u", "ü": "u", "ÿ": "y", "ñ": "n",
    ]
}

fileprivate extension String {
    /// The string without leading and trailing characters from `set`.
    func trimmed(of set: String) -> String {
        let members = Set(set)
        var characters = Substring(self)
        while let first = characters.first, members.contains(first) { characters.removeFirst() }
        while let last = characters.last, members.contains(last) { characters.removeLast() }
        return String(characters)
    }
}
