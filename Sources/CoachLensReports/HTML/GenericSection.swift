import CoachLensPipeline

/// Any other plugin (the text statistics, a plugin added later): the mean of each numeric column and the
/// evidence it gives.
enum GenericSection {
    static func render(_ table: TableAggregate) -> String {
        let columns = TableColumns(table: table)
        let numeric = table.spec.columns.filter { name in
            table.sample.contains { columns.number($0, name) != nil }
        }
        var content = HTMLPage.tiles(numeric.map { name in
            (HTMLText.number(table.mean(of: name) ?? 0, digits: 1), (columnNames[name] ?? name) + " (moyenne par document)", "")
        })
        content += EvidenceList.render(table, labels: EvidenceList.labels(table, first: []), limit: 2)
        return HTMLPage.section(
            id: table.plugin, title: MarkdownSummary.title(of: table.plugin),
            lead: "\(table.rows) document\(table.rows > 1 ? "s" : "") (\(table.spec.fileName)).", content: content)
    }

    static let columnNames = [
        "tokens": "mots et signes", "words": "mots", "sentences": "phrases",
        "words_per_sentence": "mots par phrase", "questions": "questions",
    ]
}
