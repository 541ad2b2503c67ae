import ArgumentParser
import CoachLensReports

/// `--format` and `--jsonl`: what `analyze` writes, the report folder or one JSON line per document.
struct OutputFormatGroup: ParsableArguments {
    @Option(name: .long, help: "reports : dossier --out (CSV, synthèses) ; jsonl : une ligne JSON par document, résultats et preuves, au lieu du dossier.")
    var format: OutputFormat = .reports

    @Option(name: .long, help: "Avec --format jsonl : fichier où écrire les lignes (écrit puis renommé) ; - : sortie standard (par défaut).")
    var jsonl: String?

    func validate() throws {
        if jsonl != nil, format != .jsonl { throw ValidationError("--jsonl va avec --format jsonl") }
    }

    /// Where the lines go, as shown to the user.
    var destination: String { jsonl.map { $0 == "-" ? "sortie standard" : $0 } ?? "sortie standard" }

    /// Opens the JSON lines output for `run`: its plugins' tables and the versions of the packs it reads.
    func writer(for run: AnalysisRun) throws(OutputError) -> JSONLinesWriter {
        let encoder = DocumentJSON(
            plugins: run.plugins.map { (type(of: $0).id, $0.table) },
            rulePacks: run.packsRead.map { ($0.pack.id, $0.pack.version) })
        return try JSONLinesWriter(path: jsonl ?? "-", encoder: encoder)
    }
}

/// `--format` values.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case reports, jsonl
}
