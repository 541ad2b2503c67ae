import CoachLensKit

/// The evidence of the `focus` plugin, with its French messages.
///
/// Labels: `client_term`, `self_term`, `service` and `inclusive` for each cue (overlapping cues of one kind
/// counted once, as in the table; a company cue under the side it stands for in its sentence; third-person cues are
/// too many to show; courtesy formulas, extent and brevity words and words that hand the floor to the client orient nothing by themselves); `client` and `self` for each
/// sentence so judged, on the words that decided it; `suggestion` for a self-centred sentence the pack can reword.
enum FocusFindings {
    /// Every finding of `analysis`, in text order.
    static func findings(_ analysis: FocusAnalysis, in document: AnalyzedDocument) -> [Finding] {
        var findings: [Finding] = []
        for (index, cues) in analysis.sentenceCues.enumerated() {
            for cue in cues {
                let kind = cue.kind == .company ? analysis.companySides[index] : cue.kind
                guard let label = cueLabel(kind) else { continue }
                findings.append(document.finding(rule: cue.rule, label: label, utf8Range: cue.utf8Range))
            }
        }
        for (index, judgement) in analysis.judgements.enumerated() where judgement.orientation != .neither {
            let deciding = decidingWords(of: index, toward: judgement.orientation, in: analysis, document: document)
            guard let first = deciding.first else { continue }
            findings.append(document.finding(
                rule: "phrase", label: judgement.orientation.label, utf8Range: first.range,
                note: sentenceNote(judgement, words: deciding.map(\.text))))
            if judgement.orientation == .oneself, let cue = analysis.suggestions[index],
               let suggestion = cue.suggestion {
                findings.append(document.finding(
                    rule: cue.rule, label: "suggestion", utf8Range: cue.utf8Range,
                    note: suggestionNote(document.text(cue.utf8Range), suggestion)))
            }
        }
        findings.sort { ($0.start, $0.end) < ($1.start, $1.end) }
        return findings
    }

    /// The words that pushed sentence `index` toward `orientation`: its cues of that side, then its pronouns.
    static func decidingWords(
        of index: Int, toward orientation: FocusOrientation, in analysis: FocusAnalysis, document: AnalyzedDocument
    ) -> [(range: Range<Int>, text: String)] {
        var cueKinds: Set<FocusCue.Kind> = orientation == .client ? [.client, .service] : [.oneself]
        if (orientation == .client) == (analysis.companySides[index] == .client) { cueKinds.insert(.company) }
        let pronouns: Set<PronounClass> = orientation == .client ? [.secondPerson] : [.firstPlural, .firstSingular]
        let cues = analysis.sentenceCues[index].filter { cueKinds.contains($0.kind) }
            .sorted { $0.weight > $1.weight }.map(\.utf8Range)
        let words = analysis.sentencePronouns[index].filter { pronouns.contains($0.pronoun) }.map(\.utf8Range)
        return (cues + words).map { ($0, document.text($0)) }
    }

    /// The evidence label of a cue's kind, nil for cues not shown (a company cue is shown under its side).
    static func cueLabel(_ kind: FocusCue.Kind) -> String? {
        switch kind {
        case .client: return "client_term"
        case .oneself: return "self_term"
        case .service: return "service"
        case .inclusive: return "inclusive"
        case .third, .company, .courtesy, .extent, .brevity, .voice: return nil
        }
    }

    /// « phrase centrée sur le client (2,5 contre 0,6) : « ses besoins », « vous » ».
    static func sentenceNote(_ judgement: FocusJudge.Judgement, words: [String]) -> String {
        let side = judgement.orientation == .client ? "phrase centrée sur le client" : "phrase centrée sur soi"
        let scores = judgement.orientation == .client
            ? "\(decimal(judgement.client)) contre \(decimal(judgement.oneself))"
            : "\(decimal(judgement.oneself)) contre \(decimal(judgement.client))"
        var seen: [String: Int] = [:]
        var order: [String] = []
        for word in words {
            let key = word.lowercased()
            if seen[key] == nil { order.append(key) }
            seen[key, default: 0] += 1
        }
        let listed = order.prefix(6).map { seen[$0]! > 1 ? "« \($0) » ×\(seen[$0]!)" : "« \($0) »" }
        return "\(side) (\(scores)) : " + listed.joined(separator: ", ")
    }

    /// « au lieu de « nos solutions permettent », essayer « vous pourrez … » ».
    static func suggestionNote(_ words: String, _ suggestion: String) -> String {
        "au lieu de « \(words) », essayer « \(suggestion) »"
    }

    /// A score with a decimal comma and one digit.
    static func decimal(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10),\(tenths % 10)"
    }
}
