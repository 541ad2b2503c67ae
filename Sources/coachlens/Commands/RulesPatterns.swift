import ArgumentParser
import CoachLensKit
import CoachLensPipeline
import Foundation

/// `coachlens rules patterns`: every pattern the analysis runs, one per line, as compiled.
struct RulesPatterns: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "patterns", abstract: "Affiche chaque motif exécuté par l’analyse, un par ligne.")

    @Option(name: .long, help: "Dossier de packs de règles de l’utilisateur.")
    var rules: String?

    @Option(name: .long, help: "Méthode d’étapes (ten-steps par défaut).")
    var method = "ten-steps"

    func run() throws {
        do {
            print(try Self.patterns(rules: rules, method: method).joined(separator: "\n"))
        } catch {
            AnalysisRun.printError(error.description)
            throw ExitCode(2)
        }
    }

    /// Every pattern the analysis runs with the built-in packs, `rules` and `method`: kinds, then each plugin's.
    static func patterns(rules: String?, method: String) throws(RulePackError) -> [String] {
        let library = try RuleLibrary.load(
            builtin: PluginCatalog.builtinRuleFolders, user: rules.map { URL(fileURLWithPath: $0) })
        var lines = library.packs(for: "kinds").flatMap(\.patternSources)
        for type in PluginCatalog.all {
            lines += try type.init(library: library, options: AnalysisOptions(method: method)).patterns
        }
        return lines
    }
}
