/// The few lines `coachlens gaps` prints when it is done: the series, the missing announced topics, the
/// segment and step gaps, and the articles to write next.
public enum GapsDigest {
    /// The digest, one fact per line.
    public static func render(_ report: GapReport, output: String) -> String {
        var lines = ["Lacunes du blog : \(report.articles.count) article\(report.articles.count > 1 ? "s" : "") → \(output)/gaps.html, gaps.md, coverage.csv"]
        for series in report.series where !series.parts.isEmpty {
            lines.append("Série « \(series.title) » : \(series.parts.count - series.missing.count)/\(series.parts.count) publiés"
                + (series.missing.isEmpty ? "" : " ; manquants : " + series.missing.map(\.code).joined(separator: ", ")))
        }
        for gap in report.missingAnnouncements where !gap.announcement.weak {
            let topic = gap.announcement.topic.isEmpty ? "(sujet non précisé)" : "« \(gap.announcement.topic) »"
            lines.append("Annoncé mais jamais publié : \(topic)" + (gap.announcement.code.map { " (\($0))" } ?? "") + " — \(gap.document)")
        }
        for (name, coverage) in [("Segments absents", report.segments), ("Étapes absentes", report.steps)] {
            let gaps = coverage.filter { $0.status != .covered }
            lines.append("\(name) ou minces : \(gaps.count)/\(coverage.count)"
                + (gaps.isEmpty ? "" : " (" + gaps.map { "\($0.code) \($0.status.label)" }.joined(separator: ", ") + ")"))
        }
        if let promises = report.promises, !promises.isEmpty {
            lines.append("Promesses de résultat : " + promises.map(\.document).joined(separator: ", "))
        }
        if let selfCentred = report.selfCentred, !selfCentred.isEmpty {
            lines.append("Centrés sur leur auteur : " + selfCentred.map(\.document).joined(separator: ", "))
        }
        if !report.suggestions.isEmpty {
            lines.append("À écrire ensuite :")
            for (index, suggestion) in report.suggestions.enumerated() {
                lines.append("  \(index + 1). \(suggestion.title) — \(suggestion.reason)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
