/// The content words of a topic or title, folded (lowercase, no accents, no plural s/x), for telling whether
/// an article's title names an announced topic.
enum TopicWords {
    /// Words that say nothing about a topic.
    static let stopWords: Set<String> = [
        "le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "et", "ou", "a", "au", "aux", "en", "dans",
        "pour", "par", "sur", "avec", "sans", "ce", "ces", "cet", "cette", "son", "sa", "ses", "votre", "vos",
        "notre", "nos", "mon", "ma", "mes", "leur", "leurs", "qui", "que", "quoi", "quel", "quelle", "comment",
        "pourquoi", "est", "sont", "vous", "nous", "je", "il", "elle", "on", "ils", "se", "s", "y", "ne", "pas",
        "plus", "tout", "tous", "partie", "article", "episode", "suite", "prochain", "prochaine", "etape",
    ]

    /// The folded content words of `text`.
    static func of(_ text: String) -> Set<String> {
        var words: Set<String> = []
        var current = ""
        func flush() {
            defer { current = "" }
            var word = current
            if word.count > 3, word.hasSuffix("s") || word.hasSuffix("x") { word.removeLast() }
            if word.count > 1, !stopWords.contains(word), !stopWords.contains(current) { words.insert(word) }
        }
        for character in text.lowercased() {
            if character.isLetter || character.isNumber {
                current.append(folded[character] ?? character)
            } else {
                flush()
            }
        }
        flush()
        return words
    }

    /// Whether `title` names `topic`: it holds all of the topic's content words when the topic has one or
    /// two, at least two of them otherwise.
    static func title(_ title: String, names topic: String) -> Bool {
        let wanted = of(topic)
        guard !wanted.isEmpty else { return false }
        let common = wanted.intersection(of(title)).count
        return wanted.count <= 2 ? common == wanted.count : common >= 2
    }

    private static let folded: [Character: Character] = [
        "à": "a", "â": "a", "ä": "a", "ç": "c", "é": "e", "è": "e", "ê": "e", "ë": "e", "î": "i", "ï": "i",
        "ô": "o", "ö": "o", "ù": "u", "û": "u", "ü": "u", "ÿ": "y", "œ": "o", "æ": "a",
    ]
}
