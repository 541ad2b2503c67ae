import ArgumentParser
import CoachLensKit
import CoachLensPipeline
import CoachLensReports
import Foundation

/// One measured phase of `coachlens bench`, run in a child process (hidden from help).
struct BenchPhase: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "bench-phase", shouldDisplay: false)

    @Argument var phase: String
    @Argument var folder: String
    @Option var jobs = 1
    @Option var out: String

    func run() async throws {
        switch phase {
        case "read":
            // The reference: read every file the run would read, as `cat` would.
            var total = 0
            for file in FileWalker(inputs: [folder]) where file.disposition == .analyze {
                total += FileManager.default.contents(atPath: file.path)?.count ?? 0
            }
            guard total > 0 else { throw ExitCode(1) }
        case "tokenize":
            let loader = DocumentLoader(classifier: KindClassifier(library: RuleLibrary(packs: [])), assumeCalls: false)
            await Pipeline(plugins: [], loader: loader, jobs: jobs).run(inputs: [folder]) { _ in }
        case "full":
            var options = try AnalysisOptionsGroup.parse(["--out", out, "--jobs", String(jobs), "--progress", "never"])
            options.out = out
            let run = try AnalysisRun(options: options, pluginIDs: nil, analysis: AnalysisOptions())
            let report = try AnalysisReport(
                directory: out, plugins: run.plugins.map { (type(of: $0).id, $0.table) }, dialect: .rfc4180)
            _ = try await run.run(inputs: [folder], options: options, report: report)
        default:
            let options = try AnalysisOptionsGroup.parse(["--jobs", String(jobs)])
            let run = try AnalysisRun(options: options, pluginIDs: [phase], analysis: AnalysisOptions())
            await run.pipeline.run(inputs: [folder]) { _ in }
        }
    }
}
