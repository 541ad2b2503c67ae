import CoachLensPipeline

/// « L’essentiel » : one sentence per analysis that ran, saying what a coach should look at first.
enum KeyFindings {
    static func render(_ summary: RunSummary) -> String? {
        var items: [String] = []
        if let table = summary.table("framing"), table.rows > 0 {
            let columns = TableColumns(table: table)
            let promises = Int(columns.sum("guarantee").rounded())
            items.append(promises > 0
                ? "<span class=\"badge bad\">À corriger</span> \(promises) texte\(promises > 1 ? "s promettent" : " promet") un résultat (voir « Cadrage »)."
                : "<span class=\"badge good\">Bien</span> Aucun texte ne promet de résultat.")
        }
        if let table = summary.table("steps"), table.rows > 0 {
            let columns = TableColumns(table: table)
            let coverage = columns.sum("coverage") / Double(table.rows)
            var text = "Les notes d’appel couvrent en moyenne \(HTMLText.percent(coverage)) des étapes"
            if let (step, count) = columns.counts("missing").max(by: { ($0.value, $1.key) < ($1.value, $0.key) }) {
                text += " ; l’étape la plus souvent manquée est <b>\(HTMLText.escape(ReportVocabulary.labelName(step)))</b> (\(count) note\(count > 1 ? "s" : "") sur \(table.rows))"
            }
            let violations = Int(columns.sum("order_violation").rounded())
            if violations > 0 { text += " ; \(violations) note\(violations > 1 ? "s" : "") met\(violations > 1 ? "tent" : "") l’offre ou le prix avant la découverte" }
            items.append(text + ".")
        }
        if let table = summary.table("focus"), table.rows > 0 {
            let columns = TableColumns(table: table)
            let share = columns.sum("client_share") / Double(table.rows)
            let selfCount = columns.counts("label")["self"] ?? 0
            items.append("Part client moyenne : \(HTMLText.percent(share)) ; \(selfCount) texte\(selfCount > 1 ? "s" : "") centré\(selfCount > 1 ? "s" : "") sur \(selfCount > 1 ? "eux" : "lui")-même\(selfCount > 1 ? "s" : "").")
        }
        if let table = summary.table("segments"), table.rows > 0 {
            let columns = TableColumns(table: table)
            let counts = columns.counts("segments")
            let codes = ReportVocabulary.segmentCodes.filter(columns.has)
            let untouched = codes.filter { (counts[$0] ?? 0) == 0 }
            if let top = codes.max(by: { (counts[$0] ?? 0, $1) < (counts[$1] ?? 0, $0) }), (counts[top] ?? 0) > 0 {
                var text = "Segment le plus traité : <b>\(HTMLText.escape(ReportVocabulary.labelName(top)))</b> (\(counts[top] ?? 0) documents)"
                text += untouched.isEmpty ? "." : " ; jamais traité\(untouched.count > 1 ? "s" : "") : " + untouched.map { "<b>\(HTMLText.escape(ReportVocabulary.labelName($0)))</b>" }.joined(separator: ", ") + "."
                items.append(text)
            } else if !codes.isEmpty {
                items.append("Aucun segment du canevas n’est traité dans ces textes.")
            }
        }
        guard !items.isEmpty else { return nil }
        return HTMLPage.section(
            id: "essentiel", title: "L’essentiel", lead: "",
            content: "<ul class=\"key\">" + items.map { "<li>\($0)</li>" }.joined() + "</ul>")
    }
}
