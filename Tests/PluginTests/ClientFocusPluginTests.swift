import ClientFocus
import CoachLensKit
import PCRE2Regex
import TestSupport
import Testing

/// The ClientFocus plugin's row, sentence judgements, evidence, suggestions and speakers.
@Suite struct ClientFocusPluginTests {
    static let plugin = ClientFocusPronounTests.plugin

    static func analyze(_ text: String, kind: DocumentKind = .other) -> (row: [String: Cell], findings: [Finding]) {
        let result = plugin.analyze(Fixtures.document(text, kind: kind), scratch: MatchScratch())
        let cells = result.row ?? []
        var row: [String: Cell] = [:]
        for (index, column) in plugin.table.columns.enumerated() where index < cells.count { row[column] = cells[index] }
        return (row, result.findings)
    }

    static func text(_ cell: Cell?) -> String {
        if case let .text(value)? = cell { return value }
        return ""
    }

    @Test func tableKeepsTheContractColumnsFirst() {
        #expect(Self.plugin.table.fileName == "focus.csv")
        #expect(Array(Self.plugin.table.columns.prefix(7)) == [
            "first_singular", "first_plural", "second_person", "client_terms", "self_terms", "client_share", "label",
        ])
        #expect(Self.plugin.table.columns.contains("on"))
    }

    @Test func unknownLabelIsRefused() throws {
        let pack = try RulePackLoader.load(yaml: """
            id: mon-pack
            plugin: focus
            version: 1
            description: essai
            rules:
              - id: faute-de-frappe
                label: clients
                patterns: ["\\\\bacheteur\\\\b"]
            """, file: "mon-pack.yaml")
        #expect(throws: RulePackError.self) {
            try ClientFocusPlugin(library: RuleLibrary(packs: [pack]), options: AnalysisOptions())
        }
    }

    @Test func selfCentredMailGetsItsRewording() {
        let (row, findings) = Self.analyze("""
            Bonjour,

            Notre entreprise est leader de l'emballage depuis 1998. Nos solutions permettent de réduire vos coûts \
            et notre équipe compte 120 experts certifiés.

            Cordialement
            """)
        #expect(Self.text(row["label"]) == "self")
        #expect((row["self_terms"]?.number ?? 0) >= 2)
        #expect(Self.text(row["top_self"]).hasPrefix("Nos solutions permettent"))
        #expect(Self.text(row["suggestion"]) == "« Nos solutions permettent » → « vous pourrez … »")
        let suggestions = findings.filter { $0.label == "suggestion" }
        #expect(!suggestions.isEmpty)
        #expect(suggestions.allSatisfy { $0.note.contains("au lieu de « ") })
        #expect(findings.contains { $0.label == "self" && $0.rule == "phrase" })
    }

    @Test func serviceActsAreClientCentredDespiteJe() {
        let (row, findings) = Self.analyze("""
            Bonjour Sophie, comme convenu je vous envoie le devis ajusté à votre budget. \
            Je vous rappelle lundi pour savoir s'il correspond à vos besoins.
            """)
        #expect(Self.text(row["label"]) == "client")
        #expect(row["client_share"]?.number == 1)
        #expect(findings.contains { $0.label == "service" })
        #expect(!findings.contains { $0.label == "self" })
    }

    /// A service act inside quotation marks is words someone said, not a service to this reader: the writer
    /// telling how they used to end their meetings speaks of themself.
    @Test func quotedServiceActsServeNoReader() {
        let (row, findings) = Self.analyze(
            "Moi, pendant des années, j'ai terminé mes rendez-vous par « je vous envoie une proposition » "
                + "et j'attendais.")
        #expect(Self.text(row["label"]) == "self")
        #expect(findings.contains { $0.label == "self" && $0.rule == "phrase" })
        #expect(!findings.contains { $0.label == "client" && $0.rule == "phrase" })
    }

    /// The two call-note sentences: about the client, about oneself.
    @Test func callNotesJudgeWhomEachSentenceIsAbout() {
        let client = Self.analyze("Le client m'a expliqué ses besoins.", kind: .call)
        #expect(client.findings.contains { $0.label == "client" && $0.rule == "phrase" })
        #expect(Self.text(client.row["label"]) == "client")
        let oneself = Self.analyze("J'ai présenté toute notre gamme.", kind: .call)
        #expect(oneself.findings.contains { $0.label == "self" && $0.rule == "phrase" })
        #expect(Self.text(oneself.row["label"]) == "self")
        #expect(oneself.findings.contains { $0.label == "suggestion" })
    }

    /// A sentence that only its « je » makes self-centred weighs less than one with self terms: the label is the
    /// dominant orientation, not a pronoun ratio.
    @Test func pronounsAloneWeighLessThanSelfTerms() {
        let advice = "Votre client a besoin d'être écouté : posez-lui des questions sur son quotidien."
        let anecdote = Self.analyze("Moi, je le sais, je parle trop. " + advice)
        let credentials = Self.analyze(
            "Notre cabinet a été fondé en 1995 et nos consultants sont certifiés. " + advice)
        #expect(Self.text(anecdote.row["label"]) == "client")
        #expect(anecdote.findings.contains { $0.label == "self" && $0.rule == "phrase" })
        #expect(Self.text(credentials.row["label"]) == "mixed")
    }

    /// A company described in the third person is the writer's own in an article, the client in a call note unless
    /// the note says « nous », « nos ».
    @Test func companyFactsFollowTheKindOfText() {
        let text = "La société Hydrex emploie 1 200 personnes et ses produits équipent les grands sites européens."
        let article = Self.analyze(text, kind: .article)
        #expect(Self.text(article.row["label"]) == "self")
        #expect(article.row["self_terms"]?.number == 2)
        #expect(article.findings.filter { $0.label == "self_term" }.count == 2)
        let call = Self.analyze(text, kind: .call)
        #expect(Self.text(call.row["label"]) == "client")
        #expect(call.row["client_terms"]?.number == 2)
        #expect(call.findings.filter { $0.label == "client_term" }.count == 2)
        // With « notre » the salesperson speaks of their own company, even in a call note.
        let own = Self.analyze("J'ai insisté sur nos artisans, certifiés RGE et primés trois fois.", kind: .call)
        #expect(Self.text(own.row["label"]) == "self")
    }

    /// A run of questions to the reader is one move of the text: it weighs as much as one clear sentence.
    @Test func questionRunWeighsAsOneSentence() {
        let (row, findings) = Self.analyze("""
            Nos consultants certifiés ont conçu notre méthode en quinze ans de terrain. Quels sont vos objectifs ? \
            Où perdez-vous des ventes ? Qu'avez-vous déjà tenté ?
            """)
        #expect(findings.filter { $0.label == "client" && $0.rule == "phrase" }.count == 3)
        #expect(row["client_share"]?.number == 0.5)
        #expect(Self.text(row["label"]) == "mixed")
    }

    /// In a session transcript a question is a prompt: the manager's question about the client's needs weighs less
    /// than the salesperson's two remarks about their own range.
    @Test func sessionQuestionsArePrompts() {
        let (row, findings) = Self.analyze("""
            Manager : Comment s'est passé ton rendez-vous chez Duval ?
            Commercial : J'ai présenté toute notre gamme et nos références, le directeur a écouté.
            Commercial : Notre offre est la plus complète du marché, je le lui ai bien dit.
            Manager : Et ses besoins à lui, qu'est-ce qu'il cherche vraiment ?
            """, kind: .session)
        #expect(findings.contains { $0.label == "client" && $0.rule == "phrase" })
        #expect(Self.text(row["label"]) == "self")
    }

    /// A letter's courtesy formulas orient nothing: a follow-up mail of credentials stays self-centred, however
    /// politely it opens and closes.
    @Test func courtesyFormulasOrientNothing() {
        let (row, findings) = Self.analyze("""
            Bonjour M. Girard,

            Je reviens vers vous concernant notre proposition du 12 octobre. Pour rappel, notre solution a été \
            choisie par plus de 80 collectivités et nous venons d'obtenir la certification HDS. Je reste à votre \
            disposition.

            Cordialement,
            Anne Petit
            """)
        #expect(row["client_share"]?.number == 0)
        #expect(Self.text(row["label"]) == "self")
        #expect(!findings.contains { $0.label == "client" && $0.rule == "phrase" })
        #expect(row["second_person"]?.number == 2)
    }

    /// Talking about oneself at length is a substantial part of a meeting: that sentence weighs twice beside the
    /// client's, while the client talking at length weighs as usual.
    @Test func selfTalkAtLengthWeighsTwice() {
        let rest = " Ensuite il m'a expliqué qu'il veut vendre plus aux entreprises. Son problème, c'est le temps. "
            + "Je lui envoie deux idées de coffrets lundi."
        let atLength = Self.analyze("Je lui ai d'abord parlé longuement de notre imprimerie." + rest, kind: .call)
        let brief = Self.analyze("Je lui ai d'abord parlé de notre imprimerie." + rest, kind: .call)
        #expect(Self.text(atLength.row["label"]) == "mixed")
        #expect(Self.text(brief.row["label"]) == "client")
        let clientAtLength = Self.analyze("""
            Le dirigeant m'a parlé longuement de ses soucis de planning. J'ai noté ses trois priorités. Puis j'ai \
            enchaîné sur notre historique, nos 25 ans d'expérience et nos récompenses.
            """, kind: .call)
        #expect(Self.text(clientAtLength.row["label"]) == "mixed")
    }

    @Test func quotedSelfTalkIsNotSelfCentred() {
        let (row, _) = Self.analyze("""
            « Nous sommes leaders, notre équipe est la meilleure. » Combien de sites commencent ainsi ? \
            Votre visiteur veut savoir si vous comprenez son problème. Parlez-lui de sa situation.
            """)
        #expect(Self.text(row["label"]) == "client")
        #expect(row["first_plural"]?.number == 2)
    }

    @Test func sessionsGiveEachSpeakerAnOrientation() {
        let (row, _) = Self.analyze("""
            Animateur : Qu'est-ce que ton client attend vraiment, quels sont ses besoins ?
            Consultant : Je lui présente nos références, nos certifications et notre expertise.
            Animateur : Et lui, tu lui as demandé ce qui compte pour lui ?
            Client : Ce qui m'inquiète, c'est la formation de mes équipes.
            """, kind: .session)
        let speakers = Self.text(row["speakers"])
        #expect(speakers.contains("Animateur=client 2/0"))
        #expect(speakers.contains("Consultant=self 0/1"))
        #expect(speakers.contains("Client=client"))
        #expect(Self.text(row["label"]) == "mixed" || Self.text(row["label"]) == "client")
    }

    @Test func shareStaysInRangeAndEmptyTextIsMixed() {
        for text in ["", "Bonjour.", "Le 12 mars, 14 h.", "Vous.", "Nous sommes leaders depuis 1990."] {
            let (row, _) = Self.analyze(text)
            let share = row["client_share"]?.number ?? -1
            #expect(share >= 0 && share <= 1, "\(text)")
        }
        #expect(Self.text(Self.analyze("Le 12 mars, 14 h.").row["label"]) == "mixed")
    }

    /// Evidence offsets point at the matched words, even after accented and emoji text.
    @Test func findingOffsetsPointAtTheirWords() {
        let text = "Émoji 🙂 déjà vu. Nos solutions permettent de gagner du temps. Je vous rappelle demain."
        let scalars = Array(text.unicodeScalars)
        for finding in Self.analyze(text).findings {
            var words = String.UnicodeScalarView()
            words.append(contentsOf: scalars[finding.start..<finding.end])
            #expect(String(words) == finding.matchedText, "\(finding.rule)")
        }
    }
}
