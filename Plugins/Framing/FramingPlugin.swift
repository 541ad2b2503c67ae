import CoachLensKit
import Foundation
import PCRE2Regex

/// Promesses de garantie, responsabilité du client, attribution externe de l’échec: three independent flags
/// per document, with hit counts and the sentences behind them.
///
/// ```
///  pack hits ──► cues per sentence (failure, reported, critic, excuse) and per text (effort removed)
///      │
///      ├─ guarantee ─────────► asked, criticised or reported? drop; negated? responsibility; else guarantee
///      ├─ responsibility ────► negated, or the text removes all effort? drop
///      ├─ self_attribution ──► responsibility, unless its sentence blames something outside
///      ├─ excuse_rejected ───► responsibility; no external attribution in its sentence
///      ├─ external_attribution ► note « discours rapporté » when quoted or reported
///      ├─ external_cause ────► kept only in a sentence that says something failed
///      └─ external_factor ───► kept when its sentence or a neighbour says something failed
/// ```
///
/// The words are in the YAML pack (`Rules/framing.yaml`, or a user pack with the same `plugin`); the code
/// adds what a pattern cannot say well: negation in the clause (``NegationScope``), quotes
/// (``ReportedSpeech``), and how cues combine. One finding is kept per flag and sentence.
public struct FramingPlugin: AnalysisPlugin {
    /// The plugin's id, as used by `--plugins` and by the packs' `plugin` key.
    public static let id = "framing"
    /// The built-in pack folder (`Rules/framing.yaml`).
    public static var builtinRules: URL { Bundle.module.url(forResource: "Rules", withExtension: nil)! }

    /// framing.csv: the three flags, then their hit counts.
    public let table = TableSpec(
        fileName: "framing.csv",
        columns: FramingFlag.allCases.map(\.column) + FramingFlag.allCases.map(\.hitsColumn))
    private let packs: [CompiledRulePack]

    /// Builds the plugin from the library's `framing` packs.
    public init(library: RuleLibrary, options: AnalysisOptions) throws(RulePackError) {
        packs = library.packs(for: Self.id)
    }

    /// Every pattern the packs run.
    public var patterns: [String] { packs.flatMap(\.patternSources) }

    /// The flags, hit counts and evidence of one document.
    public func analyze(_ document: AnalyzedDocument, scratch: MatchScratch) -> PluginResult {
        var hits: [FramingHit] = []
        var warnings: [String] = []
        for pack in packs {
            let scan = RuleMatcher.scan(pack, in: document, scratch: scratch)
            warnings += scan.failures
            for hit in scan.hits {
                let rule = pack.rules[hit.rule].rule
                guard let role = FramingRole(rawValue: rule.label) else { continue }
                hits.append(FramingHit(role: role, rule: rule.id, hit: hit))
            }
        }
        hits.sort { $0.hit.utf8Range.lowerBound < $1.hit.utf8Range.lowerBound }
        let cues = FramingCues(hits, in: document)

        var evidence = FramingEvidence()
        var selfAttributions: [FramingHit] = []
        for item in hits {
            let hit = item.hit
            let negated = { NegationScope.isNegated(hit.utf8Range, sentence: hit.sentence, in: document) }
            switch item.role {
            case .guarantee:
                guard !SentenceShape.isQuestion(hit.sentence, in: document),
                      !cues.isSomeoneElses(hit, in: document) else { continue }
                if negated() {
                    evidence.add(.responsibility, rule: item.rule, hit: hit, note: FramingNote.negatedGuarantee,
                                 in: document)
                } else {
                    evidence.add(.guarantee, rule: item.rule, hit: hit, in: document)
                }
            case .responsibility, .excuseRejected:
                if !negated() { evidence.add(.responsibility, rule: item.rule, hit: hit, in: document) }
            case .selfAttribution:
                selfAttributions.append(item)
            case .externalAttribution, .externalCause, .externalFactor:
                let kept = switch item.role {
                case .externalCause: cues.failing.contains(hit.sentence)
                case .externalFactor: cues.failed(near: hit.sentence, in: document)
                default: true
                }
                if kept, !cues.excused.contains(hit.sentence) {
                    evidence.add(.externalAttribution, rule: item.rule, hit: hit,
                                 note: cues.speechNote(hit, in: document), in: document)
                }
            case .failureCue, .reportedCue, .criticCue, .effortRemovedCue:
                break
            }
        }
        // Owning a failure is responsibility framing, unless the same sentence blames something outside.
        for item in selfAttributions where !evidence.holds(.externalAttribution, in: item.hit.sentence) {
            evidence.add(.responsibility, rule: item.rule, hit: item.hit, in: document)
        }
        // A text that takes every effort off the client does not frame the client's responsibility.
        if cues.effortRemoved { evidence.clear(.responsibility) }
        return evidence.result(plugin: Self.id, warnings: warnings)
    }
}
