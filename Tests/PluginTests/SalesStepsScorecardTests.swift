import Foundation
import Testing

/// The steps plugin against call notes annotated step by step (shared/ANNOTATION.md): the evaluation set written
/// for this plugin before its rules, the held-out and blind sets written after, and the corpus call notes, each
/// alone and pooled. Targets: micro F1 ≥ 0.85, every step F1 ≥ 0.7, order violations recall ≥ 0.8, every text that
/// is not a call note typed `other`.
@Suite struct SalesStepsScorecardTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/SalesSteps")
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    func check(_ card: SalesStepsScorecard) {
        print(card.report)
        #expect(card.micro.f1 >= 0.85, "micro F1 \(card.micro.f1)")
        for (id, counts) in card.steps.sorted(by: { $0.key < $1.key }) {
            #expect(counts.f1 >= 0.7, "\(id) F1 \(counts.f1)")
        }
        #expect(card.order.recall >= 0.8, "rappel ordre \(card.order.recall)")
        #expect(card.othersTaken == card.othersTotal, "textes non notes d’appel mal typés")
        #expect(card.callsTaken == card.callsTotal, "notes d’appel mal typées")
    }

    /// Every annotated set: its gold file and its folder of texts (relative to the fixtures, or to the repository
    /// for the corpus call notes).
    static let setNames: [String] = [
        "notes", "heldout", "blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "order-dev", "blind9", "blind10", "blind11", "blind12", "blind13",
        "corpus/calls",
    ]

    static func set(_ name: String) -> (gold: URL, folder: URL) {
        switch name {
        case "notes": (fixtures.appendingPathComponent("gold.tsv"), fixtures.appendingPathComponent("notes"))
        case "corpus/calls":
            (fixtures.appendingPathComponent("corpus-calls-gold.tsv"), repository.appendingPathComponent("corpus/calls"))
        default: (fixtures.appendingPathComponent("\(name)-gold.tsv"), fixtures.appendingPathComponent(name))
        }
    }

    /// The targets hold on each set alone...
    @Test(arguments: setNames)
    func eachSetMeetsTheTargets(_ name: String) throws {
        let set = Self.set(name)
        check(try SalesStepsScorecard(gold: set.gold, folder: set.folder))
    }

    /// ...and on all of them pooled.
    @Test func pooledSets() throws {
        check(try SalesStepsScorecard(sets: Self.setNames.map(Self.set)))
    }
}
