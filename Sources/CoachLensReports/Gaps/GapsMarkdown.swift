import CoachLensKit

/// gaps.md: what to write next and why, then each kind of gap ranked with the sentences that show it.
public enum GapsMarkdown {
    /// The whole report.
    public static func render(_ report: GapReport) -> String {
        var text = "# Lacunes du blog\n\n"
        text += "\(report.articles.count) article\(report.articles.count > 1 ? "s" : "") analysé\(report.articles.count > 1 ? "s" : "") dans `\(report.folder)`.\n"
        text += suggestions(report)
        text += series(report)
        text += announcements(report)
        text += coverage(report.segments, title: "Segments du canevas non couverts ou à peine", kind: "Segment", feminine: false, report: report)
        text += coverage(report.steps, title: "Étapes de vente non traitées ou à peine", kind: "Étape", feminine: true, report: report)
        if let promises = report.promises { text += flags(promises, title: "Articles qui promettent des résultats", empty: "Aucun article ne promet de résultat.", report: report) }
        if let selfCentred = report.selfCentred { text += flags(selfCentred, title: "Articles qui parlent d’eux plus que du lecteur", empty: "Aucun article n’est centré sur son auteur.", report: report) }
        text += method(report)
        return text
    }

    static func suggestions(_ report: GapReport) -> String {
        var text = "\n## À écrire ensuite\n\n"
        guard !report.suggestions.isEmpty else { return text + "Aucune lacune marquée : le blog couvre les segments et les étapes.\n" }
        for (index, suggestion) in report.suggestions.enumerated() {
            text += "\(index + 1). **\(escape(suggestion.title))**"
            if let code = suggestion.code { text += " (\(code) · \(escape(GapCatalog.name(of: code))))" }
            text += "\n   - Angle : \(escape(suggestion.angle))\n   - Pourquoi : \(escape(suggestion.reason))\n"
            if let evidence = suggestion.evidence, let document = suggestion.document {
                text += "   - Preuve : \(quote(evidence)) — `\(document)`\n"
            }
        }
        return text
    }

    static func series(_ report: GapReport) -> String {
        guard !report.series.isEmpty else { return "" }
        var text = "\n## Séries annoncées\n"
        for series in report.series {
            let announced = series.announcedParts.map { "\($0) articles annoncés" } ?? "série annoncée"
            text += "\n### « \(escape(series.title)) » : \(announced)"
            if !series.parts.isEmpty {
                text += ", \(series.parts.count - series.missing.count) publié\(series.parts.count - series.missing.count > 1 ? "s" : ""), \(series.missing.count) manquant\(series.missing.count > 1 ? "s" : "")"
            }
            text += "\n\nAnnonce : \(quote(series.evidence)) — `\(series.document)`\n\n"
            guard !series.parts.isEmpty else {
                text += "Les sujets des épisodes ne sont pas nommés : vérifiez à la main ce qui a été publié.\n"
                continue
            }
            var table = MarkdownTable(header: ["Rang", "Épisode", "Segment", "Statut", "Article"])
            let ordered = series.parts.enumerated().sorted { ($0.element.deliveredBy == nil ? 0 : 1, $0.offset) < ($1.element.deliveredBy == nil ? 0 : 1, $1.offset) }
            for (rank, entry) in ordered.enumerated() {
                table.rows.append([
                    String(rank + 1), "\(entry.offset + 1)/\(series.parts.count)",
                    "\(entry.element.code) · \(ReportVocabulary.segmentName(entry.element.code))",
                    entry.element.deliveredBy == nil ? "manquant" : "publié", entry.element.deliveredBy ?? "—",
                ])
            }
            text += table.markdown
        }
        return text
    }

    static func announcements(_ report: GapReport) -> String {
        var text = "\n## Sujets annoncés, les manquants d’abord\n\n"
        guard !report.announcements.isEmpty else { return text + "Aucun article n’annonce de suite.\n" }
        for (index, gap) in report.announcements.enumerated() {
            let topic = gap.announcement.topic.isEmpty ? "(sujet non précisé)" : "« \(escape(gap.announcement.topic)) »"
            let code = gap.announcement.code.map { " (\($0) · \(escape(GapCatalog.name(of: $0))))" } ?? ""
            let status = gap.deliveredBy.map { "publié : `\($0)` (\(escape(gap.deliveredHow ?? "")))" } ?? "**annoncé mais manquant**"
            let strength = gap.announcement.weak ? " · annonce faible" : ""
            text += "\(index + 1). \(topic)\(code) — \(status)\(strength)\n"
            text += "   - Annoncé dans `\(gap.document)` : \(quote(gap.announcement.evidence))\n"
        }
        return text
    }

    static func coverage(_ lines: [TopicCoverage], title: String, kind: String, feminine: Bool, report: GapReport) -> String {
        var text = "\n## \(title)\n\n"
        let gaps = lines.filter { $0.status != .covered }.count
        text += "\(gaps) sur \(lines.count) non couvert\(feminine ? "e" : "")\(gaps > 1 ? "s" : "") ou mince\(gaps > 1 ? "s" : "").\n\n"
        let inSeries = lines.contains { report.seriesStatus(of: $0.code) != nil }
        var table = MarkdownTable(header: ["Rang", kind, "Statut", "Articles qui en font leur sujet", "Articles qui l’abordent"]
            + (inSeries ? ["Épisode de la série"] : []))
        for (index, line) in lines.enumerated() {
            table.rows.append([
                String(index + 1), "\(line.code) · \(line.name)", line.status.label,
                String(line.mainArticles.count), String(line.mentioningArticles.count),
            ] + (inSeries ? [report.seriesStatus(of: line.code) ?? "—"] : []))
        }
        text += table.markdown
        let withEvidence = lines.filter { $0.status != .covered }
        if !withEvidence.isEmpty { text += "\n" }
        for line in withEvidence {
            if line.evidence.isEmpty {
                text += "- **\(line.code)** : aucune phrase du blog n’en parle.\n"
                continue
            }
            text += "- **\(line.code)** : seulement effleuré :\n"
            for evidence in line.evidence {
                text += "  - \(quote(evidence.finding)) — `\(evidence.document)`\n"
            }
        }
        return text
    }

    static func flags(_ flags: [ArticleFlag], title: String, empty: String, report: GapReport) -> String {
        var text = "\n## \(title)\n\n"
        guard !flags.isEmpty else { return text + empty + "\n" }
        for (index, flag) in flags.enumerated() {
            text += "\(index + 1). `\(flag.document)` « \(escape(flag.title)) » — \(escape(flag.detail))\n"
            if let evidence = flag.evidence { text += "   - Preuve : \(quote(evidence))\n" }
        }
        return text
    }

    static func method(_ report: GapReport) -> String {
        var text = "\n## Méthode\n\n"
        text += report.segmentsScored
            ? "- Segment **couvert** : au moins un article en fait son segment principal (score le plus haut, retenu par l’analyse des segments) ; **mince** : des articles l’abordent ou le nomment sans en faire leur sujet ; **absent** : aucun.\n"
            : "- L’analyse des segments n’a pas tourné : la couverture des segments repose sur leurs seuls noms.\n"
        text += "- Étape **couverte** : un article en parle au moins \(GapAnalysis.stepMainMentions) fois ou \(GapAnalysis.stepCoveredArticles) articles l’abordent ; **mince** : moins.\n"
        text += "- Sujet annoncé **publié** : un autre article le reprend dans son titre, ou fait du segment annoncé son segment principal.\n"
        text += "- Article centré sur lui-même : orientation « self » ou part client sous \(HTMLText.percent(GapAnalysis.selfShareThreshold)).\n"
        text += "- coverage.csv : par article, scores des segments, segment principal, mentions de chaque étape (S1 à S10), drapeaux de cadrage, chiffres d’orientation et sujets annoncés.\n"
        return text
    }

    /// The excerpt, on one line, with the matched words in bold between « » (without the finding's note).
    static func quote(_ finding: Finding) -> String {
        MarkdownSummary.quote(compacted(finding))
    }

    /// The finding with every run of white space in its excerpt made one space, ends trimmed, and the
    /// highlight moved to match; the note is dropped.
    static func compacted(_ finding: Finding) -> Finding {
        var scalars = String.UnicodeScalarView()
        var newIndex: [Int] = []
        var pendingSpace = false
        for scalar in finding.excerpt.unicodeScalars {
            newIndex.append(scalars.count + (pendingSpace ? 1 : 0))
            if scalar.properties.isWhitespace {
                pendingSpace = !scalars.isEmpty
                continue
            }
            if pendingSpace { scalars.append(" ") }
            pendingSpace = false
            scalars.append(scalar)
        }
        newIndex.append(scalars.count)
        func moved(_ index: Int) -> Int { min(newIndex[min(max(index, 0), newIndex.count - 1)], scalars.count) }
        var result = finding
        result.excerpt = String(scalars)
        let lower = moved(finding.highlight.lowerBound)
        result.highlight = lower..<max(lower, moved(finding.highlight.upperBound))
        result.note = ""
        return result
    }

    static func escape(_ text: String) -> String { MarkdownTable.escape(text) }
}
