import Foundation
import CoachLensKit
import PCRE2Regex

/// Decides a document's kind: front matter `kind:` wins; a dialogue of labelled turns makes a session;
/// otherwise the weighted cues of the `kinds` rule pack set call-note evidence against signs of something else
/// (menu, reminder, newsletter, agenda, job offer, memo, product sheet) and of an article written for readers.
///
/// With `assumeCalls` (the `calls` command) a text is a call note unless its content shows it is not one: it
/// is `other` when its signs of something else weigh at least as much as its call evidence, or when it is long
/// prose with little call evidence. Without it, short texts need call evidence to be calls, and prose becomes
/// an article.
public struct KindClassifier: Sendable {
    /// The built-in kinds pack, shipped with the pipeline.
    public static var builtinRules: URL { Bundle.module.url(forResource: "Rules", withExtension: nil)! }

    /// Front matter keys that only call notes carry.
    static let callMetadata = ["vendeur", "vendeuse", "commercial", "commerciale", "salesperson", "client"]
    /// Folder names that hold call notes: a text found there that is not one gets a warning.
    static let callFolders: Set<String> = ["calls", "call", "appels", "notes", "notes-d-appel", "comptes-rendus", "rdv"]
    /// Speaker labels that mark a dialogue, whoever else speaks.
    static let dialogueLabels: Set<String> = [
        ">", "q", "r", "animateur", "animatrice", "client", "cliente", "consultant", "consultante", "vendeur",
        "vendeuse", "commercial", "commerciale", "coach", "coaché", "coachée", "participant", "participante",
        "question", "réponse", "moi", "intervenant", "intervenante", "prospect",
    ]
    /// Word count from which prose with no call evidence is taken as an article.
    static let articleMinimumWords = 150
    /// Word count past which a text without front matter is read as an article even with sales vocabulary:
    /// call notes are short, articles about selling are not.
    static let callMaximumWords = 700
    /// Call evidence a text of ``articleMinimumWords`` or more needs to stay a call note under `calls`: at least
    /// half this much, and one cue per ``wordsPerLongCallCue`` words.
    static let longCallEvidence = 4.0
    static let wordsPerLongCallCue = 80.0
    /// Bytes of a text the cues are read from: enough to tell a note from a menu or an article, and it keeps
    /// the cost of classifying a huge file bounded.
    static let sampleBytes = 32 * 1024

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

    /// The weighted cues of each label in `document`.
    func scores(_ document: AnalyzedDocument, scratch: MatchScratch) -> [String: Double] {
        guard let pack else { return [:] }
        var scores: [String: Double] = [:]
        for hit in RuleMatcher.scan(pack, in: document, scratch: scratch).hits {
            let rule = pack.rules[hit.rule].rule
            scores[rule.label, default: 0] += rule.weight
        }
        return scores
    }

    /// The document itself when small, else its first ``sampleBytes`` (cut at a line or scalar boundary),
    /// tokenized again.
    static func sample(_ document: AnalyzedDocument) -> AnalyzedDocument {
        let bytes = document.utf8
        guard bytes.count > sampleBytes else { return document }
        var end = sampleBytes
        if let newline = bytes[(sampleBytes / 2)..<sampleBytes].lastIndex(of: UInt8(ascii: "\n")) {
            end = newline
        } else {
            while end > 0, bytes[end] & 0xC0 == 0x80 { end -= 1 }
        }
        var prefix = document.document
        prefix.text = String(decoding: bytes[..<end], as: UTF8.self)
        return AnalyzedDocument(prefix)
    }

    /// True when the labelled turns of `utf8` read as a dialogue rather than a note's « Label : value » lines:
    /// at least two speakers who each speak twice, or a speaker named as in a transcript who speaks twice.
    static func isDialogue(_ utf8: [UInt8]) -> Bool {
        let turns = SpeakerTurnDetector.turns(in: utf8)
        guard turns.count >= 3 else { return false }
        var counts: [String: Int] = [:]
        for turn in turns { counts[turn.speaker.lowercased(), default: 0] += 1 }
        let recurring = counts.filter { $0.value >= 2 }
        let named = recurring.keys.contains { label in
            dialogueLabels.contains(label) || dialogueLabels.contains(String(label.split(separator: " ").first ?? ""))
        }
        return counts.count >= 2 && (recurring.count >= 2 || named)
    }

    private func classifyContent(
        _ document: AnalyzedDocument, assumeCalls: Bool, scratch: MatchScratch
    ) -> (kind: DocumentKind, warning: String?) {
        // Cues are read from the first ``sampleBytes`` only; the word count is the whole text's.
        let sample = Self.sample(document)
        if Self.isDialogue(sample.utf8) { return (.session, nil) }
        let scores = scores(sample, scratch: scratch)
        let call = scores["call"] ?? 0, other = scores["other"] ?? 0, article = scores["article"] ?? 0
        let metadataSaysCall = Self.callMetadata.contains { document.document.metadata[$0] != nil }
        let inCallFolder = document.document.path.split(separator: "/").dropLast()
            .contains { Self.callFolders.contains($0.lowercased()) }
        let words = document.tokens.lazy.filter { $0.kind == .word }.count
        if assumeCalls {
            if other > 0, other >= call {
                return (.other, "ce texte ne ressemble pas à une note d’appel : type « other », non évalué")
            }
            if call == 0 {
                return (.other, "aucun indice de rendez-vous ou d’appel client : type « other », non évalué")
            }
            if article > 0, call < 2 * article {
                return (.other, "texte rédigé pour des lecteurs, pas une note d’appel : type « other », non évalué")
            }
            // Call notes are short and dense in meeting cues; a longer text needs cues all along.
            if words >= Self.articleMinimumWords,
               call < max(Self.longCallEvidence / 2, Double(words) / Self.wordsPerLongCallCue) {
                return (.other, "texte long sans récit de rendez-vous : type « other », non évalué")
            }
            return (.call, nil)
        }
        // A long text needs several signs of something else: an article may mention a webinar or a programme.
        if other > 0, other >= call, other >= article, other >= 2 || words < Self.articleMinimumWords {
            return (.other, metadataSaysCall || inCallFolder
                    ? "ce texte ne ressemble pas à une note d’appel : type « other », non évalué" : nil)
        }
        if metadataSaysCall { return (.call, nil) }
        if words <= Self.callMaximumWords, call >= 2, call > article { return (.call, nil) }
        if words >= Self.articleMinimumWords || article >= 1 { return (.article, nil) }
        if call >= 1 { return (.call, nil) }
        return (.other, inCallFolder ? "aucun indice de rendez-vous ou d’appel client : type « other », non évalué" : nil)
    }
}
