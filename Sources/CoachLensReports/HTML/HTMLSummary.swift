import CoachLensPipeline

/// summary.html: the run's human summary as one self-contained page — totals, « l’essentiel », then one
/// section per analysis whose table has rows (segments heatmap, steps per note and per salesperson, client
/// share histogram, framing flags), each with the sentences behind its figures.
public enum HTMLSummary {
    /// The whole page. `salespeople` gives step coverage per salesperson (from the notes' front matter);
    /// without it salespeople are read from folder names.
    public static func render(_ summary: RunSummary, salespeople: SalespersonTally = SalespersonTally()) -> String {
        var sections = [TotalsSection.render(summary.totals)]
        if let key = KeyFindings.render(summary) { sections.append(key) }
        for table in summary.tables where table.rows > 0 {
            switch table.plugin {
            case "segments": sections.append(SegmentsSection.render(table))
            case "steps": sections.append(StepsSection.render(table, salespeople: salespeople))
            case "focus": sections.append(FocusSection.render(table))
            case "framing": sections.append(FramingSection.render(table))
            default: sections.append(GenericSection.render(table))
            }
        }
        if !summary.warnings.isEmpty {
            sections.append(HTMLPage.section(
                id: "avertissements", title: "Avertissements", lead: "",
                content: "<ul class=\"evidence\">" + summary.warnings.map {
                    "<li class=\"warn\"><span class=\"doc\">\(HTMLText.escape($0.document))</span> : \(HTMLText.escape($0.message))</li>"
                }.joined() + "</ul>"))
        }
        let totals = summary.totals
        return HTMLPage(
            title: "Synthèse CoachLens",
            subtitle: "\(totals.analysed) texte\(totals.analysed > 1 ? "s" : "") analysé\(totals.analysed > 1 ? "s" : "") sur \(totals.files) fichier\(totals.files > 1 ? "s" : "")",
            sections: sections
        ).html
    }
}
