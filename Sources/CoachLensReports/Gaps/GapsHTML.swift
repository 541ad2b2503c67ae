import CoachLensKit
import CoachLensPipeline

/// gaps.html: the content-gap report as one self-contained page. The articles to write next come first, with
/// their angle and the sentence that shows the gap; then the series and announcements, segment and step
/// coverage charts, and the articles to rework.
public enum GapsHTML {
    /// The whole page.
    public static func render(_ report: GapReport) -> String {
        var sections = [overview(report), suggestions(report)]
        if !report.series.isEmpty { sections.append(series(report)) }
        sections.append(announcements(report))
        sections.append(coverage(
            report.segments, report: report, id: "segments", title: "Segments du canevas",
            lead: "Classés du plus manquant au mieux couvert. Un segment est couvert quand un article en fait son sujet principal.",
            heatmap: report.segmentsScored ? segmentMap(report) : nil))
        sections.append(coverage(
            report.steps, report: report, id: "etapes", title: "Étapes de la vente en dix étapes",
            lead: "Classées de la moins traitée à la mieux traitée : le blog explique-t-il chaque étape à ses lecteurs ?",
            heatmap: nil))
        if let promises = report.promises { sections.append(flags(promises, id: "promesses", title: "Articles qui promettent des résultats", lead: "À corriger : une offre de coaching ne garantit pas de résultat, elle s’appuie sur l’engagement du client.", empty: "Aucun article ne promet de résultat.", tone: "bad")) }
        if let selfCentred = report.selfCentred { sections.append(flags(selfCentred, id: "centres-sur-soi", title: "Articles qui parlent d’eux plus que du lecteur", lead: "À réécrire en partant des besoins du lecteur. Classés de la plus faible part client à la plus forte.", empty: "Aucun article n’est centré sur son auteur.", tone: "warn")) }
        sections.append(HTMLPage.section(id: "methode", title: "Méthode", lead: "", content: "<ul class=\"key muted\">" + GapsMarkdown.method(report)
            .split(separator: "\n").dropFirst().filter { $0.hasPrefix("- ") }
            .map { "<li>" + HTMLText.escape(String($0.dropFirst(2))).replacingOccurrences(of: "**", with: "") + "</li>" }.joined() + "</ul>"))
        return HTMLPage(
            title: "Lacunes du blog",
            subtitle: "\(report.articles.count) article\(report.articles.count > 1 ? "s" : "") analysé\(report.articles.count > 1 ? "s" : "") dans \(report.folder) · quoi écrire ensuite, et pourquoi",
            sections: sections
        ).html
    }

    static func overview(_ report: GapReport) -> String {
        let segmentGaps = report.segments.filter { $0.status != .covered }.count
        let stepGaps = report.steps.filter { $0.status != .covered }.count
        let missing = report.missingAnnouncements.filter { !$0.announcement.weak }.count
        var tiles: [(value: String, caption: String, tone: String)] = [
            (String(report.articles.count), report.articles.count > 1 ? "articles" : "article", ""),
            (String(missing), "sujet\(missing > 1 ? "s" : "") annoncé\(missing > 1 ? "s" : "") jamais publié\(missing > 1 ? "s" : "")", missing > 0 ? "bad" : "good"),
            ("\(segmentGaps)/\(report.segments.count)", "segments absents ou minces", segmentGaps > 0 ? "warn" : "good"),
            ("\(stepGaps)/\(report.steps.count)", "étapes absentes ou minces", stepGaps > 0 ? "warn" : "good"),
        ]
        for series in report.series where !series.parts.isEmpty {
            tiles.insert(("\(series.parts.count - series.missing.count)/\(series.parts.count)", "épisodes publiés de « \(HTMLText.truncated(series.title, limit: 40)) »", series.missing.isEmpty ? "good" : "bad"), at: 1)
        }
        if let promises = report.promises {
            let s = promises.count > 1 ? "s" : ""
            tiles.append((String(promises.count), "article\(s) promettant un résultat", promises.isEmpty ? "good" : "bad"))
        }
        if let selfCentred = report.selfCentred {
            let s = selfCentred.count > 1 ? "s" : ""
            tiles.append((String(selfCentred.count), "article\(s) centré\(s) sur leur auteur", selfCentred.isEmpty ? "good" : "warn"))
        }
        return HTMLPage.section(id: "vue", title: "En un coup d’œil", lead: "", content: HTMLPage.tiles(tiles))
    }

    static func suggestions(_ report: GapReport) -> String {
        guard !report.suggestions.isEmpty else {
            return HTMLPage.section(id: "a-ecrire", title: "À écrire ensuite", lead: "Aucune lacune marquée : le blog couvre les segments et les étapes.", content: "")
        }
        var content = "<ol>"
        for suggestion in report.suggestions {
            content += "<li><b>\(HTMLText.escape(suggestion.title))</b>"
            if let code = suggestion.code { content += " <span class=\"badge neutral\">\(HTMLText.escape(code)) · \(HTMLText.escape(GapCatalog.name(of: code)))</span>" }
            content += "<span class=\"angle\">Angle : \(HTMLText.escape(suggestion.angle))</span>"
            content += "<span class=\"why\">Pourquoi : \(HTMLText.escape(suggestion.reason))</span>"
            if let evidence = suggestion.evidence, let document = suggestion.document {
                content += "<ul class=\"evidence\"><li class=\"bad\">« \(mark(evidence)) » <span class=\"doc\">\(HTMLText.escape(document))</span></li></ul>"
            }
            content += "</li>"
        }
        content += "</ol>"
        return "<section id=\"a-ecrire\" class=\"next\">\n<h2>À écrire ensuite</h2>\n<p class=\"lead\">Les articles qui combleraient les plus grosses lacunes, la plus pressante d’abord.</p>\n\(content)\n</section>"
    }

    static func series(_ report: GapReport) -> String {
        var content = ""
        for series in report.series {
            let announced = series.announcedParts.map { "\($0) articles annoncés" } ?? "série annoncée"
            content += "<h3>« \(HTMLText.escape(series.title)) » : \(announced)"
            if !series.parts.isEmpty { content += ", \(series.parts.count - series.missing.count) publié\(series.parts.count - series.missing.count > 1 ? "s" : ""), \(series.missing.count) manquant\(series.missing.count > 1 ? "s" : "")" }
            content += "</h3>\n"
            if !series.parts.isEmpty {
                let strip = SVGStrip(boxes: series.parts.map { part in
                    SVGStrip.Box(
                        code: part.code, name: ReportVocabulary.segmentName(part.code),
                        color: part.deliveredBy == nil ? SVGColor.bad : SVGColor.good,
                        status: part.deliveredBy == nil ? "manquant" : "publié")
                }, caption: "Épisodes de la série, publiés ou manquants")
                content += "<figure>\(strip.svg)<figcaption>Un épisode par segment du canevas, dans l’ordre de la série : vert publié, rouge manquant.</figcaption></figure>\n"
                let delivered = series.parts.compactMap { part in part.deliveredBy.map { (part.code, $0) } }
                if !delivered.isEmpty {
                    content += "<p class=\"muted\">Publiés : " + delivered.map { "\(HTMLText.escape($0.0)) dans <span class=\"doc\">\(HTMLText.escape($0.1))</span>" }.joined(separator: " ; ") + ".</p>\n"
                }
            } else {
                content += "<p>Les sujets des épisodes ne sont pas nommés : vérifiez à la main ce qui a été publié.</p>\n"
            }
            content += "<ul class=\"evidence\"><li>« \(mark(series.evidence)) » <span class=\"doc\">\(HTMLText.escape(series.document))</span></li></ul>\n"
        }
        return HTMLPage.section(id: "series", title: "Séries annoncées", lead: "Une série promise engage le blog : chaque épisode manquant est une attente déçue.", content: content)
    }

    static func announcements(_ report: GapReport) -> String {
        guard !report.announcements.isEmpty else {
            return HTMLPage.section(id: "annonces", title: "Sujets annoncés", lead: "Aucun article n’annonce de suite.", content: "")
        }
        var content = "<ol>"
        for gap in report.announcements {
            let topic = gap.announcement.topic.isEmpty ? "<span class=\"muted\">(sujet non précisé)</span>" : "<b>« \(HTMLText.escape(gap.announcement.topic)) »</b>"
            let code = gap.announcement.code.map { " <span class=\"badge neutral\">\(HTMLText.escape($0)) · \(HTMLText.escape(GapCatalog.name(of: $0)))</span>" } ?? ""
            let status = gap.deliveredBy == nil
                ? " <span class=\"badge bad\">annoncé mais manquant</span>"
                : " <span class=\"badge good\">publié</span> <span class=\"muted\">dans</span> <span class=\"doc\">\(HTMLText.escape(gap.deliveredBy ?? ""))</span> <span class=\"muted\">(\(HTMLText.escape(gap.deliveredHow ?? "")))</span>"
            let weak = gap.announcement.weak ? " <span class=\"badge neutral\">annonce faible</span>" : ""
            content += "<li>\(topic)\(code)\(status)\(weak)<ul class=\"evidence\"><li class=\"\(gap.deliveredBy == nil ? "bad" : "good")\">« \(mark(gap.announcement.evidence)) » <span class=\"doc\">\(HTMLText.escape(gap.document))</span></li></ul></li>"
        }
        content += "</ol>"
        return HTMLPage.section(id: "annonces", title: "Sujets annoncés", lead: "Ce que les articles promettent pour la suite, les sujets manquants d’abord.", content: content)
    }

    static func coverage(_ lines: [TopicCoverage], report: GapReport, id: String, title: String, lead: String, heatmap: String?) -> String {
        let bars = lines.map { line -> SVGBarChart.Bar in
            let count = line.mentioningArticles.count
            let text: String
            switch line.status {
            case .absent: text = "absent"
            case .thin: text = "mince · \(count) article\(count > 1 ? "s" : "") l’aborde\(count > 1 ? "nt" : "")"
            case .covered:
                let main = line.mainArticles.count
                text = main > 0
                    ? "couvert · \(main) article\(main > 1 ? "s" : "") dédié\(main > 1 ? "s" : "")"
                    : "couvert · \(count) article\(count > 1 ? "s" : "") l’aborde\(count > 1 ? "nt" : "")"
            }
            let series = report.seriesStatus(of: line.code).map { " · épisode \($0)" } ?? ""
            return SVGBarChart.Bar(
                label: "\(line.code) · \(line.name)", value: Double(max(count, 0)), text: text + series,
                color: line.status == .covered ? SVGColor.good : line.status == .thin ? SVGColor.warn : SVGColor.bad)
        }
        let maximum = Double(max(lines.map(\.mentioningArticles.count).max() ?? 1, 1))
        var content = "<figure>" + SVGBarChart(bars: bars, maximum: maximum, caption: title).svg
            + "<figcaption>Longueur : nombre d’articles qui l’abordent. Rouge : absent ; orange : mince (abordé, jamais le sujet d’un article) ; vert : couvert.</figcaption></figure>\n"
        if let heatmap { content += heatmap }
        let gaps = lines.filter { $0.status != .covered }
        if !gaps.isEmpty {
            content += "<h3>Ce que le blog en dit aujourd’hui</h3>\n"
            for line in gaps {
                content += "<p><b>\(HTMLText.escape(line.code)) · \(HTMLText.escape(line.name))</b> <span class=\"badge \(line.status == .absent ? "bad" : "warn")\">\(line.status.label)</span></p>"
                if line.evidence.isEmpty {
                    content += "<p class=\"muted\">Aucune phrase du blog n’en parle.</p>\n"
                } else {
                    content += "<ul class=\"evidence\">" + line.evidence.map {
                        "<li class=\"warn\">« \(mark($0.finding)) » <span class=\"doc\">\(HTMLText.escape($0.document))</span></li>"
                    }.joined() + "</ul>\n"
                }
            }
        }
        return HTMLPage.section(id: id, title: title, lead: lead, content: content)
    }

    static func segmentMap(_ report: GapReport) -> String {
        let articles = report.articles.prefix(TableAggregate.sampleLimit)
        let codes = ReportVocabulary.segmentCodes
        let heatmap = SVGHeatmap(
            rows: articles.map(\.title), columns: codes, columnNames: codes.map(ReportVocabulary.labelName),
            values: articles.map { article in codes.map { article.scores[$0] } },
            annotations: articles.map { $0.mainSegment.map { "sujet : \($0)" } ?? "" },
            caption: "Score de chaque segment par article")
        return "<h3>Carte des articles</h3>\n<figure>\(heatmap.svg)<figcaption>Plus la case est foncée, plus l’article traite le segment. À droite : le segment principal de l’article."
            + (report.articles.count > articles.count ? " Limité aux \(articles.count) premiers articles." : "")
            + "</figcaption></figure>\n"
    }

    static func flags(_ flags: [ArticleFlag], id: String, title: String, lead: String, empty: String, tone: String) -> String {
        guard !flags.isEmpty else { return HTMLPage.section(id: id, title: title, lead: empty, content: "") }
        var content = "<ol>"
        for flag in flags {
            content += "<li><b>\(HTMLText.escape(flag.title))</b> <span class=\"badge \(tone)\">\(HTMLText.escape(flag.detail))</span> <span class=\"doc\">\(HTMLText.escape(flag.document))</span>"
            if let evidence = flag.evidence {
                content += "<ul class=\"evidence\"><li class=\"\(tone)\">« \(HTMLText.highlighted(evidence)) »</li></ul>"
            }
            content += "</li>"
        }
        content += "</ol>"
        return HTMLPage.section(id: id, title: title, lead: lead, content: content)
    }

    /// A finding's excerpt with the matched words marked, without its note.
    static func mark(_ finding: Finding) -> String {
        HTMLText.highlighted(finding.excerpt, range: finding.highlight)
    }
}
