import Foundation
import Testing

/// Precision, recall and F1 of the detected blocks on passages labelled by hand per ANNOTATION.md.
///
/// The rules were developed round by round: each `passages-heldout*.txt` file and `passages-blind.txt` (written
/// by an independent annotator who never saw the rules) was measured once before any tuning on it (its first
/// score is in its header: that figure is the honest estimate on unseen text), then used to generalise the rules.
/// All the files are now development sets. The targets (micro-F1 ≥ 0.80 over the nine flags, no block
/// below 0.6) are asserted on each set and on all of them pooled.
@Suite struct SegmentsPassagesTests {
    /// Every labelled passage file, in the order they were written.
    static var passageSets: [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: SegmentsFixtures.folder.path)) ?? []
        return files.filter { $0.hasPrefix("passages-") && $0.hasSuffix(".txt") }
            .sorted { $0.localizedStandardCompare($1) == .orderedAscending }
    }

    @Test func everyPassageSetIsThere() {
        #expect(Self.passageSets.count >= 16, "\(Self.passageSets)")
        #expect(Self.passageSets.contains("passages-blind.txt"))
    }

    @Test(arguments: passageSets)
    func meetsTargets(_ file: String) throws {
        let scores = try SegmentsFixtures.score(file)
        print("\(file)\n\(scores.report)\n" + scores.errors.joined(separator: "\n"))
        #expect(scores.micro.f1 >= 0.80, "micro-F1 \(scores.micro.f1) sur \(file)")
        for code in SegmentsFixtures.codes {
            #expect(scores.perSegment(code).f1 >= 0.6, "\(code) : F1 \(scores.perSegment(code).f1) sur \(file)")
        }
    }

    /// All passages together: the targets, and the figures reported in the plugin's README.
    @Test func pooledFigures() throws {
        var pooled = SegmentsFixtures.Scores()
        let plugin = try SegmentsFixtures.plugin()
        for file in Self.passageSets {
            for passage in try SegmentsFixtures.passages(file) {
                pooled.add(id: passage.id, gold: passage.gold,
                           predicted: SegmentsFixtures.detected(SegmentsFixtures.row(plugin, text: passage.text)))
            }
        }
        print("tous les passages\n\(pooled.report)")
        #expect(pooled.micro.f1 >= 0.80, "micro-F1 \(pooled.micro.f1) sur tous les passages")
        for code in SegmentsFixtures.codes {
            #expect(pooled.perSegment(code).f1 >= 0.6, "\(code) : F1 \(pooled.perSegment(code).f1) sur tous les passages")
        }
        // The pooled micro-F1 is 0.93 today: a drop below 0.90 is a regression, even above the target.
        #expect(pooled.micro.f1 >= 0.90, "régression : micro-F1 \(pooled.micro.f1) sur tous les passages")
    }
}
