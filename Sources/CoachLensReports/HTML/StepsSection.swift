import CoachLensPipeline

/// Step coverage: a notes × steps grid, coverage per salesperson, the steps most often missing, and the
/// sentences that show each step.
enum StepsSection {
    static func render(_ table: TableAggregate, salespeople: SalespersonTally) -> String {
        let columns = TableColumns(table: table)
        let steps = columns.stepColumns
        let tally = salespeople.isEmpty ? SalespersonTally(sample: table) : salespeople
        var content = ""
        if table.rows > 0 {
            let coverage = columns.sum("coverage") / Double(table.rows)
            let violations = Int(columns.sum("order_violation").rounded())
            content += HTMLPage.tiles([
                (String(table.rows), "notes évaluées", ""),
                (HTMLText.percent(coverage), "couverture moyenne des étapes", coverage >= 0.7 ? "good" : coverage >= 0.4 ? "warn" : "bad"),
                (String(violations), "notes où l’ordre n’est pas respecté", violations > 0 ? "bad" : "good"),
            ])
        }
        if !steps.isEmpty, !table.sample.isEmpty {
            let grid = SVGHeatmap(
                rows: table.sample.map { row in
                    tally.salesperson(of: row.document).map { "\($0) · \(fileName(row.document))" } ?? row.document
                },
                columns: steps, columnNames: steps.map(ReportVocabulary.labelName),
                values: table.sample.map { row in steps.map { columns.number(row, $0) } },
                palette: .done,
                annotations: table.sample.map { row in
                    HTMLText.percent(columns.number(row, "coverage") ?? 0)
                        + ((columns.number(row, "order_violation") ?? 0) > 0 ? " · ⚠ ordre" : "")
                },
                annotationColors: table.sample.map { row in
                    (columns.number(row, "order_violation") ?? 0) > 0 ? SVGColor.bad : SVGColor.share(columns.number(row, "coverage") ?? 0)
                },
                caption: "Étapes faites dans chaque note")
            content += "\n<h3>Étapes faites, note par note</h3>\n<figure>\(grid.svg)<figcaption>Case verte : l’étape est attestée dans la note. À droite : la part des étapes faites, et « ⚠ ordre » quand une étape avancée (offre, prix, conclusion) est venue avant la découverte."
                + (table.rows > table.sample.count ? " Limité aux \(table.sample.count) premières notes sur \(table.rows)." : "")
                + "</figcaption></figure>\n"
        }
        if !tally.isEmpty {
            let bars = tally.people.map { person in
                SVGBarChart.Bar(
                    label: person.name, value: person.meanCoverage,
                    text: "\(HTMLText.percent(person.meanCoverage)) · \(person.notes) note\(person.notes > 1 ? "s" : "")"
                        + (person.violations > 0 ? " · ⚠ \(person.violations)" : ""),
                    color: SVGColor.share(person.meanCoverage))
            }
            content += "<h3>Par vendeur</h3>\n<figure>"
                + SVGBarChart(bars: bars, maximum: 1, caption: "Couverture moyenne des étapes par vendeur").svg
                + "<figcaption>Couverture moyenne des étapes ; ⚠ : notes où l’ordre n’est pas respecté. Vendeur lu dans l’en-tête « vendeur: » de la note, sinon dans le nom de son dossier.</figcaption></figure>"
            let rates = SVGHeatmap(
                rows: tally.people.map(\.name), columns: tally.stepColumns,
                columnNames: tally.stepColumns.map(ReportVocabulary.labelName),
                values: tally.people.map { person in
                    tally.stepColumns.map { Double(person.done[$0] ?? 0) / Double(max(person.notes, 1)) }
                },
                caption: "Part des notes de chaque vendeur où chaque étape est faite")
            content += "<figure>\(rates.svg)<figcaption>Part des notes du vendeur où l’étape est faite (1 = toujours).</figcaption></figure>\n"
        }
        let missing = columns.counts("missing")
        if !missing.isEmpty, table.rows > 0 {
            let ordered = steps.filter { missing[$0] != nil } + missing.keys.filter { !steps.contains($0) }.sorted()
            let bars = ordered.map { step in
                let count = missing[step] ?? 0
                return SVGBarChart.Bar(
                    label: ReportVocabulary.labelName(step), value: Double(count),
                    text: "\(count) note\(count > 1 ? "s" : "") sur \(table.rows)",
                    color: SVGColor.share(1 - Double(count) / Double(table.rows)))
            }
            content += "<h3>Les étapes le plus souvent manquées</h3>\n<figure>"
                + SVGBarChart(bars: bars, maximum: Double(table.rows), caption: "Notes où chaque étape manque").svg
                + "<figcaption>Nombre de notes où l’étape manque, sur toutes les notes évaluées.</figcaption></figure>\n"
        }
        let shown = steps + ["order_violation", "order"]
        content += EvidenceList.render(table, labels: shown, limit: 2, tone: { $0.hasPrefix("order") ? "bad" : "" })
        content += EvidenceList.others(table, shown: shown)
        return HTMLPage.section(
            id: "etapes", title: "Étapes de vente",
            lead: "Ce que les notes d’appel montrent de la méthode : étapes faites, ordre, et les écarts par vendeur.",
            content: content)
    }

    /// The last path component.
    static func fileName(_ document: String) -> String {
        document.split(separator: "/").last.map(String.init) ?? document
    }
}
