import CoachLensKit
import CoachLensPipeline

/// The run totals: files, what happened to them, kinds of text, and the files that could not be analysed.
enum TotalsSection {
    static func render(_ totals: RunTotals) -> String {
        var tiles: [(value: String, caption: String, tone: String)] = [
            (String(totals.files), "fichiers lus", ""),
            (String(totals.analysed), "analysés", "good"),
            (String(totals.skipped), "ignorés", totals.skipped > 0 ? "warn" : ""),
            (String(totals.failed), "en erreur", totals.failed > 0 ? "bad" : ""),
            (String(totals.sentences), "phrases", ""),
            (String(totals.tokens), "mots et signes", ""),
        ]
        for kind in DocumentKind.allCases {
            if let count = totals.kinds[kind] { tiles.append((String(count), kindName(kind, plural: count > 1), "")) }
        }
        var content = HTMLPage.tiles(tiles)
        if !totals.problems.isEmpty {
            content += "\n<h3>Fichiers non analysés</h3>\n<table><thead><tr><th>Fichier</th><th>Statut</th><th>Raison</th></tr></thead><tbody>"
            for row in totals.problems {
                content += "<tr><td class=\"doc\">\(HTMLText.escape(row.document))</td><td>\(HTMLText.escape(row.status.rawValue))</td><td>\(HTMLText.escape(row.reason))</td></tr>"
            }
            content += "</tbody></table>"
            let hidden = totals.skipped + totals.failed - totals.problems.count
            if hidden > 0 { content += "<p class=\"muted\">… et \(hidden) autres (voir documents.csv).</p>" }
        }
        return HTMLPage.section(
            id: "totaux", title: "Vue d’ensemble", lead: "Ce que la passe a lu, et ce qu’elle n’a pas pu lire.",
            content: content)
    }

    /// The French name of a kind of text.
    static func kindName(_ kind: DocumentKind, plural: Bool) -> String {
        let s = plural ? "s" : ""
        switch kind {
        case .article: return "article\(s)"
        case .session: return "séance\(s)"
        case .call: return "note\(s) d’appel"
        case .other: return "autre\(s) texte\(s)"
        }
    }
}
