import CoachLensPipeline

/// The `framing` section of summary.md.
enum FramingMarkdown {
    static func section(_ table: TableAggregate) -> String {
        MarkdownSummary.genericSection(table)
    }
}
