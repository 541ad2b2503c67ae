import CoachLensPipeline

/// Client focus: the labels, the distribution of the client share, the most self-centred texts, and the
/// sentences behind them (self-centred first, with the rewording the pack suggests).
enum FocusSection {
    static func render(_ table: TableAggregate) -> String {
        let columns = TableColumns(table: table)
        let labels = columns.counts("label")
        var tiles: [(value: String, caption: String, tone: String)] = []
        if columns.has("client_share"), table.rows > 0 {
            tiles.append((HTMLText.percent(columns.sum("client_share") / Double(table.rows)), "part client moyenne", ""))
        }
        for (label, tone) in [("client", "good"), ("mixed", ""), ("self", "bad")] {
            if columns.has("label") {
                tiles.append((String(labels[label] ?? 0), ReportVocabulary.focusName(label), tone))
            }
        }
        var content = HTMLPage.tiles(tiles)
        if columns.has("client_share") {
            var bins = Array(repeating: 0, count: 10)
            for row in table.sample {
                guard let share = columns.number(row, "client_share"), share.isFinite else { continue }
                bins[min(9, max(0, Int(share * 10)))] += 1
            }
            let histogram = SVGHistogram(
                counts: bins, binLabels: (0..<10).map { "\($0 * 10)–\($0 * 10 + 10)" },
                colors: (0..<10).map { SVGColor.share((Double($0) + 0.5) / 10) },
                axisTitle: "part client (%) : part des mentions tournées vers le client ou le lecteur",
                caption: "Répartition des documents selon leur part client")
            content += "\n<h3>Répartition de la part client</h3>\n<figure>\(histogram.svg)<figcaption>Nombre de documents par tranche de part client : à gauche (rouge) les textes qui parlent surtout d’eux-mêmes, à droite (vert) ceux qui parlent au client."
                + (table.rows > table.sample.count ? " Sur les \(table.sample.count) premiers documents." : "")
                + "</figcaption></figure>\n"
            let lowest = table.sample
                .compactMap { row in columns.number(row, "client_share").map { (row, $0) } }
                .sorted { ($0.1, $0.0.document) < ($1.1, $1.0.document) }
                .prefix(5)
            if !lowest.isEmpty {
                content += "<h3>Les textes les plus centrés sur eux-mêmes</h3>\n<table><thead><tr><th>Document</th><th class=\"num\">Part client</th><th>Orientation</th><th class=\"num\">je</th><th class=\"num\">nous</th><th class=\"num\">vous</th></tr></thead><tbody>"
                for (row, share) in lowest {
                    let label = columns.text(row, "label")
                    let tone = label == "self" ? "bad" : label == "client" ? "good" : "neutral"
                    content += "<tr><td class=\"doc\">\(HTMLText.escape(row.document))</td><td class=\"num\">\(HTMLText.percent(share))</td>"
                        + "<td><span class=\"badge \(tone)\">\(HTMLText.escape(ReportVocabulary.focusName(label)))</span></td>"
                        + ["first_singular", "first_plural", "second_person"].map { "<td class=\"num\">\(HTMLText.escape(columns.text(row, $0)))</td>" }.joined()
                        + "</tr>"
                }
                content += "</tbody></table>\n"
            }
        }
        let shown = ["self", "suggestion", "client"]
        content += EvidenceList.render(
            table, labels: shown, tone: { $0 == "self" ? "bad" : $0 == "client" ? "good" : $0 == "suggestion" ? "warn" : "" })
        content += EvidenceList.others(table, shown: shown)
        return HTMLPage.section(
            id: "orientation", title: "Orientation client",
            lead: "De qui parlent les textes : du client et de ses besoins, ou de leur auteur et de son entreprise ?",
            content: content)
    }
}
