import ArgumentParser
import CoachLensPipeline
import Foundation

/// `coachlens bench`: throughput (MB/s) and peak memory of each stage, with one job and with all cores,
/// each phase in its own child process, stated as ratios to reading the same files in the same run.
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Mesure le débit (Mo/s) et la mémoire maximale : lecture, découpage en mots, chaque extension, analyse complète.")

    @Option(name: .long, help: "Dossier à mesurer (par défaut : un corpus généré à partir de corpus/).")
    var corpus: String?

    @Option(name: .long, help: "Taille du corpus généré, en Mo.")
    var sizeMb = 100

    @Option(name: .long, help: "Étapes à mesurer, séparées par des virgules : read, tokenize, full, ou un id d’extension.")
    var phases = "read,tokenize,full"

    @Option(name: .long, help: "Nombres de tâches à essayer (par défaut : 1 et le nombre de cœurs).")
    var jobs: [Int] = []

    func run() throws {
        let folder: String
        var generated: URL?
        if let corpus {
            folder = corpus
        } else {
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("coachlens-bench-\(getpid())")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            let files = try BenchCorpus.generate(from: ["corpus"], into: directory, megabytes: sizeMb)
            print("corpus généré : \(files) fichiers dans \(directory.path)")
            folder = directory.path
            generated = directory
        }
        defer { if let generated { try? FileManager.default.removeItem(at: generated) } }
        let bytes = FileWalker(inputs: [folder]).filter { $0.disposition == .analyze }.reduce(0) { $0 + $1.size }
        let megabytes = Double(bytes) / 1_048_576
        let jobCounts = jobs.isEmpty ? Array(Set([1, ProcessInfo.processInfo.activeProcessorCount])).sorted() : jobs
        print("\(String(format: "%.1f", megabytes)) Mo\n")
        print("étape        tâches   secondes     Mo/s   mémoire max (Mo)   ratio / 1re étape")
        var reference: Double?
        for phase in phases.split(separator: ",").map(String.init) {
            for jobCount in phase == "read" ? [1] : jobCounts {
                let output = FileManager.default.temporaryDirectory.appendingPathComponent("coachlens-bench-out-\(getpid())")
                let measurement = try ChildProcess.measure(
                    ["bench-phase", phase, folder, "--jobs", String(jobCount), "--out", output.path])
                try? FileManager.default.removeItem(at: output)
                guard measurement.status == 0 else {
                    throw ValidationError("l’étape \(phase) a échoué (code \(measurement.status))")
                }
                let rate = megabytes / measurement.seconds
                if reference == nil { reference = rate }
                let figures = String(format: "%6d %10.2f %8.1f %18.1f %17.2f",
                                     jobCount, measurement.seconds, rate, measurement.peakMegabytes, rate / (reference ?? rate))
                print(phase.padding(toLength: 12, withPad: " ", startingAt: 0) + " " + figures)
            }
        }
    }
}

