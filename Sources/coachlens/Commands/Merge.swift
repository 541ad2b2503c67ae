import ArgumentParser
import CoachLensReports
import Foundation

/// `coachlens merge FILE…`: the report folder of `analyze`, from the JSON lines of runs over parts of a corpus.
struct Merge: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Fusionne des sorties « analyze --format jsonl » en un dossier de rapports identique à une analyse unique.",
        discussion: """
            Les fichiers peuvent venir de plusieurs machines, dans n’importe quel ordre : les documents sont remis \
            dans l’ordre d’une analyse du dossier entier (chemins comparés élément par élément). Tous doivent venir \
            des mêmes extensions, tables et packs de règles ; un document présent deux fois est une erreur (statut 2).
            """)

    @Argument(help: "Fichiers JSONL écrits par « coachlens analyze … --format jsonl ».")
    var files: [String]

    @Option(name: .long, help: "Dossier de sortie.")
    var out = "reports"

    @Option(name: .customLong("csv-dialect"), help: "rfc4180 ou excel-fr (point-virgule, BOM, virgule décimale).")
    var csvDialect: CSVDialectArgument = .rfc4180

    @Option(name: .long, help: "Barre de progression sur stderr : auto, always ou never.")
    var progress: ProgressMode = .auto

    func validate() throws {
        for file in files where !FileManager.default.fileExists(atPath: file) {
            throw ValidationError("fichier introuvable : \(file)")
        }
    }

    func run() async throws {
        let merge: JSONLinesMerge
        do {
            merge = try JSONLinesMerge(paths: files)
        } catch {
            AnalysisRun.printError(error.description)
            throw ExitCode(2)
        }
        let report = try AnalysisReport(directory: out, plugins: merge.tables, dialect: csvDialect.dialect)
        let bar = ProgressBar(mode: progress)
        do {
            try merge.forEach { outcome in
                report.add(outcome)
                bar.advance(bytes: outcome.row.bytes)
            }
            bar.finish()
            try report.commit()
        } catch {
            bar.finish()
            report.discard()
            AnalysisRun.printError("\(error)")
            throw ExitCode(2)
        }
        throw AnalysisRun.finish(report.summary.totals, output: out)
    }
}
