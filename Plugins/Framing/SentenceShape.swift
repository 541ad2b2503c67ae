import CoachLensKit

/// The shape of a sentence, as far as framing cares: whether it asks a question.
enum SentenceShape {
    /// Marks that may close a sentence after its final punctuation.
    static let closers: Set<String> = ["»", "”", "\"", ")", "]", "’"]

    /// Whether sentence `index` ends with « ? » (looking past closing quotes and brackets): a guarantee asked
    /// about (« Est-ce que ça marche à tous les coups ? ») is not a promise.
    static func isQuestion(_ index: Int, in document: AnalyzedDocument) -> Bool {
        let tokens = document.tokens[document.sentences[index].tokens]
        guard let last = tokens.last(where: {
            $0.kind == .punctuation && !closers.contains(document.text(of: $0))
        }) else { return false }
        return document.utf8[Int(last.utf8Start)] == UInt8(ascii: "?")
    }
}
