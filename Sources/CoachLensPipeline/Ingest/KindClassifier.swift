import Foundation
import CoachLensKit
import PCRE2Regex

/// Decides a document's kind: front matter `kind:` wins; speaker turns make a session; otherwise the cues of
/// the `kinds` rule pack weigh call-note evidence against signs of something else (menu, reminder, agenda).
public struct KindClassifier: Sendable {
    /// The built-in kinds pack, shipped with the pipeline.
    public static var builtinRules: URL { Bundle.module.url(forResource: "Rules", withExtension: nil)! }

    /// Front matter keys that only call notes carry.
    static let callMetadata = ["vendeur", "vendeuse", "commercial", "salesperson", "client"]
    /// Word count from which prose with no call evidence is taken as an article.
    static let articleMinimumWords = 150
    /// Word count past which a text without front matter is read as an article even with sales vocabulary:
    /// call notes are short, articles about selling are not.
    static let callMaximumWords = 700

    private let pack: CompiledRulePack?

    /// Builds the classifier from the `kinds` pack of `library` (none: structure and front matter only).
    public init(library: RuleLibrary) {
        pack = library.packs(for: "kinds").last
    }

    /// The kind of `document`, and a warning when the content contradicts what the run expected.
    /// With `assumeCalls` (the `calls` command) a text is a call note unless its content shows otherwise.
    public func classify(
        _ document: AnalyzedDocument, assumeCalls: Bool, scratch: MatchScratch
    ) -> (kind: DocumentKind, warning: String?) {
        if let declared = document.document.metadata["kind"] {
            if let kind = DocumentKind(rawValue: declared.lowercased()) { return (kind, nil) }
            return (classifyContent(document, assumeCalls: assumeCalls, scratch: scratch).kind,
                    "type « \(declared) » inconnu dans l’en-tête : type déduit du contenu")
        }
        return classifyContent(document, assumeCalls: assumeCalls, scratch: scratch)
    }

    private func classifyContent(
        _ document: AnalyzedDocument, assumeCalls: Bool, scratch: MatchScratch
    ) -> (kind: DocumentKind, warning: String?) {
        let turns = SpeakerTurnDetector.turns(in: document.utf8)
        if turns.count >= 3, Set(turns.map(\.speaker)).count >= 2 { return (.session, nil) }
        var call = 0, other = 0
        if let pack {
            let labels = RuleMatcher.scan(pack, in: document, scratch: scratch).hits.map { pack.rules[$0.rule].rule.label }
            call = labels.filter { $0 == "call" }.count
            other = labels.filter { $0 == "other" }.count
        }
        let metadataSaysCall = Self.callMetadata.contains { document.document.metadata[$0] != nil }
        let words = document.tokens.lazy.filter { $0.kind == .word }.count
        if other > call {
            return (.other, assumeCalls || metadataSaysCall
                    ? "ce texte ne ressemble pas à une note d’appel : type « other », non évalué" : nil)
        }
        if !assumeCalls, !metadataSaysCall, words > Self.callMaximumWords { return (.article, nil) }
        if metadataSaysCall || call >= 2 || (assumeCalls && call >= 1) { return (.call, nil) }
        if assumeCalls {
            return (.other, "aucun indice de rendez-vous ou d’appel client : type « other », non évalué")
        }
        return (words >= Self.articleMinimumWords ? .article : .other, nil)
    }
}
