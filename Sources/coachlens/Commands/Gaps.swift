import ArgumentParser
import CoachLensKit
import CoachLensPipeline
import CoachLensReports
import Foundation

/// `coachlens gaps DIR`: the blog content-gap report — every analysis plus the gap cues on each article,
/// folded into per-article profiles, then coverage.csv, gaps.md and gaps.html.
struct Gaps: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Lacunes de contenu d’un blog : segments et étapes non couverts, sujets annoncés jamais publiés, promesses de résultat, articles centrés sur leur auteur.")

    @Argument(help: "Dossier des articles du blog (.txt, .md).")
    var directory: String

    @OptionGroup var options: AnalysisOptionsGroup

    func validate() throws {
        guard FileManager.default.fileExists(atPath: directory) else {
            throw ValidationError("chemin introuvable : \(directory)")
        }
    }

    func run() async throws {
        let plugins: [any AnalysisPlugin]
        let loader: DocumentLoader
        do {
            let library = try RuleLibrary.load(
                builtin: PluginCatalog.builtinRuleFolders + [GapCuesPlugin.builtinRules],
                user: options.rules.map { URL(fileURLWithPath: $0) })
            let analysis = AnalysisOptions()
            plugins = try PluginCatalog.all.map { type throws(RulePackError) in try type.init(library: library, options: analysis) }
                + [try GapCuesPlugin(library: library, options: analysis)]
            loader = DocumentLoader(classifier: KindClassifier(library: library), assumeCalls: false)
        } catch {
            AnalysisRun.printError(error.description)
            throw ExitCode(2)
        }
        var accumulator = GapAccumulator(tables: plugins.map { (type(of: $0).id, $0.table) })
        let progress = AnalysisRun.progressBar(for: [directory], mode: options.progress)
        await Pipeline(plugins: plugins, loader: loader, jobs: options.jobs).run(inputs: [directory]) { outcome in
            accumulator.add(outcome)
            progress.advance(bytes: outcome.row.bytes)
        }
        progress.finish()
        let report = GapAnalysis.analyse(
            accumulator.articles, folder: directory, segmentsScored: accumulator.scoredBy.contains("segments"),
            framingScored: accumulator.scoredBy.contains("framing"), focusScored: accumulator.scoredBy.contains("focus"))
        do {
            try GapsOutput.write(report, to: options.out, dialect: options.csvDialect.dialect)
        } catch {
            AnalysisRun.printError(error.description)
            throw ExitCode(2)
        }
        print(GapsDigest.render(report, output: options.out), terminator: "")
        throw AnalysisRun.finish(accumulator.totals, output: options.out)
    }
}
