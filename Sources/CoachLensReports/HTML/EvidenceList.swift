import CoachLensPipeline

/// The evidence behind a figure: for each label, its count and the first sentences found, matched words in
/// `<mark>`, each with the document it comes from.
enum EvidenceList {
    /// The evidence of `labels` (in that order, those with findings only), `limit` sentences each.
    /// `tone` gives each label's colour class (`bad`, `warn`, `good` or "").
    static func render(
        _ table: TableAggregate, labels: [String], limit: Int = 3, title: String = "Les phrases qui le montrent",
        tone: (String) -> String = { _ in "" }
    ) -> String {
        let shown = labels.filter { !(table.evidence[$0] ?? []).isEmpty }
        guard !shown.isEmpty else { return "" }
        var out = "<h3>\(HTMLText.escape(title))</h3>\n"
        for label in shown {
            let samples = varied(table.evidence[label] ?? []).prefix(limit)
            let total = table.findingCounts[label] ?? samples.count
            out += "<p><b>\(HTMLText.escape(ReportVocabulary.labelName(label)))</b> <span class=\"muted\">· \(total) preuve\(total > 1 ? "s" : "") dans le corpus"
                + (total > samples.count ? ", \(samples.count) premières ci-dessous" : "") + "</span></p>\n<ul class=\"evidence\">"
            let toneClass = tone(label)
            for sample in samples {
                out += "<li\(toneClass.isEmpty ? "" : " class=\"\(toneClass)\"")>« \(HTMLText.highlighted(sample.finding)) » <span class=\"doc\">\(HTMLText.escape(sample.document))</span></li>"
            }
            out += "</ul>\n"
        }
        return out
    }

    /// The samples with one sentence per document first (then the rest, in order), repeats dropped.
    static func varied(_ samples: [TableAggregate.SampleFinding]) -> [TableAggregate.SampleFinding] {
        var seen: Set<String> = [], documents: Set<String> = []
        var first: [TableAggregate.SampleFinding] = [], rest: [TableAggregate.SampleFinding] = []
        for sample in samples where seen.insert(sample.document + "\u{0}" + sample.finding.excerpt).inserted {
            if documents.insert(sample.document).inserted { first.append(sample) } else { rest.append(sample) }
        }
        return first + rest
    }

    /// One line counting the evidence of labels not shown in full (`shown` excluded), or "".
    static func others(_ table: TableAggregate, shown: [String]) -> String {
        let rest = table.findingCounts.filter { !shown.contains($0.key) }.sorted { $0.key < $1.key }
        guard !rest.isEmpty else { return "" }
        return "<p class=\"muted\">Autres indices relevés : " + rest.map {
            "\(HTMLText.escape(ReportVocabulary.labelName($0.key))) (\($0.value))"
        }.joined(separator: ", ") + ".</p>\n"
    }

    /// Every label of `table` with evidence: `first` in the given order, then the others sorted.
    static func labels(_ table: TableAggregate, first: [String]) -> [String] {
        first.filter { table.evidence[$0] != nil } + table.evidence.keys.filter { !first.contains($0) }.sorted()
    }
}
