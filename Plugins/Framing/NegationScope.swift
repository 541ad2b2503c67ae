import CoachLensKit

/// Whether a match sits under a negation: « je ne garantis jamais un résultat », « aucune garantie de
/// résultat », « rien ne se fait sans effort », « je te garantis pas ».
///
/// The scope is the match's clause before it, read back to a comma, a colon, a quote or a conjunction that
/// opens a new clause (« mais », « si », « et »…), at most ``window`` words, plus the two words right after
/// the match. A match that holds a negation word of its own (« vous ne payez pas », « pas de recette
/// miracle », « personne ne prospectera à votre place ») was written with it and is taken as it is.
enum NegationScope {
    /// Words that negate what follows them in their clause.
    static let negators: Set<String> = [
        "ne", "n'", "jamais", "aucun", "aucune", "pas", "sans", "non", "ni", "rien", "nullement", "aucunement",
        "impossible", "refuse", "refusons", "refuser",
    ]
    /// Negation words that, inside the match itself, show the rule already spells out its negation. « sans »
    /// is not one: « sans effort » is negated by what comes before it (« rien ne se fait sans effort »).
    static let ownNegators: Set<String> = [
        "ne", "n'", "jamais", "aucun", "aucune", "pas", "non", "ni", "rien", "personne", "nullement",
    ]
    /// Negation words that may follow the verb in speech without « ne » (« je te garantis pas »).
    static let trailingNegators: Set<String> = ["pas", "jamais", "rien", "nullement", "aucunement", "point"]
    /// Words that open a new clause: a negation before them does not reach the match.
    static let clauseOpeners: Set<String> = [
        "mais", "et", "car", "donc", "or", "puis", "sinon", "alors", "si", "quand", "lorsque", "lorsqu'", "parce",
        "puisque", "puisqu'", "tandis", "cependant", "pourtant", "ou",
    ]
    /// Punctuation that closes a clause.
    static let clausePunctuation: Set<String> = [
        ",", ";", ":", "(", ")", "«", "»", "“", "”", "\"", "—", "–", "…", ".", "!", "?", "[", "]",
    ]
    /// The most words read back from the match.
    static let window = 10

    /// Whether the match at `range`, in sentence `sentence`, is negated.
    static func isNegated(_ range: Range<Int>, sentence: Int, in document: AnalyzedDocument) -> Bool {
        let tokens = document.sentences[sentence].tokens
        let first = firstToken(in: tokens, document: document) { Int($0.utf8End) > range.lowerBound }
        let pastLast = firstToken(in: first..<tokens.upperBound, document: document) {
            Int($0.utf8Start) >= range.upperBound
        }
        if (first..<pastLast).contains(where: { ownNegators.contains(word(at: $0, in: document)) }) {
            return false
        }
        return negatedBefore(first, in: tokens, document: document)
            || negatedAfter(pastLast, in: tokens, document: document)
    }

    /// The first token of `range` for which `predicate` holds, `predicate` being false then true along the
    /// tokens (a binary search: a sentence may be very long), or `range.upperBound`.
    static func firstToken(
        in range: Range<Int>, document: AnalyzedDocument, where predicate: (Token) -> Bool
    ) -> Int {
        var low = range.lowerBound, high = range.upperBound
        while low < high {
            let middle = (low + high) / 2
            if predicate(document.tokens[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }

    /// A negation word in the clause before token `index`.
    static func negatedBefore(_ index: Int, in tokens: Range<Int>, document: AnalyzedDocument) -> Bool {
        var position = index - 1
        var words = 0
        while position >= tokens.lowerBound, words < window {
            let word = word(at: position, in: document)
            if clausePunctuation.contains(word) || clauseOpeners.contains(word) { return false }
            if word == "s'", position + 1 < tokens.upperBound,
               ["il", "ils"].contains(self.word(at: position + 1, in: document)) {
                return false
            }
            if negators.contains(word), !(word == "non" && self.word(at: position + 1, in: document) == "seulement") {
                return true
            }
            position -= 1
            words += 1
        }
        return false
    }

    /// A spoken negation (« pas », « jamais ») among the two words after the match.
    static func negatedAfter(_ index: Int, in tokens: Range<Int>, document: AnalyzedDocument) -> Bool {
        for position in index..<min(index + 2, tokens.upperBound) {
            let word = word(at: position, in: document)
            if clausePunctuation.contains(word) { return false }
            if trailingNegators.contains(word) { return true }
        }
        return false
    }

    /// Token `index` lowercased, with any apostrophe as `'`.
    static func word(at index: Int, in document: AnalyzedDocument) -> String {
        guard document.tokens.indices.contains(index) else { return "" }
        return document.text(of: document.tokens[index]).lowercased().replacingOccurrences(of: "’", with: "'")
    }
}
