import ArgumentParser
import CoachLensKit
import CoachLensPipeline
import CoachLensReports
import Foundation

/// Wiring shared by `analyze`, `calls` and `gaps`: load packs, build plugins, run the pipeline into a report,
/// and turn the outcome into an exit status.
struct AnalysisRun {
    let plugins: [any AnalysisPlugin]
    let pipeline: Pipeline
    /// Every rule pack loaded (built-in and `--rules`).
    let library: RuleLibrary

    /// The rule packs the run reads: its plugins' and the kind classifier's.
    var packsRead: [CompiledRulePack] {
        let readers = Set(plugins.map { type(of: $0).id } + ["kinds"])
        return library.packs.filter { readers.contains($0.pack.plugin) }
    }

    /// Loads the packs and builds the plugins; an invalid pack exits with status 2.
    init(options: AnalysisOptionsGroup, pluginIDs: [String]?, analysis: AnalysisOptions) throws {
        let types = try PluginCatalog.types(named: pluginIDs)
        do {
            let library = try RuleLibrary.load(
                builtin: PluginCatalog.builtinRuleFolders, user: options.rules.map { URL(fileURLWithPath: $0) })
            self.library = library
            plugins = try types.map { type throws(RulePackError) in try type.init(library: library, options: analysis) }
            let loader = DocumentLoader(classifier: KindClassifier(library: library), assumeCalls: analysis.assumeCalls)
            pipeline = Pipeline(plugins: plugins, loader: loader, jobs: options.jobs)
        } catch {
            Self.printError(error.description)
            throw ExitCode(2)
        }
    }

    /// Runs over `inputs`, handing each outcome to `report`, `database` and the progress bar, then commits the
    /// report and finishes the database.
    func run(inputs: [String], options: AnalysisOptionsGroup, report: AnalysisReport, database: SQLiteReport? = nil, extraFiles: (RunSummary) -> [(name: String, contents: String)] = { _ in [] }) async throws -> RunTotals {
        let progress = Self.progressBar(for: inputs, mode: options.progress)
        await analyze(inputs: inputs) { outcome in
            report.add(outcome)
            database?.add(outcome)
            progress.advance(bytes: outcome.row.bytes)
        }
        progress.finish()
        do {
            try report.commit(extraFiles: extraFiles(report.summary))
        } catch {
            report.discard()
            Self.printError(error.description)
            throw ExitCode(2)
        }
        try database?.finish()
        return report.summary.totals
    }

    /// The progress bar of a run over `inputs`, knowing their total size when it is shown and they are files: a
    /// second, stat-only walk, cheap next to the analysis, lets it show a percentage and the time left.
    static func progressBar(for inputs: [String], mode: ProgressMode) -> ProgressBar {
        let progress = ProgressBar(mode: mode)
        if progress.enabled, inputs != [standardInput] {
            progress.totalBytes = FileWalker(inputs: inputs).reduce(0) { $0 + ($1.disposition == .analyze ? $1.size : 0) }
        }
        return progress
    }

    /// Names every file that was not analysed on stderr and returns the exit status: 0 when all were, 1 otherwise.
    static func finish(_ totals: RunTotals, output: String) -> ExitCode {
        for problem in totals.problems {
            printError("\(problem.document) : \(problem.status.rawValue) : \(problem.reason)")
        }
        let hidden = totals.skipped + totals.failed - totals.problems.count
        if hidden > 0 { printError("… et \(hidden) autres fichiers non analysés (voir documents.csv)") }
        printError("\(totals.analysed) analysés, \(totals.skipped) ignorés, \(totals.failed) en erreur → \(output)")
        return totals.skipped + totals.failed == 0 ? .success : ExitCode(1)
    }

    static func printError(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
}
