import CoachLensKit
import CoachLensPipeline

/// Folds each document's outcome into an ``ArticleProfile`` as the run streams, reading plugin rows by column
/// name (segments, framing, focus) and the cues of ``GapCuesPlugin``. Only per-article figures are kept.
public struct GapAccumulator: Sendable {
    /// The profiles, in input order.
    public private(set) var articles: [ArticleProfile] = []
    /// Totals over every input file, for the exit status and the report header.
    public private(set) var totals = RunTotals()
    /// Which plugins gave a row for at least one article.
    public private(set) var scoredBy: Set<String> = []

    private let specs: [String: TableSpec]

    /// An accumulator reading these plugins' tables.
    public init(tables: [(plugin: String, spec: TableSpec)]) {
        var specs: [String: TableSpec] = [:]
        for table in tables { specs[table.plugin] = table.spec }
        self.specs = specs
    }

    /// Folds one outcome in; files that were not analysed only count in ``totals``.
    public mutating func add(_ outcome: DocumentOutcome) {
        totals.add(outcome.row)
        guard outcome.row.status == .ok else { return }
        var profile = ArticleProfile(
            document: outcome.row.document, title: Self.fallbackTitle(outcome.row.document), kind: outcome.row.kind)
        for result in outcome.results {
            if result.row != nil { scoredBy.insert(result.plugin) }
            switch result.plugin {
            case GapCuesPlugin.id: Self.readCues(result, into: &profile)
            case "segments": readSegments(result, into: &profile)
            case "framing": readFraming(result, into: &profile)
            case "focus": readFocus(result, into: &profile)
            default: break
            }
        }
        articles.append(profile)
    }

    /// A title from the file name when the text gives none.
    static func fallbackTitle(_ document: String) -> String {
        let name = document.split(separator: "/").last.map(String.init) ?? document
        let stem = name.split(separator: ".").dropLast().joined(separator: ".")
        return (stem.isEmpty ? name : stem).split(separator: "-").joined(separator: " ")
    }

    private func cells(_ result: PluginResult) -> ((String) -> Cell?)? {
        guard let row = result.row, let spec = specs[result.plugin] else { return nil }
        return { name in
            guard let index = spec.columns.firstIndex(of: name), index < row.count else { return nil }
            return row[index]
        }
    }

    private func readSegments(_ result: PluginResult, into profile: inout ArticleProfile) {
        if let cell = cells(result) {
            for code in ReportVocabulary.segmentCodes {
                if let score = cell(code)?.number { profile.scores[code] = score }
            }
            if case let .text(value)? = cell("segments") {
                profile.detected = value.split(separator: "|").map(String.init)
            }
        }
        for finding in result.findings where ReportVocabulary.segmentCodes.contains(finding.label) {
            if profile.segmentEvidence[finding.label] == nil { profile.segmentEvidence[finding.label] = finding }
        }
    }

    private func readFraming(_ result: PluginResult, into profile: inout ArticleProfile) {
        if let cell = cells(result) {
            profile.guarantee = cell("guarantee")?.number.map { $0 > 0 }
            profile.responsibility = cell("responsibility")?.number.map { $0 > 0 }
            profile.externalAttribution = cell("external_attribution")?.number.map { $0 > 0 }
            profile.guaranteeHits = Int(cell("guarantee_hits")?.number ?? 0)
        }
        profile.guaranteeEvidence = result.findings.first { $0.label == "guarantee" }
        if profile.guaranteeHits == 0 {
            profile.guaranteeHits = result.findings.filter { $0.label == "guarantee" }.count
        }
    }

    private func readFocus(_ result: PluginResult, into profile: inout ArticleProfile) {
        if let cell = cells(result) {
            profile.clientShare = cell("client_share")?.number
            if case let .text(label)? = cell("label") { profile.focusLabel = label }
            for name in ["first_singular", "first_plural", "second_person"] {
                if let value = cell(name)?.number { profile.pronouns[name] = Int(value) }
            }
        }
        profile.selfEvidence = result.findings.first { $0.label == "self" }
    }

    /// Reads the cues: title, announcements (tied to the segment or step their topic names), series,
    /// canvas, segment names and step topics.
    static func readCues(_ result: PluginResult, into profile: inout ArticleProfile) {
        var cues: [Finding] = []
        for finding in result.findings {
            switch finding.label {
            case "titre":
                profile.title = finding.excerpt
            case "annonce", "annonce-faible":
                cues.append(finding)
            case "serie":
                if profile.series == nil {
                    profile.series = finding
                    profile.seriesParts = Int(finding.note)
                }
            case "canevas":
                profile.canvasMentions += 1
            case let code where ReportVocabulary.segmentCodes.contains(code):
                profile.segmentNames[code, default: 0] += 1
                // The most direct mention: the shortest sentence naming the segment (a heading, a list item).
                if let kept = profile.segmentNameEvidence[code], kept.excerpt.unicodeScalars.count <= finding.excerpt.unicodeScalars.count {
                    break
                }
                profile.segmentNameEvidence[code] = finding
            case let step where ReportVocabulary.stepIDs.contains(step):
                profile.stepMentions[step, default: 0] += 1
                if profile.stepEvidence[step] == nil { profile.stepEvidence[step] = finding }
            default:
                break
            }
        }
        for cue in cues.prefix(ArticleProfile.announcementLimit) {
            profile.announcements.append(Announcement(
                topic: cue.note, code: topicCode(of: cue, among: result.findings), weak: cue.label == "annonce-faible",
                evidence: cue))
        }
    }

    /// The segment or step an announcement's topic names: the longest name found after the cue in the same
    /// sentence (segments before steps on a tie).
    static func topicCode(of cue: Finding, among findings: [Finding]) -> String? {
        guard !cue.note.isEmpty else { return nil }
        let names = findings.filter {
            $0.sentence == cue.sentence && $0.start >= cue.end
                && (ReportVocabulary.segmentCodes.contains($0.label) || ReportVocabulary.stepIDs.contains($0.label))
        }
        return names.max { a, b in
            let lengthA = a.end - a.start, lengthB = b.end - b.start
            if lengthA != lengthB { return lengthA < lengthB }
            let segmentA = ReportVocabulary.segmentCodes.contains(a.label)
            let segmentB = ReportVocabulary.segmentCodes.contains(b.label)
            if segmentA != segmentB { return !segmentA }
            return a.start > b.start
        }?.label
    }
}
