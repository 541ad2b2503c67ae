@testable import CoachLensKit
import Testing

@Suite struct LiteralPrefilterTests {
    func words(_ pattern: String) -> [String]? {
        LiteralPrefilter.of(pattern)?.words.map { String(decoding: $0, as: UTF8.self) }
    }

    @Test func readsRequiredWords() {
        #expect(words("\\b(?:oui|d['’]accord)") == ["oui", "accord"])
        #expect(words("\\bclients?\\b") == ["client"])
        #expect(words("\\b(?:nos|notre)\\s+(?:produits|offre)\\b") == ["produits", "offre"])
        #expect(words("\\bj['’]ai\\s+reformulé") == ["reformule"])
        #expect(words("\\bRÉSUMÉ") == ["resume"])
        #expect(words("\\b(?:bon de commande|devis)\\b") == ["commande", "devis"])
    }

    @Test func aGroupEndingBeforeAWordStartKeepsTheBoundary() {
        #expect(words("\\b(?:très\\s+)?bon\\b") == ["bon"])
        #expect(words("\\bc['’]est\\s+(?:l['’]|notre\\s+)(?:équipe|réseau)") == ["equipe", "reseau"])
    }

    @Test func givesUpWhenAWordCannotBeProven() {
        #expect(words("client") == nil)                 // no \b: could start inside a word
        #expect(words("\\b(?:très)?bon\\b") == nil)     // after an optional group ending mid-word, no word start
        #expect(words("\\b\\w+ment\\b") == nil)
        #expect(words("\\b(?:ok|d['’]accord)") == nil) // « ok » is too short to rely on
        #expect(words("(?:(?m:^)|(?<=[.!?…]\\s))\\s*quel") == nil)
    }

    @Test func indexFoldsCaseAndAccents() {
        let index = WordPrefixIndex(Array("Le RÉSUMÉ d’aujourd’hui : Déjà-vu.".utf8))
        #expect(LiteralPrefilter.of("\\brésumé")!.mayMatch(in: index))
        #expect(LiteralPrefilter.of("\\bresume")!.mayMatch(in: index))
        #expect(LiteralPrefilter.of("\\bdeja\\b")!.mayMatch(in: index))
        #expect(LiteralPrefilter.of("\\bhui\\b") == nil || LiteralPrefilter.of("\\bhui\\b")!.mayMatch(in: index))
        #expect(!LiteralPrefilter.of("\\bfacture")!.mayMatch(in: index))
    }

    @Test func indexKnowsTheSentencesOfEachWord() {
        let text = "Le devis est parti. Rien à signaler. Devis signé, facture envoyée."
        let starts = [0, text.utf8.distance(from: text.startIndex, to: text.range(of: "Rien")!.lowerBound),
                      text.utf8.distance(from: text.startIndex, to: text.range(of: "Devis signé")!.lowerBound)]
        let index = WordPrefixIndex(Array(text.utf8), sentenceStarts: starts)
        #expect(LiteralPrefilter.of("\\bdevis\\b")!.candidateSentences(in: index) == [0, 2])
        #expect(LiteralPrefilter.of("\\b(?:factur\\w+|signal\\w+)")!.candidateSentences(in: index) == [1, 2])
        #expect(LiteralPrefilter.of("\\bcommande")!.candidateSentences(in: index).isEmpty)
    }
}
