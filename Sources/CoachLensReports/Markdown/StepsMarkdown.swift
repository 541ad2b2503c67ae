import CoachLensKit
import CoachLensPipeline

/// The `steps` section of summary.md: the method, mean coverage and order violations, a grid of the first
/// notes (steps done, coverage, order, missing steps, next focus), how often each step was found, and sample
/// evidence per step.
enum StepsMarkdown {
    static func section(_ table: TableAggregate) -> String {
        let columns = table.spec.columns
        var text = "## \(MarkdownSummary.title(of: table.plugin)) (`\(table.spec.fileName)`, \(table.rows) documents)\n\n"
        guard table.rows > 0,
              let start = columns.firstIndex(of: "method"), let end = columns.firstIndex(of: "coverage"), start < end
        else { return text + "Aucune note évaluée.\n" }
        let steps = Array(columns[(start + 1)..<end])
        let names = stepNames(table)
        func cell(_ row: TableAggregate.SampleRow, _ column: String) -> Cell? {
            columns.firstIndex(of: column).flatMap { $0 < row.cells.count ? row.cells[$0] : nil }
        }
        let method = table.sample.first.flatMap { cell($0, "method") }.map { CSVDialect.rfc4180.field($0) } ?? ""
        let coverage = table.mean(of: "coverage") ?? 0
        let violations = Int((table.mean(of: "order_violation") ?? 0) * Double(table.rows) + 0.5)
        text += "Méthode `\(method)`. Couverture moyenne : \(percent(coverage)). "
            + "Ordre non respecté : \(violations) note\(violations > 1 ? "s" : "") sur \(table.rows).\n\n"
        var grid = MarkdownTable(header: ["note"] + steps + ["couverture", "ordre", "manquantes", "prochain axe"])
        for row in table.sample.prefix(MarkdownSummary.rowLimit) {
            let missing = cell(row, "missing").map { CSVDialect.rfc4180.field($0) } ?? ""
            let next = missing.split(separator: "|").first.map(String.init) ?? ""
            grid.rows.append(
                [row.document]
                    + steps.map { (cell(row, $0)?.number ?? 0) > 0 ? "✔" : "·" }
                    + [percent(cell(row, "coverage")?.number ?? 0),
                       (cell(row, "order_violation")?.number ?? 0) > 0 ? "⚠" : "✔",
                       missing.replacingOccurrences(of: "|", with: " "),
                       next.isEmpty ? "—" : names[next].map { "\(next) \($0)" } ?? next])
        }
        text += grid.markdown
        if table.rows > MarkdownSummary.rowLimit {
            text += "\n… et \(table.rows - MarkdownSummary.rowLimit) autres notes (voir le CSV).\n"
        }
        let frequency = steps.map { step -> String in
            let done = columns.firstIndex(of: step).map { Int(table.sums[$0].rounded()) } ?? 0
            return "\(step) \(done)/\(table.rows)"
        }
        text += "\nNotes où chaque étape est relevée : " + frequency.joined(separator: ", ") + ".\n"
        let legend = steps.compactMap { step in names[step].map { "**\(step)** \(MarkdownTable.escape($0))" } }
        if !legend.isEmpty { text += "\nÉtapes : " + legend.joined(separator: " · ") + ".\n" }
        text += MarkdownSummary.evidence(table)
        return text
    }

    /// Step names, read from the evidence kept (the steps plugin puts the step's name in each finding's note).
    static func stepNames(_ table: TableAggregate) -> [String: String] {
        var names: [String: String] = [:]
        for (label, samples) in table.evidence {
            if let note = samples.first(where: { !$0.finding.note.isEmpty && $0.finding.rule != "ordre" })?.finding.note,
               !label.contains(":"), label != "order_violation" {
                names[label] = note
            }
        }
        return names
    }

    /// « 58 % »
    static func percent(_ value: Double) -> String {
        "\(Int((value * 100).rounded())) %"
    }
}
