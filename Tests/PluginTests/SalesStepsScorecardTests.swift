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

    /// Every annotated set with its folder: the targets hold on the pooled notes as on each set.
    static let sets: [(gold: URL, folder: URL)] = [
        ("gold.tsv", "notes"), ("heldout-gold.tsv", "heldout"), ("blind-gold.tsv", "blind"),
        ("blind2-gold.tsv", "blind2"), ("blind3-gold.tsv", "blind3"), ("blind4-gold.tsv", "blind4"),
    ].map { (fixtures.appendingPathComponent($0.0), fixtures.appendingPathComponent($0.1)) }
        + [(fixtures.appendingPathComponent("corpus-calls-gold.tsv"), repository.appendingPathComponent("corpus/calls"))]

    @Test func pooledSets() throws {
        check(try SalesStepsScorecard(sets: Self.sets))
    }

    @Test func evaluationNotes() throws {
        check(try SalesStepsScorecard(
            gold: Self.fixtures.appendingPathComponent("gold.tsv"), folder: Self.fixtures.appendingPathComponent("notes")))
    }

    @Test func heldOutNotes() throws {
        check(try SalesStepsScorecard(
            gold: Self.fixtures.appendingPathComponent("heldout-gold.tsv"),
            folder: Self.fixtures.appendingPathComponent("heldout")))
    }

    @Test func blindNotes() throws {
        check(try SalesStepsScorecard(
            gold: Self.fixtures.appendingPathComponent("blind-gold.tsv"),
            folder: Self.fixtures.appendingPathComponent("blind")))
    }

    @Test func secondBlindNotes() throws {
        check(try SalesStepsScorecard(
            gold: Self.fixtures.appendingPathComponent("blind2-gold.tsv"),
            folder: Self.fixtures.appendingPathComponent("blind2")))
    }

    @Test func thirdBlindNotes() throws {
        check(try SalesStepsScorecard(
            gold: Self.fixtures.appendingPathComponent("blind3-gold.tsv"),
            folder: Self.fixtures.appendingPathComponent("blind3")))
    }

    @Test func fourthBlindNotes() throws {
        check(try SalesStepsScorecard(
            gold: Self.fixtures.appendingPathComponent("blind4-gold.tsv"),
            folder: Self.fixtures.appendingPathComponent("blind4")))
    }

    @Test func corpusCallNotes() throws {
        check(try SalesStepsScorecard(
            gold: Self.fixtures.appendingPathComponent("corpus-calls-gold.tsv"),
            folder: Self.repository.appendingPathComponent("corpus/calls")))
    }
}
