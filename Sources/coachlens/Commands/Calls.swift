import ArgumentParser
import CoachLensKit
import CoachLensPipeline
import CoachLensReports
import Foundation
import SalesSteps

/// `coachlens calls DIR`: the weekly call-notes scorecard. Every text of DIR is read as a call note unless its
/// content shows it is not one; the steps plugin scores each note against the method, and the run writes
/// documents.csv, steps.csv and evidence.csv as `analyze` does, plus calls.csv, salespeople.csv and calls.md.
struct Calls: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Tableau de bord des notes d’appel : étapes couvertes par note et par vendeur, prochain axe de progrès.")

    @Argument(help: "Dossier des notes d’appel (un sous-dossier par vendeur, ou l’en-tête « vendeur: »).")
    var directory: String

    @OptionGroup var options: AnalysisOptionsGroup

    @OptionGroup var sqlite: SQLiteOptionGroup

    @Option(name: .long, help: "Méthode d’étapes : ten-steps (par défaut), relation-affaires, maturation, codev, ou celle d’un pack de --rules.")
    var method = "ten-steps"

    func validate() throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ValidationError("dossier introuvable : \(directory)")
        }
    }

    func run() async throws {
        let run = try AnalysisRun(
            options: options, pluginIDs: [SalesStepsPlugin.id], analysis: AnalysisOptions(method: method, assumeCalls: true))
        guard let steps = run.plugins.first as? SalesStepsPlugin else { throw ExitCode(2) }
        let method = CallsMethod(id: steps.methodID, name: steps.methodName, steps: steps.steps)
        let dialect = options.csvDialect.dialect
        let database = try sqlite.open(for: run)
        let report = try AnalysisReport(
            directory: options.out, plugins: [(SalesStepsPlugin.id, steps.table)], dialect: dialect)
        let calls = try CallsReport(directory: options.out, method: method, spec: steps.table, dialect: dialect)
        let progress = AnalysisRun.progressBar(for: [directory], mode: options.progress)
        await run.pipeline.run(inputs: [directory]) { outcome in
            report.add(outcome)
            calls.add(outcome)
            database?.add(outcome)
            progress.advance(bytes: outcome.row.bytes)
        }
        progress.finish()
        do {
            try report.commit(extraFiles: calls.summaryFiles, alongside: calls.pendingTables)
        } catch {
            report.discard()
            calls.discard()
            AnalysisRun.printError(error.description)
            throw ExitCode(2)
        }
        try database?.finish()
        for item in calls.aggregate.unscored where item.kind == DocumentKind.other.rawValue {
            AnalysisRun.printError("\(item.document) : non évalué : \(item.reason.isEmpty ? "ce n’est pas une note d’appel" : item.reason)")
        }
        throw AnalysisRun.finish(report.summary.totals, output: options.out)
    }
}
