import CoachLensKit
import CoachLensPipeline

/// summary.md: run totals, then one section per plugin with its figures and the evidence behind them.
public enum MarkdownSummary {
    /// Rows shown per table before « … et N autres ».
    static let rowLimit = 50

    /// The whole summary.
    public static func render(_ summary: RunSummary) -> String {
        var text = "# Synthèse CoachLens\n\n"
        text += totals(summary.totals)
        for table in summary.tables {
            text += "\n" + section(table)
        }
        if !summary.warnings.isEmpty {
            text += "\n## Avertissements\n\n"
            for warning in summary.warnings {
                text += "- `\(warning.document)` : \(MarkdownTable.escape(warning.message))\n"
            }
        }
        return text
    }

    static func totals(_ totals: RunTotals) -> String {
        var table = MarkdownTable(header: ["Fichiers", "Analysés", "Ignorés", "En erreur", "Octets", "Mots et signes", "Phrases"])
        table.rows.append([totals.files, totals.analysed, totals.skipped, totals.failed, totals.bytes, totals.tokens,
                           totals.sentences].map(String.init))
        var text = "## Totaux\n\n" + table.markdown
        let kinds = DocumentKind.allCases.compactMap { kind in totals.kinds[kind].map { "\(kind.rawValue) : \($0)" } }
        if !kinds.isEmpty { text += "\nTypes de textes : " + kinds.joined(separator: ", ") + ".\n" }
        if !totals.problems.isEmpty {
            text += "\n### Fichiers non analysés\n\n"
            var problems = MarkdownTable(header: ["Fichier", "Statut", "Raison"])
            problems.rows = totals.problems.map { [$0.document, $0.status.rawValue, $0.reason] }
            text += problems.markdown
        }
        return text
    }

    /// A plugin's section, by the plugin's own renderer.
    static func section(_ table: TableAggregate) -> String {
        switch table.plugin {
        case "segments": return SegmentsMarkdown.section(table)
        case "steps": return StepsMarkdown.section(table)
        case "focus": return FocusMarkdown.section(table)
        case "framing": return FramingMarkdown.section(table)
        default: return genericSection(table)
        }
    }

    /// A plugin's table (first rows) and sample evidence per label.
    static func genericSection(_ table: TableAggregate) -> String {
        var text = "## \(title(of: table.plugin)) (`\(table.spec.fileName)`, \(table.rows) documents)\n\n"
        guard table.rows > 0 else { return text + "Aucun document évalué.\n" }
        var markdown = MarkdownTable(header: ["document"] + table.spec.columns)
        markdown.rows = table.sample.prefix(rowLimit).map { row in
            [row.document] + row.cells.map { CSVDialect.rfc4180.field($0) }
        }
        text += markdown.markdown
        if table.rows > rowLimit { text += "\n… et \(table.rows - rowLimit) autres documents (voir le CSV).\n" }
        text += evidence(table)
        return text
    }

    /// Sample evidence for each label, matched words in « ».
    static func evidence(_ table: TableAggregate) -> String {
        guard !table.evidence.isEmpty else { return "" }
        var text = "\n### Preuves (exemples)\n\n"
        for label in table.evidence.keys.sorted() {
            text += "- **\(MarkdownTable.escape(label))** (\(table.findingCounts[label] ?? 0)) :\n"
            for sample in table.evidence[label] ?? [] {
                text += "  - `\(sample.document)` : " + quote(sample.finding) + "\n"
            }
        }
        return text
    }

    /// The excerpt with the matched words between « ».
    static func quote(_ finding: Finding) -> String {
        let scalars = Array(finding.excerpt.unicodeScalars)
        let lower = min(finding.highlight.lowerBound, scalars.count)
        let upper = min(max(finding.highlight.upperBound, lower), scalars.count)
        func string(_ slice: ArraySlice<Unicode.Scalar>) -> String {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: slice)
            return MarkdownTable.escape(String(view))
        }
        let note = finding.note.isEmpty ? "" : " _(\(MarkdownTable.escape(finding.note)))_"
        return string(scalars[..<lower]) + "**« " + string(scalars[lower..<upper]) + " »**" + string(scalars[upper...]) + note
    }

    /// The French heading of a plugin's section.
    static func title(of plugin: String) -> String {
        switch plugin {
        case "stats": return "Statistiques de texte"
        case "segments": return "Segments du Business Model Canvas"
        case "steps": return "Étapes de vente"
        case "focus": return "Orientation client"
        case "framing": return "Cadrage : garantie, responsabilité, attribution externe"
        default: return plugin
        }
    }
}
