@testable import CoachLensKit
import Foundation
import PCRE2Regex
import TestSupport
import Testing

/// The literal prefilter may only skip a pattern that would have found nothing: checked for every built-in
/// pattern on every corpus text, and on the French treebank text when it is beside the repository.
@Suite struct LiteralPrefilterSoundnessTests {
    static func texts() -> [String] {
        var paths = FileManager.default.enumerator(atPath: Fixtures.repositoryRoot.appendingPathComponent("corpus").path)?
            .compactMap { $0 as? String }.filter { $0.hasSuffix(".txt") }
            .map { Fixtures.repositoryRoot.appendingPathComponent("corpus/" + $0).path } ?? []
        let treebank = Fixtures.repositoryRoot.appendingPathComponent("../shared/eval/ud-fr-gsd-dev/fr_gsd-ud-dev.txt").path
        if FileManager.default.fileExists(atPath: treebank) { paths.append(treebank) }
        return paths.compactMap { try? String(contentsOfFile: $0, encoding: .utf8) }
    }

    @Test func skippedPatternsNeverHadAMatch() throws {
        let packs = try RulePackExamplesTests.packs()
        let scratch = MatchScratch()
        var skipped = 0, checked = 0
        for text in Self.texts() {
            // Paragraph-sized pieces make many small texts, where skipping matters most.
            for piece in text.components(separatedBy: "\n\n") where !piece.isEmpty {
                let index = WordPrefixIndex(Array(piece.utf8))
                for pack in packs {
                    for rule in pack.rules {
                        for (pattern, prefilter) in zip(rule.patterns, rule.prefilters) {
                            guard let prefilter else { continue }
                            checked += 1
                            guard !prefilter.mayMatch(in: index) else { continue }
                            skipped += 1
                            let matches = try pattern.matches(in: piece, scratch: scratch)
                            #expect(matches.isEmpty, "« \(pattern.source) » skipped but matches in: \(piece.prefix(200))")
                        }
                    }
                }
            }
        }
        #expect(skipped > checked / 2, "the prefilter should skip most patterns on paragraph-sized texts")
    }

    @Test func mostBuiltinPatternsHaveAPrefilter() throws {
        let rules = try RulePackExamplesTests.packs().flatMap(\.rules)
        let patterns = rules.flatMap(\.prefilters)
        #expect(patterns.filter { $0 != nil }.count * 10 >= patterns.count * 9)
    }
}

/// The whole matcher, prefilter and sentence windows included, finds exactly what a plain pass of every pattern
/// over every text finds, on the corpus.
@Suite struct PrefilteredScanTests {
    @Test func sameHitsWithAndWithoutThePrefilter() throws {
        let packs = try RulePackExamplesTests.packs()
        let scratch = MatchScratch()
        var compared = 0
        for text in LiteralPrefilterSoundnessTests.texts() {
            let document = Fixtures.document(text, kind: .article)
            for pack in packs {
                let fast = RuleMatcher.scan(pack, in: document, scratch: scratch, prefiltered: true)
                let plain = RuleMatcher.scan(pack, in: document, scratch: scratch, prefiltered: false)
                #expect(fast.hits == plain.hits, "pack \(pack.pack.id) on « \(text.prefix(60)) »")
                compared += plain.hits.count
            }
        }
        #expect(compared > 1_000)
    }
}
