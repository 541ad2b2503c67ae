import CoachLensKit
import CoachLensPipeline

/// The `segments` section of summary.md: how the corpus covers the nine blocks, a documents × segments table of
/// scores, the passage timeline of the first documents, and evidence quotes per block.
enum SegmentsMarkdown {
    /// The block codes in canvas order, with their French names.
    static let blocks: [(code: String, name: String)] = [
        ("CS", "clients"), ("VP", "valeur apportée"), ("CH", "canaux"), ("CR", "relations client"),
        ("R", "revenus"), ("KR", "ressources clés"), ("KA", "activités clés"), ("KP", "partenaires clés"),
        ("C", "coûts"),
    ]
    /// Documents whose timeline is drawn.
    static let timelineDocuments = 5
    /// The widest timeline, in characters; longer documents group several passages per character.
    static let timelineWidth = 80
    /// Evidence quotes shown per block.
    static let quotesPerBlock = 3
    /// A score under this reads as "touched on", not discussed at length.
    static let thinScore = 0.3

    static func section(_ table: TableAggregate) -> String {
        var text = "## \(MarkdownSummary.title(of: table.plugin)) (`\(table.spec.fileName)`, \(table.rows) documents)\n\n"
        guard table.rows > 0 else { return text + "Aucun document évalué.\n" }
        text += legend
        text += coverage(table)
        text += scoreTable(table)
        text += timelines(table)
        text += quotes(table)
        return text
    }

    static var legend: String {
        let names = blocks.map { "\($0.code) \($0.name)" }.joined(separator: ", ")
        return "Blocs : \(names). Chaque score (0 à 1) combine la quantité d’indices des passages qui traitent "
            + "vraiment du bloc et la part du texte qu’ils occupent ; une simple mention ou la liste des neuf blocs "
            + "ne compte presque pas. Sous \(format(thinScore)), le bloc est seulement effleuré.\n\n"
    }

    /// Per block: documents where it is detected and mean score; then the blocks never or thinly covered.
    static func coverage(_ table: TableAggregate) -> String {
        guard let detectedIndex = table.spec.columns.firstIndex(of: "segments") else { return "" }
        var markdown = MarkdownTable(header: ["bloc", "documents où il est traité", "score moyen", "couverture"])
        var absent: [String] = [], thin: [String] = []
        for block in blocks {
            let documents = table.valueCounts[detectedIndex][block.code] ?? 0
            let mean = table.mean(of: block.code) ?? 0
            let verdict: String
            if documents == 0 {
                verdict = "absent"
                absent.append(block.code)
            } else if maximumScore(of: block.code, in: table) < thinScore {
                verdict = "mince"
                thin.append(block.code)
            } else {
                verdict = "traité"
            }
            markdown.rows.append(["\(block.code) \(block.name)", "\(documents) / \(table.rows)", format(mean), verdict])
        }
        var text = "### Couverture du corpus\n\n" + markdown.markdown
        if !absent.isEmpty { text += "\nJamais traités : \(absent.joined(separator: ", ")).\n" }
        if !thin.isEmpty { text += "\nSeulement effleurés (aucun score ≥ \(format(thinScore))) : \(thin.joined(separator: ", ")).\n" }
        if table.rows > table.sample.count {
            text += "\n(Le verdict « mince » porte sur les \(table.sample.count) premiers documents.)\n"
        }
        return text + "\n"
    }

    /// The highest score of `code` among the kept rows.
    static func maximumScore(of code: String, in table: TableAggregate) -> Double {
        guard let index = table.spec.columns.firstIndex(of: code) else { return 0 }
        return table.sample.compactMap { $0.cells.indices.contains(index) ? $0.cells[index].number : nil }.max() ?? 0
    }

    /// Documents × blocks, with the dominant block, the detected ones and the customer types.
    static func scoreTable(_ table: TableAggregate) -> String {
        let columns = table.spec.columns
        var markdown = MarkdownTable(header: ["document"] + blocks.map(\.code) + ["dominant", "détectés", "types de clientèle"])
        for row in table.sample.prefix(MarkdownSummary.rowLimit) {
            func cell(_ name: String) -> Cell? {
                columns.firstIndex(of: name).flatMap { row.cells.indices.contains($0) ? row.cells[$0] : nil }
            }
            let scores = blocks.map { cell($0.code)?.number ?? 0 }
            let detected = string(of: cell("segments"))
            let dominant = detected.isEmpty ? "" : blocks[scores.indices.max { scores[$0] < scores[$1] }!].code
            markdown.rows.append([row.document] + scores.map(format) + [
                dominant, detected.replacingOccurrences(of: "|", with: " "),
                string(of: cell("customer_segment_types")).replacingOccurrences(of: "|", with: ", "),
            ])
        }
        var text = "### Scores par document\n\n" + markdown.markdown
        if table.rows > MarkdownSummary.rowLimit {
            text += "\n… et \(table.rows - MarkdownSummary.rowLimit) autres documents (voir le CSV).\n"
        }
        return text + "\n"
    }

    /// Paragraph by paragraph, which blocks each passage discusses, for the first documents that discuss any.
    static func timelines(_ table: TableAggregate) -> String {
        guard let passagesIndex = table.spec.columns.firstIndex(of: "passages") else { return "" }
        let drawn = table.sample.filter { row in
            row.cells.indices.contains(passagesIndex) && string(of: row.cells[passagesIndex]).contains { $0 != "." && $0 != " " }
        }.prefix(timelineDocuments)
        guard !drawn.isEmpty else { return "" }
        var text = "### Fil des passages\n\nUne colonne par passage (paragraphe, ou trois phrases d’un long paragraphe), "
            + "dans l’ordre du texte : █ le passage traite du bloc, · non.\n\n"
        for row in drawn {
            let passages = string(of: row.cells[passagesIndex]).split(separator: " ").map { cell in
                Set(cell == "." ? [] : cell.split(separator: "+").map(String.init))
            }
            let group = max(1, (passages.count + timelineWidth - 1) / timelineWidth)
            let title = row.document.replacingOccurrences(of: "`", with: "'")
            text += "`\(title)` — \(passages.count) passages"
            text += group > 1 ? " (\(group) passages par colonne)\n\n" : "\n\n"
            text += "```\n"
            for block in blocks {
                var line = block.code.padding(toLength: 3, withPad: " ", startingAt: 0)
                var start = 0
                while start < passages.count {
                    let slice = passages[start..<min(start + group, passages.count)]
                    line += slice.contains { $0.contains(block.code) } ? "█" : "·"
                    start += group
                }
                text += line + "\n"
            }
            text += "```\n\n"
        }
        return text
    }

    /// For each block, the first passages that discuss it, with the cue that weighs most highlighted.
    static func quotes(_ table: TableAggregate) -> String {
        var text = ""
        for block in blocks {
            let samples = table.evidence[block.code] ?? []
            let passages = samples.filter { $0.finding.rule == "passage" }
            let ordered = passages.isEmpty ? samples : passages
            guard !ordered.isEmpty else { continue }
            text += "- **\(block.code) \(block.name)** (\(table.findingCounts[block.code] ?? 0) indices et passages) :\n"
            for sample in ordered.prefix(quotesPerBlock) {
                text += "  - `\(sample.document)` : " + MarkdownSummary.quote(sample.finding) + "\n"
            }
        }
        let types = table.evidence.keys.filter { $0.hasPrefix("type:") }.sorted()
        for type in types {
            guard let sample = table.evidence[type]?.first else { continue }
            text += "- **\(MarkdownTable.escape(String(type.dropFirst(5))))** (type de clientèle) : `\(sample.document)` : "
                + MarkdownSummary.quote(sample.finding) + "\n"
        }
        if let overview = table.evidence["aperçu"]?.first {
            text += "- **aperçu des blocs** (compté faiblement) : `\(overview.document)` : "
                + MarkdownSummary.quote(overview.finding) + "\n"
        }
        return text.isEmpty ? "" : "### Preuves (exemples)\n\n" + text
    }

    /// The text of a text cell, or "".
    static func string(of cell: Cell?) -> String {
        if case let .text(value)? = cell { return value }
        return ""
    }

    /// A score with two decimals.
    static func format(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
    }
}
