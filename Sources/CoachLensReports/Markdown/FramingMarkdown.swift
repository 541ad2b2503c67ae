import CoachLensKit
import CoachLensPipeline

/// The `framing` section of summary.md: guarantee promises first, as risks to fix, each with its sentence and
/// matched words; then the balance per document (guarantee, responsibility and external attribution hits);
/// then responsibility framing and external attributions, with reported speech marked.
enum FramingMarkdown {
    /// One flag of framing.csv: its column, its hits column and how the summary names it.
    struct Flag {
        var column: String
        var hitsColumn: String
        var heading: String
        var none: String
    }

    static let guarantee = Flag(
        column: "guarantee", hitsColumn: "guarantee_hits",
        heading: "Promesses de garantie à corriger",
        none: "Aucune promesse de résultat ni de remboursement au résultat : rien à corriger.")
    static let responsibility = Flag(
        column: "responsibility", hitsColumn: "responsibility_hits",
        heading: "Responsabilité et engagement du client",
        none: "Aucun cadrage de la responsabilité du client.")
    static let external = Flag(
        column: "external_attribution", hitsColumn: "external_hits",
        heading: "Attribution externe de l’échec",
        none: "Aucun échec attribué à l’extérieur.")

    /// The note the framing plugin puts on quoted or reported words.
    static let reportedNote = "discours rapporté"

    /// What to do about a guarantee promise.
    static let guaranteeAdvice = "Une garantie de résultat engage sur ce que le client seul peut produire : "
        + "reformulez en garantie de moyens (présence, méthode, cadre) et ramenez le résultat à l’engagement du client."
    /// What « discours rapporté » means.
    static let reportedAdvice = "_(\(reportedNote))_ : l’attribution est celle d’un tiers (client, collègue), "
        + "citée par l’auteur."

    /// The whole section.
    static func section(_ table: TableAggregate) -> String {
        let title = MarkdownSummary.title(of: table.plugin)
        var text = "## \(title) (`\(table.spec.fileName)`, \(table.rows) documents)\n\n"
        guard table.rows > 0 else { return text + "Aucun document évalué.\n" }
        text += overview(table)
        text += findings(guarantee, in: table, advice: guaranteeAdvice)
        text += balance(table)
        text += findings(responsibility, in: table, advice: nil)
        let reported = (table.evidence[external.column] ?? []).contains { $0.finding.note == reportedNote }
        text += findings(external, in: table, advice: reported ? reportedAdvice : nil)
        return text
    }

    /// How many documents carry each flag.
    static func overview(_ table: TableAggregate) -> String {
        func documents(_ flag: Flag) -> Int {
            guard let index = table.spec.columns.firstIndex(of: flag.column) else { return 0 }
            return Int(table.sums[index])
        }
        return "Documents avec une promesse de garantie : **\(documents(guarantee))** ; "
            + "avec un cadrage de responsabilité : **\(documents(responsibility))** ; "
            + "avec une attribution externe de l’échec : **\(documents(external))**.\n"
    }

    /// A flag's sample findings, each with its sentence, matched words in « » and note.
    static func findings(_ flag: Flag, in table: TableAggregate, advice: String?) -> String {
        let samples = table.evidence[flag.column] ?? []
        let count = table.findingCounts[flag.column] ?? 0
        var text = "\n### \(flag.heading) (\(countLabel(count)))\n\n"
        guard !samples.isEmpty else { return text + flag.none + "\n" }
        if let advice { text += advice + "\n\n" }
        for sample in samples {
            text += "- `\(sample.document)` : " + MarkdownSummary.quote(sample.finding) + "\n"
        }
        if count > samples.count {
            let more = count - samples.count
            text += "- … et \(more) \(more == 1 ? "autre" : "autres") (voir `evidence.csv`).\n"
        }
        return text
    }

    /// « aucun constat », « 1 constat », « 12 constats ».
    static func countLabel(_ count: Int) -> String {
        switch count {
        case 0: return "aucun constat"
        case 1: return "1 constat"
        default: return "\(count) constats"
        }
    }

    /// The hits per document, guarantee risks first, for documents with at least one hit.
    static func balance(_ table: TableAggregate) -> String {
        let columns = [guarantee, responsibility, external].map {
            table.spec.columns.firstIndex(of: $0.hitsColumn)
        }
        func hits(_ row: TableAggregate.SampleRow) -> [Int] {
            columns.map { index in
                guard let index, row.cells.indices.contains(index), let value = row.cells[index].number else {
                    return 0
                }
                return Int(value)
            }
        }
        let rows = table.sample.map { (document: $0.document, hits: hits($0)) }
            .filter { $0.hits.contains { $0 > 0 } }
            .sorted { ($1.hits[0], $0.document) < ($0.hits[0], $1.document) }
        var text = "\n### Équilibre par document (nombre de constats)\n\n"
        guard !rows.isEmpty else { return text + "Aucun document ne porte de constat de cadrage.\n" }
        var markdown = MarkdownTable(header: ["document", "garantie", "responsabilité", "attribution externe"])
        markdown.rows = rows.prefix(MarkdownSummary.rowLimit).map { [$0.document] + $0.hits.map(String.init) }
        text += markdown.markdown
        if rows.count > MarkdownSummary.rowLimit {
            text += "\n… et \(rows.count - MarkdownSummary.rowLimit) autres documents (voir `framing.csv`).\n"
        }
        if table.rows > table.sample.count {
            text += "\nLe tableau porte sur les \(table.sample.count) premiers documents ; "
                + "`framing.csv` les donne tous.\n"
        }
        return text
    }
}
