/// The short French feedback paragraph of one note: coverage, the steps found with the words that show them,
/// the steps missing, the order problem if any, and the next step to work on with its advice.
enum CallFeedback {
    /// Longest quotation kept, in characters.
    static let quoteLength = 70

    /// The paragraph, as Markdown.
    static func paragraph(_ record: CallRecord, method: CallsMethod) -> String {
        let total = method.steps.count
        let doneCount = record.done.filter { $0 }.count
        var sentences = ["Couverture \(doneCount)/\(total) (\(percent(record.coverage)))."]
        let found = zip(method.steps, record.done).filter(\.1).map { step, _ in
            record.evidence[step.id].map { "\(step.id) (« \(quote($0)) »)" } ?? step.id
        }
        if !found.isEmpty { sentences.append("Étapes relevées : " + found.joined(separator: ", ") + ".") }
        if record.missing.isEmpty {
            sentences.append("Toutes les étapes de la méthode sont relevées.")
        } else {
            let missing = record.missing.map { escape(method.title($0)) }
            sentences.append("Non relevées : " + missing.joined(separator: " ; ") + ".")
        }
        if record.orderViolation {
            var sentence = "Attention à l’ordre : " + escape(record.orderNote ?? "une étape est venue trop tôt")
            if !record.orderWords.isEmpty { sentence += ", d’après « \(quote(record.orderWords)) »" }
            sentences.append(sentence + ".")
        }
        if let first = record.missing.first, let step = method.step(first) {
            sentences.append("**Prochain axe** : \(escape(step.name)) — \(escape(step.advice))")
        }
        return sentences.joined(separator: " ")
    }

    /// A quotation cut to ``quoteLength`` and escaped for Markdown.
    static func quote(_ text: String) -> String {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        let cut = flat.count > quoteLength ? String(flat.prefix(quoteLength - 1)) + "…" : flat
        return escape(cut)
    }

    static func escape(_ text: String) -> String {
        MarkdownTable.escape(text)
    }

    /// « 70 % »
    static func percent(_ value: Double) -> String {
        "\(Int((value * 100).rounded())) %"
    }
}
