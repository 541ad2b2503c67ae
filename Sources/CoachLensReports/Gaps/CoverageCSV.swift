import CoachLensKit

/// coverage.csv: one row per article — its segment scores, main segment, the steps it discusses (mentions),
/// framing flags, focus figures, and the topics it announces. Empty cells where an analysis did not run.
enum CoverageCSV {
    /// The columns, in order.
    static var header: [String] {
        ["document", "title", "main_segment"] + ReportVocabulary.segmentCodes + ["segments"] + ReportVocabulary.stepIDs
            + ["guarantee", "responsibility", "external_attribution", "guarantee_hits",
               "first_singular", "first_plural", "second_person", "client_share", "focus_label", "announced_topics"]
    }

    /// The row of one article.
    static func row(_ article: ArticleProfile) -> [Cell] {
        func flag(_ value: Bool?) -> Cell { value.map(Cell.flag) ?? .text("") }
        var cells: [Cell] = [.text(article.document), .text(article.title), .text(article.mainSegment ?? "")]
        cells += ReportVocabulary.segmentCodes.map { code in article.scores[code].map { .decimal($0) } ?? .text("") }
        cells.append(.text(article.detected.joined(separator: "|")))
        cells += ReportVocabulary.stepIDs.map { .integer(article.stepMentions[$0] ?? 0) }
        cells += [flag(article.guarantee), flag(article.responsibility), flag(article.externalAttribution)]
        cells.append(article.guarantee == nil ? .text("") : .integer(article.guaranteeHits))
        cells += ["first_singular", "first_plural", "second_person"].map { name in
            article.pronouns[name].map(Cell.integer) ?? .text("")
        }
        cells.append(article.clientShare.map { .decimal($0) } ?? .text(""))
        cells.append(.text(article.focusLabel ?? ""))
        cells.append(.text(article.announcements.map(\.topic).filter { !$0.isEmpty }.joined(separator: "|")))
        return cells
    }
}
