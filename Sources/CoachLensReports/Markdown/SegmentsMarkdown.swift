import CoachLensPipeline

/// The `segments` section of summary.md.
enum SegmentsMarkdown {
    static func section(_ table: TableAggregate) -> String {
        MarkdownSummary.genericSection(table)
    }
}
