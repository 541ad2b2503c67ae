/// Makes a pattern tolerant of missing accents: every accented letter written in the pattern also matches its
/// bare letter ("é" matches "é" or "e"), because notes are often typed without accents.
///
/// Done once at load time by rewriting the pattern: outside a character class `é` becomes `[ée]`; inside one,
/// the bare letter is added. Escaped characters are left alone.
public enum AccentTolerance {
    static let bareLetters: [Character: Character] = [
        "à": "a", "â": "a", "ä": "a", "ç": "c", "é": "e", "è": "e", "ê": "e", "ë": "e",
        "î": "i", "ï": "i", "ô": "o", "ö": "o", "ù": "u", "û": "u", "ü": "u", "ÿ": "y",
        "À": "A", "Â": "A", "Ç": "C", "É": "E", "È": "E", "Ê": "E", "Î": "I", "Ô": "O", "Û": "U",
    ]

    /// The rewritten pattern.
    public static func expand(_ pattern: String) -> String {
        var result = ""
        var escaped = false
        var inClass = false
        for character in pattern {
            defer { escaped = escaped ? false : character == "\\" }
            if escaped {
                result.append(character)
                continue
            }
            if character == "[" { inClass = true } else if character == "]" { inClass = false }
            guard let bare = bareLetters[character] else {
                result.append(character)
                continue
            }
            result += inClass ? "\(character)\(bare)" : "[\(character)\(bare)]"
        }
        return result
    }
}
