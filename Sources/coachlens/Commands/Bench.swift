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

    @Option(name: .long, help: """
        Étapes à mesurer, séparées par des virgules : read (référence), tokenizer (découpage seul, 1 cœur), \
        tokenize (lecture + décodage + découpage), plugins (chaque extension seule), full, ou un id d’extension.
        """)
    var phases = "read,tokenizer,tokenize,plugins,full"

    @Option(name: .long, help: "Nombres de tâches à essayer (par défaut : 1 et le nombre de cœurs).")
    var jobs: [Int] = []

    @Option(name: .long, help: """
        Programme C de référence (../shared/bench/pcre2scan.c compilé) : mesuré sur les mêmes fichiers et les \
        mêmes motifs, chaque motif en sa propre passe, pour le rapport analyse complète / C.
        """)
    var pcre2scan: String?

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
        let files = FileWalker(inputs: [folder]).filter { $0.disposition == .analyze }
        let megabytes = Double(files.reduce(0) { $0 + $1.size }) / 1_048_576
        let jobCounts = jobs.isEmpty ? Array(Set([1, ProcessInfo.processInfo.activeProcessorCount])).sorted() : jobs
        let steps = phases.split(separator: ",").flatMap { $0 == "plugins" ? PluginCatalog.all.map { $0.id } : [String($0)] }
        print(String(format: "%.1f Mo\n", megabytes))
        print("étape          tâches  secondes  s CPU      Mo/s  mémoire max (Mo)  ratio / read")
        var reference: Double?
        var fullOneJob: Double?
        var tokenizerRate: Double?
        for phase in steps {
            for jobCount in ["read", "tokenizer"].contains(phase) ? [1] : jobCounts {
                let output = FileManager.default.temporaryDirectory.appendingPathComponent("coachlens-bench-out-\(getpid())")
                defer { try? FileManager.default.removeItem(at: output) }
                var measurement = try ChildProcess.measure(
                    ["bench-phase", phase, folder, "--jobs", String(jobCount), "--out", output.path])
                guard measurement.status == 0 else {
                    throw ValidationError("l’étape \(phase) a échoué (code \(measurement.status))")
                }
                if phase == "tokenizer", let timed = try? String(contentsOf: output, encoding: .utf8), let seconds = Double(timed) {
                    measurement.seconds = seconds
                    measurement.cpuSeconds = seconds
                }
                let rate = megabytes / measurement.seconds
                if reference == nil { reference = rate }
                if phase == "full", jobCount == 1 { fullOneJob = measurement.seconds }
                if phase == "tokenizer" { tokenizerRate = rate }
                print(row(phase, jobCount, measurement, rate: rate, reference: reference ?? rate))
            }
        }
        if let pcre2scan {
            try compare(
                with: pcre2scan, files: files, megabytes: megabytes, reference: reference, fullOneJob: fullOneJob,
                tokenizerRate: tokenizerRate)
        }
    }

    /// Runs the C reference over the same files: its word-run scan (`-m tok`, reading included, the floor for
    /// tokenizing) when the tokenizer was measured, and the patterns the analysis runs, each in its own pass, when
    /// the full analysis was; each time with the ratio.
    private func compare(
        with program: String, files: [InputFile], megabytes: Double, reference: Double?, fullOneJob: Double?,
        tokenizerRate: Double?
    ) throws {
        let patterns = FileManager.default.temporaryDirectory.appendingPathComponent("coachlens-patterns-\(getpid()).txt")
        defer { try? FileManager.default.removeItem(at: patterns) }
        let lines = try RulesPatterns.patterns(rules: nil, method: "ten-steps")
        try (lines.joined(separator: "\n") + "\n").write(to: patterns, atomically: true, encoding: .utf8)
        // pcre2scan reads the *.txt files of each folder it is given (not their sub-folders).
        let folders = Set(files.map { URL(fileURLWithPath: $0.path).deletingLastPathComponent().path }).sorted()
        func measure(_ name: String, mode: String) throws -> ChildProcess.Measurement {
            let measurement = try ChildProcess.measure(["-m", mode, "-q", patterns.path] + folders, executable: program)
            guard measurement.status == 0 else {
                throw ValidationError("\(program) -m \(mode) a échoué (code \(measurement.status))")
            }
            let rate = megabytes / measurement.seconds
            print(row(name, 1, measurement, rate: rate, reference: reference ?? rate))
            return measurement
        }
        if let tokenizerRate {
            let words = try measure("pcre2scan tok", mode: "tok")
            print(String(format: "\ndécoupage seul / pcre2scan -m tok (suites de lettres, lecture comprise) : %.2f×\n",
                         tokenizerRate / (megabytes / words.seconds)))
        }
        if let fullOneJob {
            let scan = try measure("pcre2scan", mode: "sep")
            print(String(format: "\nanalyse complète (1 tâche) / pcre2scan, %d motifs chacun en sa passe : %.2f× plus rapide",
                         lines.count, scan.seconds / fullOneJob))
        }
    }

    private func row(_ phase: String, _ jobs: Int, _ measurement: ChildProcess.Measurement, rate: Double, reference: Double) -> String {
        phase.padding(toLength: 14, withPad: " ", startingAt: 0) + String(
            format: "%6d %9.2f %6.1f %9.2f %17.1f %13.3f",
            jobs, measurement.seconds, measurement.cpuSeconds, rate, measurement.peakMegabytes, rate / reference)
    }
}
