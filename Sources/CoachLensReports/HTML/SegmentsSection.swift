import CoachLensPipeline

/// The canvas segments: a documents × segments heatmap of scores, how many documents discuss each segment,
/// and the passages behind each segment.
enum SegmentsSection {
    static func render(_ table: TableAggregate) -> String {
        let columns = TableColumns(table: table)
        let codes = ReportVocabulary.segmentCodes.filter(columns.has)
        var content = ""
        if !codes.isEmpty {
            let heatmap = SVGHeatmap(
                rows: table.sample.map(\.document), columns: codes,
                columnNames: codes.map { "\($0) · \(ReportVocabulary.segmentName($0))" },
                values: table.sample.map { row in codes.map { columns.number(row, $0) } },
                annotations: columns.has("segments") ? table.sample.map { columns.values($0, "segments").joined(separator: " ") } : [],
                caption: "Score de chaque segment du canevas, par document")
            content += "<h3>Carte des segments par document</h3>\n<figure>\(heatmap.svg)<figcaption>Plus la case est foncée, plus le document traite le segment (score de 0 à 1). À droite : les segments retenus."
                + (table.rows > table.sample.count ? " Carte limitée aux \(table.sample.count) premiers documents sur \(table.rows)." : "")
                + "</figcaption></figure>\n"
        }
        let counts = columns.counts("segments")
        if !codes.isEmpty {
            let bars = codes.map { code -> SVGBarChart.Bar in
                let documents = counts[code] ?? 0
                let mean = table.rows > 0 ? columns.sum(code) / Double(table.rows) : 0
                return SVGBarChart.Bar(
                    label: "\(code) · \(ReportVocabulary.segmentName(code))", value: Double(documents),
                    text: "\(documents) doc. · moy. \(HTMLText.number(mean))",
                    color: documents == 0 ? SVGColor.bad : SVGColor.accent)
            }
            content += "<h3>Documents qui traitent chaque segment</h3>\n<figure>"
                + SVGBarChart(bars: bars, maximum: Double(table.rows), caption: "Nombre de documents par segment").svg
                + "<figcaption>Sur \(table.rows) document\(table.rows > 1 ? "s" : "") ; « moy. » : score moyen. Un segment en rouge n’est traité nulle part.</figcaption></figure>\n"
        }
        let types = columns.counts("customer_segment_types")
        if !types.isEmpty {
            content += "<p><b>Types de clientèle décrits :</b> "
                + types.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
                    .map { "\(HTMLText.escape($0.key)) (\($0.value))" }.joined(separator: ", ") + ".</p>\n"
        }
        content += EvidenceList.render(table, labels: ReportVocabulary.segmentCodes, limit: 2)
        content += EvidenceList.others(table, shown: ReportVocabulary.segmentCodes)
        return HTMLPage.section(
            id: "segments", title: "Segments du Business Model Canvas",
            lead: "Quels blocs du canevas chaque texte traite vraiment, et lesquels personne ne traite.",
            content: content)
    }
}
