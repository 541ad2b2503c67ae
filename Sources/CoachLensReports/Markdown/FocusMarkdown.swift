import CoachLensKit
import CoachLensPipeline

/// The `focus` section of summary.md: how many texts lean toward the client, toward oneself or both; the pronoun
/// counts, terms, client share and label of each document; the most self-centred sentences with the pack's
/// client-centred rewording when it has one; the orientation of each speaker of a session transcript; then sample
/// evidence per label.
enum FocusMarkdown {
    /// Self-centred sentences shown.
    static let sentenceLimit = 10

    static func section(_ table: TableAggregate) -> String {
        var text = "## \(MarkdownSummary.title(of: table.plugin)) (`\(table.spec.fileName)`, \(table.rows) documents)\n\n"
        guard table.rows > 0 else { return text + "Aucun document évalué.\n" }
        text += overview(table)
        text += documents(table)
        text += selfCentredSentences(table)
        text += speakers(table)
        text += MarkdownSummary.evidence(table)
        return text
    }

    /// The number of documents per label and how labels are decided.
    static func overview(_ table: TableAggregate) -> String {
        let labels = table.spec.columns.firstIndex(of: "label").map { table.valueCounts[$0] } ?? [:]
        return "Orientation dominante : centrés sur le client **\(labels["client"] ?? 0)**, "
            + "centrés sur soi **\(labels["self"] ?? 0)**, mixtes **\(labels["mixed"] ?? 0)**.\n\n"
            + "`client_share` est la part des phrases centrées sur le client parmi les phrases orientées (client ou "
            + "soi), chaque phrase pesée par sa netteté ; `client` à partir de 0,7, `self` jusqu’à 0,3, `mixed` entre "
            + "les deux. Les pronoms sont comptés sur tout le texte (objet, citations et signature compris).\n"
    }

    /// One row per document: counts, terms, share and label.
    static func documents(_ table: TableAggregate) -> String {
        let columns = [
            ("first_singular", "je, me, mon…"), ("first_plural", "nous, notre…"), ("second_person", "vous, tu, ton…"),
            ("client_terms", "termes client"), ("self_terms", "termes soi"), ("client_share", "part client"),
            ("label", "orientation"),
        ]
        var markdown = MarkdownTable(header: ["document"] + columns.map(\.1))
        markdown.rows = table.sample.prefix(MarkdownSummary.rowLimit).map { row in
            [row.document] + columns.map { cell(row, $0.0, in: table) }
        }
        var text = "\n### Par document\n\n" + markdown.markdown
        if table.rows > MarkdownSummary.rowLimit {
            text += "\n… et \(table.rows - MarkdownSummary.rowLimit) autres documents (voir `focus.csv`).\n"
        }
        return text
    }

    /// The most self-centred sentence of the most self-centred documents, with the suggested rewording.
    static func selfCentredSentences(_ table: TableAggregate) -> String {
        let rows = table.sample.filter { !cell($0, "top_self", in: table).isEmpty }
            .sorted { left, right in
                let key = { (row: TableAggregate.SampleRow) in
                    (number(row, "client_share", in: table), -number(row, "self_sentences", in: table))
                }
                return key(left) != key(right) ? key(left) < key(right) : left.document < right.document
            }
        var text = "\n### Phrases les plus centrées sur soi\n\n"
        guard !rows.isEmpty else { return text + "Aucune phrase centrée sur soi.\n" }
        for row in rows.prefix(sentenceLimit) {
            text += "- `\(row.document)` (part client \(cell(row, "client_share", in: table))) : « "
                + MarkdownTable.escape(cell(row, "top_self", in: table)) + " »\n"
            let suggestion = cell(row, "suggestion", in: table)
            if !suggestion.isEmpty {
                text += "  - reformulation centrée client : " + MarkdownTable.escape(suggestion) + "\n"
            }
        }
        return text
    }

    /// Each speaker's orientation in session transcripts (`Nom=label client/self` cells).
    static func speakers(_ table: TableAggregate) -> String {
        var markdown = MarkdownTable(header: ["document", "interlocuteur", "orientation", "phrases client", "phrases soi"])
        for row in table.sample {
            for part in cell(row, "speakers", in: table).split(separator: "|") {
                guard let equal = part.lastIndex(of: "=") else { continue }
                let fields = part[part.index(after: equal)...].split(separator: " ")
                let counts = fields.count > 1 ? fields[1].split(separator: "/").map(String.init) : []
                markdown.rows.append([
                    row.document, String(part[..<equal]), fields.first.map(String.init) ?? "",
                    counts.first ?? "", counts.count > 1 ? counts[1] : "",
                ])
            }
        }
        guard !markdown.rows.isEmpty else { return "" }
        return "\n### Par interlocuteur (transcriptions de séances)\n\n" + markdown.markdown
    }

    /// A cell of `row` as written in the CSV, or "" when the column is missing.
    static func cell(_ row: TableAggregate.SampleRow, _ column: String, in table: TableAggregate) -> String {
        guard let index = table.spec.columns.firstIndex(of: column), row.cells.indices.contains(index) else { return "" }
        if case let .text(value) = row.cells[index] { return value }
        return CSVDialect.rfc4180.field(row.cells[index])
    }

    /// A numeric cell of `row`, 0 when missing.
    static func number(_ row: TableAggregate.SampleRow, _ column: String, in table: TableAggregate) -> Double {
        guard let index = table.spec.columns.firstIndex(of: column), row.cells.indices.contains(index) else { return 0 }
        return row.cells[index].number ?? 0
    }
}
