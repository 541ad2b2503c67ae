import CoachLensKit
import Foundation
import PCRE2Regex
import SalesSteps
import TestSupport
import Testing

/// The steps plugin on small notes: method choice, what counts as done, what does not (negation, plans,
/// advice), the order check, sessions, and a user's own method pack.
@Suite struct SalesStepsPluginTests {
    static func plugin(_ method: String = "ten-steps", user: URL? = nil) throws -> SalesStepsPlugin {
        let library = try RuleLibrary.load(builtin: [SalesStepsPlugin.builtinRules], user: user)
        return try SalesStepsPlugin(library: library, options: AnalysisOptions(method: method))
    }

    /// The steps done in `text`, read as a call note.
    static func done(_ text: String, _ plugin: SalesStepsPlugin) -> Set<String> {
        let result = plugin.analyze(Fixtures.document(text, kind: .call), scratch: MatchScratch())
        guard let row = result.row else { return [] }
        return Set(plugin.steps.enumerated().filter { row[1 + $0.offset] == .integer(1) }.map(\.element.id))
    }

    static func violation(_ text: String, _ plugin: SalesStepsPlugin) -> Bool {
        plugin.analyze(Fixtures.document(text, kind: .call), scratch: MatchScratch()).row?[plugin.steps.count + 2] == .integer(1)
    }

    @Test func columnsFollowTheMethod() throws {
        #expect(try Self.plugin().table.columns
            == ["method", "S1", "S2", "S3", "S4", "S5", "S6", "S7", "S8", "S9", "S10", "coverage", "order_violation", "missing"])
        #expect(try Self.plugin("codev").table.columns
            == ["method", "C1", "C2", "C3", "C4", "C5", "C6", "coverage", "order_violation", "missing"])
        #expect(try Self.plugin("relation-affaires").steps.map(\.id) == ["R1", "R2", "R3", "R4", "R5", "R6"])
        #expect(try Self.plugin("maturation").steps.map(\.id) == ["M1", "M2", "M3", "M4", "M5"])
        #expect(try Self.plugin().steps.first { $0.id == "S8" }?.requires == ["S3", "S6", "S7"])
    }

    @Test func unknownMethodNamesTheOthers() throws {
        #expect(throws: RulePackError.unknownMethod(
            id: "spin", available: ["codev", "maturation", "relation-affaires", "ten-steps"])) {
            try Self.plugin("spin")
        }
    }

    @Test func onlyKindsOfTheMethodAreScored() throws {
        let plugin = try Self.plugin()
        let text = "RDV avec le gérant. Je lui ai posé beaucoup de questions."
        for kind in [DocumentKind.article, .other, .session] {
            #expect(plugin.analyze(Fixtures.document(text, kind: kind), scratch: MatchScratch()).row == nil)
        }
        let row = try #require(plugin.analyze(Fixtures.document(text, kind: .call), scratch: MatchScratch()).row)
        #expect(row.first == .text("ten-steps"))
        #expect(row[11] == .decimal(0.2, digits: 3))
        #expect(row[13] == .text("S2|S4|S5|S6|S7|S8|S9|S10"))
        #expect(try Self.plugin("codev").analyze(Fixtures.document(text, kind: .call), scratch: MatchScratch()).row == nil)
    }

    @Test func telegraphicAndImplicitNotesCount() throws {
        let plugin = try Self.plugin()
        #expect(Self.done("RDV DG ok, 1 h.", plugin) == ["S1"])
        #expect(Self.done("Reformulé, il a dit oui.", plugin).contains("S6"))
        #expect(Self.done("Il m'a confirmé que j'avais bien compris.", plugin) == ["S7"])
        #expect(Self.done("2 options présentées : achat ou location.", plugin) == ["S8"])
        #expect(Self.done("Je lui ai demandé combien de commandes il perd par semaine.", plugin) == ["S3"])
    }

    @Test func negatedPlannedOrAdvisedStepsDoNotCount() throws {
        let plugin = try Self.plugin()
        #expect(Self.done("Je n'ai pas reformulé.", plugin).isEmpty)
        #expect(Self.done("Pas fait de résumé, il était pressé.", plugin).isEmpty)
        #expect(Self.done("5. Analyse : pas vraiment", plugin).isEmpty)
        #expect(Self.done("La prochaine fois je poserai plus de questions.", plugin).isEmpty)
        #expect(Self.done("Je vais lui envoyer deux variantes.", plugin).isEmpty)
        #expect(Self.done("Je reviens avec deux ou trois variantes chiffrées.", plugin).isEmpty)
        #expect(Self.done("Je lui envoie ce que j'ai compris pour validation.", plugin).isEmpty)
        #expect(Self.done("J'aurais dû reformuler avant de proposer.", plugin).isEmpty)
        #expect(Self.done("Il faudrait proposer deux formules la prochaine fois.", plugin).isEmpty)
        #expect(Self.done("À faire :\n- résumer ses besoins par écrit\n- proposer deux formules", plugin).isEmpty)
        // A negation reaches the end of its clause only.
        #expect(Self.done("Pas de remise, mais j'ai reformulé ses besoins.", plugin) == ["S6"])
    }

    @Test func orderViolations() throws {
        let plugin = try Self.plugin()
        #expect(Self.violation(
            "Dès le début j'ai annoncé notre tarif.\nEnsuite je lui ai posé des questions sur ses volumes.", plugin))
        #expect(Self.violation("J'ai présenté notre offre avant même de lui poser une question.", plugin))
        #expect(Self.violation(
            "Je lui ai posé des questions.\nJe lui ai proposé de signer tout de suite.\nEnsuite j'ai reformulé et il a validé.",
            plugin))
        // Outcome first, chronology clear: no violation.
        #expect(!Self.violation(
            "Signé !\nD'abord je lui ai posé beaucoup de questions.\nPuis j'ai présenté deux formules.\nBon de commande signé.",
            plugin))
        // Skipping the summary and proposing after questions is not a violation.
        #expect(!Self.violation("Je lui ai posé des questions.\nJ'ai présenté deux formules.", plugin))
        // Within a sentence, what follows « puis » came afterwards.
        #expect(Self.violation("Je lui ai montré la démo dès le début, puis j'ai posé mes questions.", plugin))
        #expect(!Self.violation("Je lui ai posé mes questions, puis je lui ai présenté deux formules.", plugin))
    }

    @Test func evidenceNamesStepsAndOrder() throws {
        let plugin = try Self.plugin()
        let text = "Émoji 🙂 déjà. Dès le début j'ai présenté notre tarif.\nEnsuite je lui ai posé des questions."
        let result = plugin.analyze(Fixtures.document(text, kind: .call), scratch: MatchScratch())
        let question = try #require(result.findings.first { $0.label == "S3" })
        #expect(question.note == "Poser beaucoup de questions, laisser parler")
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[question.start..<question.end])) == "je lui ai posé des questions")
        let order = try #require(result.findings.first { $0.label == SalesStepsPlugin.orderLabel })
        #expect(order.rule == SalesStepsPlugin.orderRule)
        #expect(order.note.contains("Poser beaucoup de questions"))
    }

    @Test func sessionsGetSpeakerFiguresAndCodevSteps() throws {
        let text = """
        Étape 1
        Client : Mon problème, c'est que je n'ose pas appeler des inconnus.
        Étape 2
        Q : Depuis quand ?
        > : Deux ans.
        Q : Qu'as-tu déjà essayé ?
        > : Des salons, sans succès.
        Animateur : Alors, quelle est ta demande ?
        > : Oser décrocher le téléphone.
        """
        let document = Fixtures.document(text, kind: .session)
        let result = try Self.plugin("codev").analyze(document, scratch: MatchScratch())
        let row = try #require(result.row)
        #expect(Array(row[1...3]) == [.integer(1), .integer(1), .integer(1)])
        let speakers = result.findings.filter { $0.rule == SpeakerStatistics.rule }.compactMap(SpeakerStatistics.parse)
        #expect(speakers.map(\.name) == ["Client", "Q", ">", "Animateur"])
        #expect(speakers.first { $0.name == "Q" }?.questions == 2)
        #expect(speakers.map(\.sharePercent).reduce(0, +) >= 99)
        // Under a call method a session is not scored but keeps its speaker figures.
        let plain = try Self.plugin().analyze(document, scratch: MatchScratch())
        #expect(plain.row == nil)
        #expect(plain.findings.count == 4)
    }

    @Test func aUserMethodPackWorksLikeTheBuiltInOnes() throws {
        let folder = try Fixtures.temporaryDirectory("bant")
        try """
        id: bant
        plugin: steps
        version: 1
        name: BANT
        description: Budget, autorité, besoin, calendrier.
        applies_to: [call]
        steps:
          - {id: B, name: Budget, advice: Demandez le budget.}
          - {id: A, name: Autorité, advice: Identifiez qui signe.}
          - {id: N, name: Besoin, advice: Faites décrire le besoin.}
          - {id: T, name: Calendrier, advice: Demandez l'échéance., requires: [N]}
        rules:
          - id: budget
            label: B
            patterns: ['\\bbudget\\s+(?:de|d’environ|d''environ)\\s+\\d']
            examples: {match: ['Budget de 20 k€.'], no_match: ['Pas de budget.']}
          - id: echeance
            label: T
            patterns: ['\\b(?:échéance|mise en service|démarrage)\\s+(?:en|avant|pour)\\s+\\p{L}+']
            examples: {match: ['Démarrage avant juin.'], no_match: ['Ça démarre.']}
        """.write(to: folder.appendingPathComponent("bant.yaml"), atomically: true, encoding: .utf8)
        let plugin = try Self.plugin("bant", user: folder)
        #expect(plugin.table.columns == ["method", "B", "A", "N", "T", "coverage", "order_violation", "missing"])
        // The built-in markers apply to the user's method too.
        #expect(Self.done("Budget de 20 k€ validé. Démarrage avant juin.", plugin) == ["B", "T"])
        #expect(Self.done("Je vais demander le budget de 2026 au DAF.", plugin).isEmpty)
        for pack in try RuleLibrary.load(builtin: [], user: folder).packs {
            #expect(RuleExampleChecker.check(pack).isEmpty)
        }
    }

    @Test func aRuleWithAnUnknownLabelIsRejected() throws {
        let folder = try Fixtures.temporaryDirectory("bad-method")
        try """
        id: mauvaise
        plugin: steps
        version: 1
        description: Étiquette inconnue.
        steps:
          - {id: X1, name: Un, advice: Faire un.}
        rules:
          - id: faute
            label: X2
            patterns: ['\\bun\\b']
        """.write(to: folder.appendingPathComponent("mauvaise.yaml"), atomically: true, encoding: .utf8)
        #expect(throws: RulePackError.self) { try Self.plugin("mauvaise", user: folder) }
    }
}
