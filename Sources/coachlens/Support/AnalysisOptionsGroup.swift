import ArgumentParser
import CoachLensReports
import Foundation

/// The flags `analyze`, `calls` and `gaps` share.
struct AnalysisOptionsGroup: ParsableArguments {
    @Option(name: .long, help: "Dossier de sortie.")
    var out = "reports"

    @Option(name: .long, help: "Nombre de tâches en parallèle (par défaut : le nombre de cœurs).")
    var jobs = ProcessInfo.processInfo.activeProcessorCount

    @Option(name: .long, help: "Dossier de packs de règles YAML ajoutés aux packs intégrés (ou les remplaçant à id égal).")
    var rules: String?

    @Option(name: .customLong("csv-dialect"), help: "rfc4180 ou excel-fr (point-virgule, BOM, virgule décimale).")
    var csvDialect: CSVDialectArgument = .rfc4180

    @Option(name: .long, help: "Barre de progression sur stderr : auto, always ou never.")
    var progress: ProgressMode = .auto

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs doit valoir au moins 1") }
        if let rules, !FileManager.default.fileExists(atPath: rules) {
            throw ValidationError("dossier de règles introuvable : \(rules)")
        }
    }
}

/// `--csv-dialect` values.
enum CSVDialectArgument: String, ExpressibleByArgument, CaseIterable {
    case rfc4180
    case excelFR = "excel-fr"

    var dialect: CSVDialect { self == .rfc4180 ? .rfc4180 : .excelFR }
}

/// `--progress` values.
enum ProgressMode: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never
}
