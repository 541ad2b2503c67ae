import CoachLensPipeline

/// The `steps` section of summary.md.
enum StepsMarkdown {
    static func section(_ table: TableAggregate) -> String {
        MarkdownSummary.genericSection(table)
    }
}
