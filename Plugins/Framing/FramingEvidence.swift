import CoachLensKit

/// The findings of one document per flag, one per flag and sentence, and the row they make.
struct FramingEvidence {
    private var findings: [FramingFlag: [Finding]] = [:]
    private var sentences: [FramingFlag: Set<Int>] = [:]

    /// Keeps `hit` as evidence of `flag`, unless its sentence already evidences the flag.
    mutating func add(
        _ flag: FramingFlag, rule: String, hit: RuleHit, note: String = "", in document: AnalyzedDocument
    ) {
        guard sentences[flag, default: []].insert(hit.sentence).inserted else { return }
        findings[flag, default: []].append(
            document.finding(rule: rule, label: flag.column, utf8Range: hit.utf8Range, note: note))
    }

    /// Whether sentence `index` evidences `flag`.
    func holds(_ flag: FramingFlag, in index: Int) -> Bool {
        sentences[flag]?.contains(index) ?? false
    }

    /// Drops every finding of `flag`.
    mutating func clear(_ flag: FramingFlag) {
        findings[flag] = nil
        sentences[flag] = nil
    }

    /// The plugin's result: the three flags, their hit counts, and the findings in text order.
    func result(plugin: String, warnings: [String]) -> PluginResult {
        let counts = FramingFlag.allCases.map { findings[$0]?.count ?? 0 }
        let all = FramingFlag.allCases.flatMap { findings[$0] ?? [] }
            .sorted { ($0.start, $0.end, $0.label) < ($1.start, $1.end, $1.label) }
        return PluginResult(
            plugin: plugin, row: counts.map { .flag($0 > 0) } + counts.map { .integer($0) },
            findings: all, warnings: warnings)
    }
}
