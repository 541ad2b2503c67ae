import CoachLensKit
import PCRE2Regex
import TestSupport
import Testing

@Suite struct RuleMatcherTests {
    func pack(_ rules: String) throws -> CompiledRulePack {
        try RulePackLoader.load(yaml: "id: t\nplugin: t\nversion: 1\ndescription: t\nrules:\n" + rules, file: "t.yaml")
    }

    @Test func hitsCarrySentenceAndScalarOffsets() throws {
        let pack = try pack("  - id: r\n    label: X\n    patterns: [\"\\\\bbesoins\\\\b\"]\n")
        let document = Fixtures.document("Première phrase. Déjà vu : ses besoins sont clairs.")
        let scan = RuleMatcher.scan(pack, in: document, scratch: MatchScratch())
        #expect(scan.hits.count == 1)
        #expect(scan.hits[0].sentence == 1)
        let finding = document.finding(rule: "r", label: "X", utf8Range: scan.hits[0].utf8Range)
        #expect(finding.start == 31)
        #expect(finding.end == 38)
        #expect(finding.matchedText == "besoins")
        #expect(finding.excerpt == "Déjà vu : ses besoins sont clairs.")
    }

    @Test func unlessVetoesOnlyItsOwnSentence() throws {
        let pack = try pack("  - id: r\n    label: X\n    patterns: [\"reformulé\"]\n    unless: [\"\\\\bpas\\\\b\"]\n")
        let document = Fixtures.document("Je n'ai pas reformulé. Ensuite j'ai reformulé.")
        let hits = RuleMatcher.scan(pack, in: document, scratch: MatchScratch()).hits
        #expect(hits.map(\.sentence) == [1])
    }

    @Test func matchesAcrossSentencesAreDropped() throws {
        let pack = try pack("  - id: r\n    label: X\n    patterns: [\"client\\\\W+il\"]\n")
        let document = Fixtures.document("Voici le client. Il dit oui.")
        #expect(RuleMatcher.scan(pack, in: document, scratch: MatchScratch()).hits.isEmpty)
    }

    @Test func accentsAreOptionalInText() throws {
        let pack = try pack("  - id: r\n    label: X\n    patterns: [\"\\\\brésumé\\\\b\"]\n")
        let document = Fixtures.document("Fait un resume rapide. Puis un RÉSUMÉ complet.")
        #expect(RuleMatcher.scan(pack, in: document, scratch: MatchScratch()).hits.count == 2)
    }

    @Test func catastrophicRuleFailsAloneWithAMessage() throws {
        let pack = try pack("""
              - id: boom
                label: X
                patterns: ["(a+)+$"]
              - id: fine
                label: Y
                patterns: ["\\\\bok\\\\b"]
            """ + "\n")
        let document = Fixtures.document("ok " + String(repeating: "a", count: 30_000) + "b")
        let scan = RuleMatcher.scan(pack, in: document, scratch: MatchScratch(matchLimit: 50_000))
        #expect(scan.failures.count == 1)
        #expect(scan.failures[0].contains("boom"))
        #expect(scan.hits.map(\.rule) == [1])
    }

    @Test func accentToleranceRewritesLettersOutsideAndInsideClasses() {
        #expect(AccentTolerance.expand("été") == "[ée]t[ée]")
        #expect(AccentTolerance.expand("[éa]") == "[éea]")
        #expect(AccentTolerance.expand("\\é") == "\\é")
    }
}
