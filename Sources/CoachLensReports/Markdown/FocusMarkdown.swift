import CoachLensPipeline

/// The `focus` section of summary.md.
enum FocusMarkdown {
    static func section(_ table: TableAggregate) -> String {
        MarkdownSummary.genericSection(table)
    }
}
