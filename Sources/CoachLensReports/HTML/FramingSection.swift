import CoachLensPipeline

/// Framing: how many texts promise results, frame the client's responsibility or blame outside causes, the
/// flagged texts (promises first, as risks to fix) and the sentences behind each flag.
enum FramingSection {
    static let flags = ["guarantee", "responsibility", "external_attribution"]

    static func tone(_ flag: String) -> String {
        switch flag {
        case "guarantee": return "bad"
        case "responsibility": return "good"
        default: return "warn"
        }
    }

    static func render(_ table: TableAggregate) -> String {
        let columns = TableColumns(table: table)
        let present = flags.filter(columns.has)
        var content = HTMLPage.tiles(present.map { flag in
            let count = Int(columns.sum(flag).rounded())
            return (String(count), caption(flag, plural: count > 1), count > 0 ? tone(flag) : "")
        })
        let flagged = table.sample.filter { row in present.contains { (columns.number(row, $0) ?? 0) > 0 } }
            .sorted { a, b in
                let keyA = present.map { -(columns.number(a, $0) ?? 0) }, keyB = present.map { -(columns.number(b, $0) ?? 0) }
                return keyA != keyB ? keyA.lexicographicallyPrecedes(keyB) : a.document < b.document
            }
        if !flagged.isEmpty {
            content += "\n<h3>Textes signalés</h3>\n<table><thead><tr><th>Document</th>"
                + present.map { "<th>\(HTMLText.escape(ReportVocabulary.framingName($0)))</th>" }.joined()
                + "</tr></thead><tbody>"
            for row in flagged.prefix(40) {
                content += "<tr><td class=\"doc\">\(HTMLText.escape(row.document))</td>"
                for flag in present {
                    let on = (columns.number(row, flag) ?? 0) > 0
                    let hits = columns.text(row, hitsColumn(flag))
                    content += "<td>" + (on ? "<span class=\"badge \(tone(flag))\">oui" + (hits.isEmpty ? "" : " · \(HTMLText.escape(hits))") + "</span>" : "<span class=\"muted\">–</span>") + "</td>"
                }
                content += "</tr>"
            }
            content += "</tbody></table>\n"
            if flagged.count > 40 { content += "<p class=\"muted\">… et \(flagged.count - 40) autres (voir framing.csv).</p>\n" }
        } else if table.rows > 0 {
            content += "<p>Aucun texte signalé.</p>\n"
        }
        content += EvidenceList.render(table, labels: EvidenceList.labels(table, first: flags), tone: tone)
        return HTMLPage.section(
            id: "cadrage", title: "Cadrage : garantie, responsabilité, attribution externe",
            lead: "Les promesses de résultat sont des risques à corriger en premier ; la responsabilité du client est le cadrage à encourager.",
            content: content)
    }

    /// The caption under a flag's count.
    static func caption(_ flag: String, plural: Bool) -> String {
        let s = plural ? "s" : ""
        switch flag {
        case "guarantee": return "texte\(s) promettant un résultat"
        case "responsibility": return "texte\(s) rappelant la responsabilité du client"
        default: return "texte\(s) rejetant l’échec sur l’extérieur"
        }
    }

    /// The hit-count column of a flag (`guarantee` → `guarantee_hits`).
    static func hitsColumn(_ flag: String) -> String {
        flag == "external_attribution" ? "external_hits" : flag + "_hits"
    }
}
