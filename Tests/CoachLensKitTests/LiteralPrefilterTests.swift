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

    @Test func givesUpWhenAWordCannotBeProven() {
        #expect(words("client") == nil)                 // no \b: could start inside a word
        #expect(words("\\b(?:très\\s+)?bon\\b") == nil) // after an optional group, no known word start
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
}
