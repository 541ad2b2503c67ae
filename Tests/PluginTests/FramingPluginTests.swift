import CoachLensKit
import Foundation
import Framing
import PCRE2Regex
import TestSupport
import Testing

/// The framing plugin on single texts: the row, negation, reported speech, off-topic senses and evidence.
@Suite struct FramingPluginTests {
    static let plugin: FramingPlugin = {
        // The built-in pack ships with the plugin; a failure here is reported by RulePackExamplesTests.
        try! FramingPlugin(library: RuleLibrary.load(builtin: [FramingPlugin.builtinRules]), options: AnalysisOptions())
    }()

    static func analyze(_ text: String, kind: DocumentKind = .other) -> PluginResult {
        plugin.analyze(Fixtures.document(text, kind: kind), scratch: MatchScratch())
    }

    /// The three flags of a text, as (guarantee, responsibility, external_attribution).
    static func flags(_ text: String, kind: DocumentKind = .other) -> [Int] {
        (analyze(text, kind: kind).row ?? []).prefix(3).map { cell in
            if case let .integer(value) = cell { return value }
            return -1
        }
    }

    @Test func tableFollowsTheContract() {
        #expect(Self.plugin.table.fileName == "framing.csv")
        #expect(Self.plugin.table.columns == [
            "guarantee", "responsibility", "external_attribution", "guarantee_hits", "responsibility_hits",
            "external_hits",
        ])
        #expect(FramingPlugin.id == "framing")
        #expect(!Self.plugin.patterns.isEmpty)
    }

    @Test func rowCountsOneHitPerSentenceAndFlag() {
        let result = Self.analyze("""
            Résultats garantis. Satisfait ou remboursé, résultats garantis !
            C'est vous qui faites le travail.
            """)
        #expect(result.row == [.integer(1), .integer(1), .integer(0), .integer(2), .integer(1), .integer(0)])
        #expect(result.findings.map(\.label) == ["guarantee", "guarantee", "responsibility"])
    }

    @Test(arguments: [
        "Trouvez vos trois premiers clients en un mois : résultats garantis.",
        "Je vous garantis que vous aurez trouvé votre positionnement à la fin des six séances.",
        "Mon accompagnement est satisfait ou remboursé pendant 14 jours.",
        "Avec notre méthode, vous allez forcément décrocher des rendez-vous.",
        "Obtenez vos premiers résultats à coup sûr.",
        "100 % de réussite pour nos candidats.",
        "Attirez des clients sans effort grâce à notre tunnel.",
        "Si l'objectif n'est pas atteint, vous ne payez pas.",
        "Stage intensif : succès assuré !",
        "Une réussite garantie, des transformations garanties, un succès garanti.",
    ])
    func guaranteePromises(_ text: String) {
        #expect(Self.flags(text)[0] == 1, "\(text)")
    }

    @Test(arguments: [
        "Je vous garantis une chose : je serai là à chaque séance.",
        "Confidentialité garantie : rien ne sort du cabinet.",
        "Ceux qui vous garantissent des résultats mentent.",
        "Les travaux sont couverts par la garantie décennale.",
        "La garantie légale de conformité s'applique aux livres de la boutique.",
        "Votre chaudière bénéficie d'une garantie constructeur de deux ans.",
        "Les réserves sont levées au titre de la garantie de parfait achèvement.",
        "Si le séminaire est annulé, vous êtes intégralement remboursé.",
        "Faut-il proposer une garantie « satisfait ou remboursé » à ses clients ?",
        "N'attendez aucune garantie de ma part.",
    ])
    func notGuarantees(_ text: String) {
        #expect(Self.flags(text)[0] == 0, "\(text)")
    }

    @Test func negatedGuaranteeIsResponsibilityFraming() throws {
        #expect(Self.flags("Je ne garantis jamais un résultat à mes clients.") == [0, 1, 0])
        let result = Self.analyze("Aucune garantie de résultat n'est donnée.")
        let finding = try #require(result.findings.first)
        #expect(finding.label == "responsibility")
        #expect(finding.note.contains("garantie niée"))
        #expect(Self.flags("Le coach est tenu à une obligation de moyens et non de résultat.") == [0, 1, 0])
        #expect(Self.flags("Aucune garantie de résultat n'est donnée.") == [0, 1, 0])
        #expect(Self.flags("Le changement ne se fait jamais sans effort.") == [0, 1, 0])
    }

    @Test func negationStopsAtTheClause() {
        // The negation of the first clause does not reach the promise after « mais ».
        #expect(Self.flags("Je ne suis pas magicien, mais je vous garantis que vous allez signer.")[0] == 1)
        let promise = "Je ne peux pas vous promettre que vous trouverez un emploi, "
            + "mais je peux vous promettre que nous travaillerons."
        #expect(Self.flags(promise) == [0, 1, 0])
    }

    @Test(arguments: [
        "Votre engagement fera la différence.",
        "C'est vous qui faites le travail.",
        "Je le ramène à sa propre responsabilité.",
        "Je ne suis pas un sauveur.",
        "Personne ne prospectera à votre place.",
        "Le seul responsable, c'était moi.",
        "Si vous continuez à faire ce que vous avez toujours fait, vous aurez les mêmes résultats.",
    ])
    func responsibilityFraming(_ text: String) {
        #expect(Self.flags(text)[1] == 1, "\(text)")
    }

    @Test(arguments: [
        "Nous nous engageons sur le résultat.",
        "L'abonnement est mensuel et sans engagement.",
        "Vous n'avez rien à faire : c'est nous qui prospectons, c'est vous qui encaissez.",
        "L'organisme décline toute responsabilité en cas de perte ou de vol.",
        "C'est vous qui choisissez le créneau dans l'agenda en ligne.",
    ])
    func notResponsibility(_ text: String) {
        #expect(Self.flags(text)[1] == 0, "\(text)")
    }

    @Test(arguments: [
        "Je n'ai pas pu faire les exercices, ce n'est pas ma faute.",
        "Si le lancement a été un flop, c'est la faute du prestataire.",
        "J'ai raté mon objectif à cause de mon estomac.",
        "On ne m'a pas prévenu que la plateforme prenait une commission.",
        "Mes ventes ont chuté. L'algorithme a changé.",
        "Mon chiffre est en baisse : c'est la conjoncture.",
    ])
    func externalAttribution(_ text: String) {
        #expect(Self.flags(text)[2] == 1, "\(text)")
    }

    @Test(arguments: [
        "L'atelier est reporté au 19 à cause de la neige.",
        "J'ai choisi ce cabinet à cause de sa réputation.",
        "L'algorithme de LinkedIn change souvent : voici cinq réglages.",
        "Ce n'est pas la faute du marché si vos messages restent sans réponse.",
        "J'ai raté des occasions à cause de ma timidité.",
    ])
    func notExternalAttribution(_ text: String) {
        #expect(Self.flags(text)[2] == 0, "\(text)")
    }

    @Test func reportedSpeechIsFlaggedAndNoted() throws {
        let result = Self.analyze("Ils disent que ce n'est pas leur faute si les objectifs ne sont pas atteints.")
        let finding = try #require(result.findings.first { $0.label == "external_attribution" })
        #expect(finding.note == "discours rapporté")
        let quoted = Self.analyze("Elle m'écrit : « Je vais le rater alors que ce n'est pas ma faute ».")
        #expect(quoted.findings.first { $0.label == "external_attribution" }?.note == "discours rapporté")
        let own = Self.analyze("Je n'ai pas pu venir, ce n'est pas ma faute.")
        #expect(own.findings.first { $0.label == "external_attribution" }?.note == "")
    }

    @Test func sessionTurnsNameTheSpeaker() throws {
        let result = Self.analyze("""
            Coach : Comment s'est passée la semaine ?
            Client : Le logiciel a planté, ce n'est pas de ma faute.
            """, kind: .session)
        let finding = try #require(result.findings.first { $0.label == "external_attribution" })
        #expect(finding.note == "propos de Client")
    }

    @Test func evidenceShowsTheSentenceAndTheMatchedWords() throws {
        let text = "Déjà 🙂 trois séances. Résultats garantis ou on continue gratuitement."
        let result = Self.analyze(text)
        let finding = try #require(result.findings.first)
        #expect(finding.rule == "resultat-garanti")
        #expect(finding.excerpt == "Résultats garantis ou on continue gratuitement.")
        #expect(finding.matchedText == "Résultats garantis")
        let scalars = Array(text.unicodeScalars)
        var matched = String.UnicodeScalarView()
        matched.append(contentsOf: scalars[finding.start..<finding.end])
        #expect(String(matched) == "Résultats garantis")
    }

    @Test func sourceArticleFramesResponsibilityAndAttributionButPromisesNothing() throws {
        let url = Fixtures.repositoryRoot
            .appendingPathComponent("corpus/articles/coaching-accompagnement-consulting-quid-de-la-garantie.txt")
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(Self.flags(text, kind: .article) == [0, 1, 1])
    }

    @Test func emptyTextScoresZero() {
        #expect(Self.analyze("").row == [.integer(0), .integer(0), .integer(0), .integer(0), .integer(0), .integer(0)])
    }
}
