/// Turns article profiles into a ranked ``GapReport``.
///
/// - A segment is **couvert** when an article makes it its main segment (highest score, at least ``mainScoreMinimum``,
///   and retained by the segments plugin), **mince** when articles only touch on it (a score above zero, or its name), **absent**
///   otherwise. A step is couvert when an article discusses it at least ``stepMainMentions`` times or
///   ``stepCoveredArticles`` articles discuss it, mince when fewer do.
/// - A series announcement (« série de neuf articles ») in an article that names most canvas segments is a
///   canvas series: one part per segment, delivered by a canvas article whose main segment it is.
/// - An announced topic is delivered by another article whose title names it, or, when the topic names a
///   segment or step, by an article about that segment or step (a canvas article when the announcer is one).
public enum GapAnalysis {
    /// The score a segment needs to be an article's main segment.
    public static let mainScoreMinimum = 0.5
    /// Segment names needed to take the most named segment as an article's main one (without scores).
    public static let namedMainMinimum = 3
    /// Distinct segment names that make a series announcement a canvas series.
    static let canvasSeriesNames = 6
    /// Mentions of a step that make an article about it.
    static let stepMainMentions = 3
    /// Articles discussing a step that make it covered.
    static let stepCoveredArticles = 3
    /// Client share under which an article counts as talking about itself.
    public static let selfShareThreshold = 0.35
    /// Suggested articles.
    static let suggestionLimit = 5

    /// The report on `articles`; `segmentsScored` tells whether the segments plugin ran.
    public static func analyse(
        _ articles: [ArticleProfile], folder: String, segmentsScored: Bool, framingScored: Bool, focusScored: Bool
    ) -> GapReport {
        let segments = segmentCoverage(articles)
        let steps = stepCoverage(articles)
        let series = seriesGaps(articles)
        let announcements = announcementGaps(articles)
        var report = GapReport(
            folder: folder, articles: articles, segmentsScored: segmentsScored, segments: segments, steps: steps,
            series: series, announcements: announcements,
            promises: framingScored ? promises(articles) : nil, selfCentred: focusScored ? selfCentred(articles) : nil,
            suggestions: [])
        report.suggestions = suggestions(report)
        return report
    }

    /// Whether `article` substantively discusses segment `code`.
    static func discusses(_ article: ArticleProfile, _ code: String) -> Bool {
        if !article.detected.isEmpty { return article.detected.contains(code) }
        if !article.scores.isEmpty { return (article.scores[code] ?? 0) >= 0.5 }
        return (article.segmentNames[code] ?? 0) >= namedMainMinimum
    }

    /// Whether segment `code` is what `article` is about.
    static func isMain(_ article: ArticleProfile, _ code: String) -> Bool {
        article.mainSegment == code && discusses(article, code)
    }

    static func segmentCoverage(_ articles: [ArticleProfile]) -> [TopicCoverage] {
        let lines = ReportVocabulary.segmentCodes.map { code -> TopicCoverage in
            let main = articles.filter { isMain($0, code) }
            let touching = articles.filter {
                discusses($0, code) || ($0.scores[code] ?? 0) > 0 || ($0.segmentNames[code] ?? 0) > 0
            }
            let status: CoverageStatus = !main.isEmpty ? .covered : touching.isEmpty ? .absent : .thin
            let strength = articles.map { $0.scores.isEmpty ? Double($0.segmentNames[code] ?? 0) : $0.scores[code] ?? 0 }.max() ?? 0
            // The strongest places first: where the segment scores highest, then where it is only named.
            let ranked = (main.isEmpty ? touching : main).sorted { a, b in
                let scoreA = a.scores[code] ?? 0, scoreB = b.scores[code] ?? 0
                if scoreA != scoreB { return scoreA > scoreB }
                return (a.segmentNames[code] ?? 0) > (b.segmentNames[code] ?? 0)
            }
            let evidence = ranked.compactMap { article in
                (article.segmentEvidence[code] ?? article.segmentNameEvidence[code]).map {
                    GapEvidence(document: article.document, finding: $0)
                }
            }
            return TopicCoverage(
                code: code, name: ReportVocabulary.segmentName(code), status: status,
                mainArticles: main.map(\.document), mentioningArticles: touching.map(\.document), strength: strength,
                evidence: Array(evidence.prefix(2)))
        }
        return rank(lines, order: ReportVocabulary.segmentCodes)
    }

    static func stepCoverage(_ articles: [ArticleProfile]) -> [TopicCoverage] {
        let lines = ReportVocabulary.stepIDs.map { step -> TopicCoverage in
            let touching = articles.filter { ($0.stepMentions[step] ?? 0) > 0 }
            let main = articles.filter { ($0.stepMentions[step] ?? 0) >= stepMainMentions }
            let status: CoverageStatus = !main.isEmpty || touching.count >= stepCoveredArticles
                ? .covered : touching.isEmpty ? .absent : .thin
            let evidence = touching.sorted { ($0.stepMentions[step] ?? 0) > ($1.stepMentions[step] ?? 0) }
                .compactMap { article in article.stepEvidence[step].map { GapEvidence(document: article.document, finding: $0) } }
            return TopicCoverage(
                code: step, name: ReportVocabulary.stepName(step), status: status, mainArticles: main.map(\.document),
                mentioningArticles: touching.map(\.document),
                strength: Double(articles.reduce(0) { $0 + ($1.stepMentions[step] ?? 0) }),
                evidence: Array(evidence.prefix(2)))
        }
        return rank(lines, order: ReportVocabulary.stepIDs)
    }

    /// Absent first, then thin (fewest articles, weakest first), then covered (fewest main articles first).
    static func rank(_ lines: [TopicCoverage], order: [String]) -> [TopicCoverage] {
        lines.sorted { a, b in
            if a.status != b.status { return a.status < b.status }
            switch a.status {
            case .absent: break
            case .thin:
                if a.mentioningArticles.count != b.mentioningArticles.count {
                    return a.mentioningArticles.count < b.mentioningArticles.count
                }
                if a.strength != b.strength { return a.strength < b.strength }
            case .covered:
                if a.mainArticles.count != b.mainArticles.count { return a.mainArticles.count < b.mainArticles.count }
            }
            return (order.firstIndex(of: a.code) ?? 0) < (order.firstIndex(of: b.code) ?? 0)
        }
    }

    static func seriesGaps(_ articles: [ArticleProfile]) -> [SeriesGap] {
        articles.compactMap { announcer in
            guard let evidence = announcer.series else { return nil }
            let namesCanvas = announcer.segmentNames.filter { $0.value > 0 }.count >= canvasSeriesNames
            let members = articles.filter { $0.document == announcer.document || $0.isCanvasArticle }
            let parts = namesCanvas ? ReportVocabulary.segmentCodes.map { code in
                SeriesGap.Part(code: code, deliveredBy: members.first { isMain($0, code) }?.document)
            } : []
            return SeriesGap(
                document: announcer.document, title: announcer.title, announcedParts: announcer.seriesParts,
                parts: parts, evidence: evidence)
        }
    }

    static func announcementGaps(_ articles: [ArticleProfile]) -> [AnnouncementGap] {
        var gaps: [AnnouncementGap] = []
        for announcer in articles {
            for announcement in announcer.announcements where !(announcement.weak && announcement.topic.isEmpty) {
                var gap = AnnouncementGap(
                    document: announcer.document, title: announcer.title, announcement: announcement)
                let others = articles.filter { $0.document != announcer.document }
                if !announcement.topic.isEmpty, let match = others.first(where: { TopicWords.title($0.title, names: announcement.topic) }) {
                    gap.deliveredBy = match.document
                    gap.deliveredHow = "son titre reprend le sujet annoncé"
                } else if let code = announcement.code {
                    let candidates = others.filter { !announcer.isCanvasArticle || $0.isCanvasArticle }
                    if ReportVocabulary.segmentCodes.contains(code), let match = candidates.first(where: { isMain($0, code) }) {
                        gap.deliveredBy = match.document
                        gap.deliveredHow = "son segment principal est \(code)"
                    } else if let match = candidates.first(where: { ($0.stepMentions[code] ?? 0) >= stepMainMentions }) {
                        gap.deliveredBy = match.document
                        gap.deliveredHow = "il traite l’étape \(code)"
                    }
                }
                gaps.append(gap)
            }
        }
        let order = Dictionary(gaps.enumerated().map { ("\($0.element.document)#\($0.element.announcement.evidence.start)", $0.offset) }) { a, _ in a }
        func key(_ gap: AnnouncementGap) -> [Int] {
            [gap.deliveredBy == nil ? 0 : 1, gap.announcement.weak ? 1 : 0, gap.announcement.topic.isEmpty ? 1 : 0,
             gap.announcement.code == nil ? 1 : 0, order["\(gap.document)#\(gap.announcement.evidence.start)"] ?? 0]
        }
        return gaps.sorted { key($0).lexicographicallyPrecedes(key($1)) }
    }

    static func promises(_ articles: [ArticleProfile]) -> [ArticleFlag] {
        articles.filter { $0.guarantee == true }
            .sorted { ($1.guaranteeHits, $0.document) < ($0.guaranteeHits, $1.document) }
            .map { article in
                let hits = max(article.guaranteeHits, 1)
                return ArticleFlag(
                    document: article.document, title: article.title, value: Double(hits),
                    detail: "\(hits) promesse\(hits > 1 ? "s" : "") de résultat", evidence: article.guaranteeEvidence)
            }
    }

    static func selfCentred(_ articles: [ArticleProfile]) -> [ArticleFlag] {
        articles.filter { $0.focusLabel == "self" || ($0.clientShare ?? 1) < selfShareThreshold }
            .sorted { ($0.clientShare ?? 0, $0.document) < ($1.clientShare ?? 0, $1.document) }
            .map { article in
                let share = article.clientShare ?? 0
                let label = article.focusLabel.map { " · " + ReportVocabulary.focusName($0) } ?? ""
                return ArticleFlag(
                    document: article.document, title: article.title, value: share,
                    detail: "part client \(HTMLText.percent(share))\(label)", evidence: article.selfEvidence)
            }
    }

    /// Missing announced articles first, then missing series parts, then absent and thin segments and steps.
    static func suggestions(_ report: GapReport) -> [ArticleSuggestion] {
        var result: [ArticleSuggestion] = []
        var covered: Set<String> = []
        func add(_ suggestion: ArticleSuggestion) {
            guard result.count < suggestionLimit else { return }
            if let code = suggestion.code {
                guard covered.insert(code).inserted else { return }
            }
            result.append(suggestion)
        }
        for gap in report.missingAnnouncements where !gap.announcement.weak && !gap.announcement.topic.isEmpty {
            let template = gap.announcement.code.flatMap(GapCatalog.suggestion(for:))
            add(ArticleSuggestion(
                title: gap.announcement.topic,
                angle: template?.angle ?? "Tenir la promesse faite aux lecteurs : développer le sujet annoncé, avec un exemple concret et un exercice.",
                reason: "Annoncé à la fin de « \(gap.title) » et jamais publié : vos lecteurs l’attendent.",
                code: gap.announcement.code, document: gap.document, evidence: gap.announcement.evidence))
        }
        for series in report.series {
            let announcer = report.articles.first { $0.document == series.document }
            // Missing episodes whose segment the rest of the blog also leaves thin come first, in series order.
            let status = { (code: String) in report.segments.first { $0.code == code }?.status ?? .absent }
            let missing = series.missing.enumerated().sorted { a, b in
                (status(a.element.code), a.offset) < (status(b.element.code), b.offset)
            }.map(\.element)
            for part in missing {
                guard let template = GapCatalog.suggestion(for: part.code) else { continue }
                let position = (series.parts.firstIndex { $0.code == part.code } ?? 0) + 1
                let line = report.segments.first { $0.code == part.code }
                var reason = "Épisode \(position) sur \(series.parts.count) de la série « \(series.title) », jamais publié"
                switch line?.status {
                case .covered?:
                    let count = line?.mainArticles.count ?? 0
                    reason += " ; \(count) autre\(count > 1 ? "s" : "") article\(count > 1 ? "s" : "") en parle\(count > 1 ? "nt" : "") déjà : à relier."
                case .thin?:
                    reason += " ; ailleurs, le blog ne fait que l’effleurer."
                default:
                    reason += " ; aucun autre article n’en parle."
                }
                // The line of the series article that promised the episode, else the series announcement.
                let promise = announcer?.segmentNameEvidence[part.code]
                add(ArticleSuggestion(
                    title: template.title, angle: template.angle, reason: reason, code: part.code,
                    document: series.document, evidence: promise ?? series.evidence))
            }
        }
        for status in [CoverageStatus.absent, .thin] {
            for line in report.segments + report.steps where line.status == status {
                guard let template = GapCatalog.suggestion(for: line.code) else { continue }
                let reason = status == .absent
                    ? "Aucun article du blog ne traite « \(line.name) »."
                    : "« \(line.name) » n’est qu’effleuré (\(line.mentioningArticles.count) article\(line.mentioningArticles.count > 1 ? "s" : "")), aucun article n’en fait son sujet."
                add(ArticleSuggestion(
                    title: template.title, angle: template.angle, reason: reason, code: line.code,
                    document: line.evidence.first?.document, evidence: line.evidence.first?.finding))
            }
        }
        return result
    }
}
