import ClientFocus
import CoachLensKit
import PCRE2Regex
import TestSupport
import Testing

/// Exact pronoun counts on the forms the issue names: elided and hyphenated forms, both apostrophes, and the
/// look-alikes that are not pronouns (rendez-vous, Me Dupont, le ton, the euphonic -t-).
@Suite struct ClientFocusPronounTests {
    /// A text and its expected first_singular, first_plural, second_person and on.
    struct Case: CustomTestStringConvertible, Sendable {
        var text: String
        var counts: [Int]
        var testDescription: String { text }

        init(_ text: String, _ counts: Int...) {
            self.text = text
            self.counts = counts
        }
    }

    static let cases: [Case] = [
        Case("Dites-moi, pouvez-vous m’appeler ?", 2, 0, 1, 0),
        Case("Dites-le-moi. Appelez-nous. Rejoignez-nous.", 1, 2, 0, 0),
        Case("A-t-on le temps ? Si l'on veut, on peut.", 0, 0, 0, 3),
        Case("A-t-il signé ? Va-t-elle venir ? Que pense-t-il ?", 0, 0, 0, 0),
        Case("Va-t'en. Va-t-en.", 0, 0, 2, 0),
        Case("J’te dis que t'as raison, tu sais.", 1, 0, 3, 0),
        Case("jʼai vu, mʼa-t-il dit", 2, 0, 0, 0),
        Case("J´ai vu qu´il m´a dit : t´inquiète.", 2, 0, 1, 0),
        Case("Rendez-vous pris avec Me Dupont, notaire.", 0, 0, 0, 0),
        Case("Mon rendez-vous de mardi est confirmé.", 1, 0, 0, 0),
        Case("Me voilà prêt : tu me diras.", 2, 0, 1, 0),
        Case("Rendez-vous sur notre site.", 0, 1, 1, 0),
        Case("Rendez-vous chez Aubry jeudi.", 0, 0, 0, 0),
        Case("Vous vous rendez compte ?", 0, 0, 1, 0),
        Case("Pouvez-vous vous présenter ?", 0, 0, 1, 0),
        Case("Vous, vous avez raison.", 0, 0, 2, 0),
        Case("Le ton de sa voix, sur un ton calme ; il a changé de ton.", 0, 0, 0, 0),
        Case("Ton client n'aime pas ton ton.", 0, 0, 2, 0),
        Case("Changer de ton ne suffit pas ; un ton de voix calme et ton plus beau sourire.", 0, 0, 1, 0),
        Case("Notre-Dame de Paris est près de notre boutique.", 0, 1, 0, 0),
        Case("Je tiens à le dire : le tien vaut le mien.", 2, 0, 1, 0),
        Case("C'est la vôtre, pas la nôtre, ni les miennes.", 1, 1, 1, 0),
        Case("Nous-mêmes, vous-même, toi-même et moi-même.", 1, 1, 2, 0),
        Case("Puis-je ? Ai-je tort ? Suis-je clair ?", 3, 0, 0, 0),
        Case("Un t-shirt offert à J-3.", 0, 0, 0, 0),
        Case("JE VOUS APPELLE DEMAIN, MERCI DE ME RAPPELER.", 2, 0, 1, 0),
        Case("Qu’en pensez-vous ? Qu'en dis-tu ? Et toi ?", 0, 0, 3, 0),
        Case("Ma méthode, mes clients, ta vision, tes idées, vos besoins, nos offres.", 2, 1, 3, 0),
        Case("Objet : votre devis\n\nBonjour,\n« Je vous rappelle », a-t-il dit.\n\nCordialement,\nMoi", 2, 0, 2, 0),
        Case("T'es sûr ? Te voilà. Dis-toi que c'est ton tour.", 0, 0, 4, 0),
    ]

    static let plugin: ClientFocusPlugin = {
        let library = try! RuleLibrary.load(builtin: [ClientFocusPlugin.builtinRules])
        return try! ClientFocusPlugin(library: library, options: AnalysisOptions())
    }()

    /// first_singular, first_plural, second_person and on from the plugin's row.
    static func counts(_ text: String, kind: DocumentKind = .other) -> [Int] {
        let row = plugin.analyze(Fixtures.document(text, kind: kind), scratch: MatchScratch()).row ?? []
        return ["first_singular", "first_plural", "second_person", "on"].map { column in
            plugin.table.columns.firstIndex(of: column).flatMap { row[$0].number }.map { Int($0) } ?? -1
        }
    }

    @Test(arguments: cases)
    func counts(_ example: Case) {
        #expect(Self.counts(example.text) == example.counts)
    }

    /// The counts do not depend on the kind of text, nor on an accented or emoji prefix.
    @Test func countsIgnoreKindAndPrefix() {
        for example in Self.cases {
            for kind in DocumentKind.allCases {
                #expect(Self.counts(example.text, kind: kind) == example.counts, "\(kind) : \(example.text)")
            }
            #expect(Self.counts("Émoji 🙂 déjà. " + example.text) == example.counts, "préfixe : \(example.text)")
        }
    }
}
