import CoachLensKit
import CoachLensPipeline
import ClientFocus
import Framing
import SalesSteps
import Segments
import Stats
import Testing

/// Every built-in pack loads, and every example of every rule behaves: `match` examples fire their rule on the
/// same words even after an accented prefix, `no_match` examples stay silent.
@Suite struct RulePackExamplesTests {
    static let folders = [
        SegmentsPlugin.builtinRules, SalesStepsPlugin.builtinRules, ClientFocusPlugin.builtinRules,
        FramingPlugin.builtinRules, StatsPlugin.builtinRules, KindClassifier.builtinRules,
    ]

    static func packs() throws -> [CompiledRulePack] {
        try RuleLibrary.load(builtin: folders).packs
    }

    @Test func builtinPacksLoad() throws {
        #expect(try Self.packs().count >= 6)
    }

    @Test(arguments: try packs().map(\.pack.id))
    func examplesOfPack(_ id: String) throws {
        let pack = try #require(try Self.packs().first { $0.pack.id == id })
        for failure in RuleExampleChecker.check(pack) {
            Issue.record(Comment(rawValue: failure.description))
        }
    }

    @Test func everyRuleHasExamplesBothWays() throws {
        for pack in try Self.packs() {
            for rule in pack.pack.rules {
                #expect(!rule.examples.match.isEmpty, "\(pack.pack.id)/\(rule.id) sans exemple positif")
                #expect(!rule.examples.noMatch.isEmpty, "\(pack.pack.id)/\(rule.id) sans contre-exemple")
            }
        }
    }
}
