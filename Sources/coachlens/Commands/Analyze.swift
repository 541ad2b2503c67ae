import ArgumentParser
import CoachLensKit
import CoachLensReports
import Foundation

/// `coachlens analyze PATH…`: every analysis on a folder of texts, into CSV files and summaries.
struct Analyze: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Analyse des fichiers ou dossiers et écrit les CSV et la synthèse.")

    @Argument(help: "Fichiers ou dossiers à analyser (.txt, .md), ou - seul : une ligne JSON par document sur l’entrée standard.")
    var paths: [String]

    @OptionGroup var options: AnalysisOptionsGroup

    @OptionGroup var sqlite: SQLiteOptionGroup

    @OptionGroup var output: OutputFormatGroup

    @Option(name: .long, help: "Extensions à exécuter, séparées par des virgules (par défaut : toutes).")
    var plugins: String?

    @Option(name: .long, help: "Méthode d’étapes pour les notes d’appel (ten-steps par défaut).")
    var method = "ten-steps"

    func validate() throws {
        if paths.contains(AnalysisRun.standardInput), paths.count > 1 {
            throw ValidationError("« - » (lignes JSON sur l’entrée standard) se donne seul")
        }
        for path in paths where path != AnalysisRun.standardInput && !FileManager.default.fileExists(atPath: path) {
            throw ValidationError("chemin introuvable : \(path)")
        }
    }

    func run() async throws {
        let ids = plugins?.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        let run = try AnalysisRun(options: options, pluginIDs: ids, analysis: AnalysisOptions(method: method))
        let database = try sqlite.open(for: run)
        if output.format == .jsonl {
            let totals = try await run.run(inputs: paths, options: options, writer: try output.writer(for: run), database: database)
            throw AnalysisRun.finish(totals, output: output.destination)
        }
        let report = try AnalysisReport(
            directory: options.out, plugins: run.plugins.map { (type(of: $0).id, $0.table) },
            dialect: options.csvDialect.dialect)
        let totals = try await run.run(inputs: paths, options: options, report: report, database: database)
        throw AnalysisRun.finish(totals, output: options.out)
    }
}
