import ArgumentParser
import CoachLensReports
import Foundation

/// `--sqlite FILE`, shared by `analyze` and `calls`: also write the results into a SQLite database.
struct SQLiteOptionGroup: ParsableArguments {
    @Option(name: .long, help: "Base SQLite où écrire aussi les résultats (créée, ou mise à jour sans doublons).")
    var sqlite: String?

    /// Opens the database for `run`, recording the command line and the rule packs the run reads; nil without
    /// `--sqlite`.
    func open(for run: AnalysisRun) throws(OutputError) -> SQLiteReport? {
        guard let sqlite else { return nil }
        let arguments = CommandLine.arguments.dropFirst()
        return try SQLiteReport(
            path: sqlite, plugins: run.plugins.map { (id: type(of: $0).id, table: $0.table) }, packs: run.packsRead,
            command: arguments.first ?? "", options: Array(arguments.dropFirst()))
    }
}
