import CoachLensKit
import CoachLensPipeline
import Foundation
import PCRE2Regex
import SalesSteps
import TestSupport

/// Scores the steps plugin against a gold file (`path S1…S10 order_violation is_call`, tab-separated), reading
/// each note as `coachlens calls` does: front matter split off, kind decided with every text taken as a call
/// note unless its content shows otherwise, then the `ten-steps` method.
struct SalesStepsScorecard {
    /// Precision, recall and F1 of one flag.
    struct Counts {
        var truePositives = 0, falsePositives = 0, falseNegatives = 0
        var precision: Double { ratio(truePositives, truePositives + falsePositives) }
        var recall: Double { ratio(truePositives, truePositives + falseNegatives) }
        var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
        mutating func add(predicted: Bool, gold: Bool) {
            if predicted, gold { truePositives += 1 } else if predicted { falsePositives += 1 } else if gold { falseNegatives += 1 }
        }
        private func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 1 : Double(a) / Double(b) }
    }

    static let stepIDs = (1...10).map { "S\($0)" }

    var steps: [String: Counts] = [:]
    var micro = Counts()
    var order = Counts()
    var callsTaken = 0, callsTotal = 0, othersTaken = 0, othersTotal = 0
    /// One line per disagreement, for the test log.
    var disagreements: [String] = []

    /// Scores every note listed in `gold`, read from `folder`.
    init(gold: URL, folder: URL) throws {
        try self.init(sets: [(gold, folder)])
    }

    /// Scores the notes of several sets together (pooled counts), each gold file with its folder.
    init(sets: [(gold: URL, folder: URL)]) throws {
        let library = try RuleLibrary.load(builtin: [SalesStepsPlugin.builtinRules, KindClassifier.builtinRules])
        let plugin = try SalesStepsPlugin(library: library, options: AnalysisOptions(method: "ten-steps", assumeCalls: true))
        let classifier = KindClassifier(library: library)
        let scratch = MatchScratch()
        for (gold, folder) in sets {
            try add(gold: gold, folder: folder, plugin: plugin, classifier: classifier, scratch: scratch)
        }
    }

    private mutating func add(
        gold: URL, folder: URL, plugin: SalesStepsPlugin, classifier: KindClassifier, scratch: MatchScratch
    ) throws {
        let lines = try String(contentsOf: gold, encoding: .utf8).split(separator: "\n").dropFirst()
        for line in lines where !line.isEmpty {
            let fields = line.split(separator: "\t").map(String.init)
            let path = fields[0]
            let goldFlags = fields[1...10].map { $0 == "1" }
            let goldOrder = fields[11] == "1", goldCall = fields[12] == "1"
            let bytes = try Data(contentsOf: folder.appendingPathComponent(path))
            let text = try TextDecoder.decode(Array(bytes)).text
            let (metadata, body) = FrontMatter.split(text)
            let analyzed = AnalyzedDocument(Document(path: path, text: body, metadata: metadata))
            let kind = classifier.classify(analyzed, assumeCalls: true, scratch: scratch).kind
            let result = plugin.analyze(analyzed.withKind(kind), scratch: scratch)
            let row = result.row
            var predicted: [Bool] = Array(repeating: false, count: 10)
            var predictedOrder = false
            if let row {
                predicted = (0..<10).map { row[1 + $0] == .integer(1) }
                predictedOrder = row[12] == .integer(1)
            }
            if goldCall {
                callsTotal += 1
                if kind == .call { callsTaken += 1 } else { disagreements.append("\(path): type \(kind.rawValue), attendu call") }
            } else {
                othersTotal += 1
                if kind == .other { othersTaken += 1 } else { disagreements.append("\(path): type \(kind.rawValue), attendu other") }
            }
            for (index, id) in Self.stepIDs.enumerated() {
                steps[id, default: Counts()].add(predicted: predicted[index], gold: goldFlags[index])
                micro.add(predicted: predicted[index], gold: goldFlags[index])
                if predicted[index] != goldFlags[index] {
                    let evidence = result.findings.filter { $0.label == id }.map { "« \($0.matchedText) »" }
                    disagreements.append("\(path): \(id) prédit \(predicted[index] ? 1 : 0), attendu \(goldFlags[index] ? 1 : 0) \(evidence.joined(separator: " "))")
                }
            }
            order.add(predicted: predictedOrder, gold: goldOrder)
            if predictedOrder != goldOrder {
                let note = result.findings.first { $0.label == SalesStepsPlugin.orderLabel }.map { " (\($0.note) : « \($0.matchedText) »)" } ?? ""
                disagreements.append("\(path): ordre prédit \(predictedOrder ? 1 : 0), attendu \(goldOrder ? 1 : 0)\(note)")
            }
        }
    }

    /// A plain-text report of the figures.
    var report: String {
        func format(_ value: Double) -> String { String(format: "%.2f", value) }
        var lines = ["étape  P     R     F1"]
        for id in Self.stepIDs {
            let counts = steps[id] ?? Counts()
            lines.append("\(id.padding(toLength: 6, withPad: " ", startingAt: 0)) \(format(counts.precision))  \(format(counts.recall))  \(format(counts.f1))")
        }
        lines.append("micro  \(format(micro.precision))  \(format(micro.recall))  \(format(micro.f1))")
        lines.append("ordre  \(format(order.precision))  \(format(order.recall))  \(format(order.f1))")
        lines.append("notes reconnues \(callsTaken)/\(callsTotal), autres textes reconnus \(othersTaken)/\(othersTotal)")
        return (lines + disagreements).joined(separator: "\n")
    }
}
