import ArgumentParser
import CoachLensKit
import Foundation

/// `coachlens rules check [DIR]`: loads packs (the built-in ones, or those of DIR) and runs every example.
struct RulesCheck: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Valide les packs et exécute les exemples de chaque règle (code 2 en cas d’échec).")

    @Argument(help: "Dossier de packs à vérifier (par défaut : les packs intégrés).")
    var directory: String?

    func run() throws {
        let packs: [CompiledRulePack]
        do {
            if let directory {
                packs = try RulePackLoader.loadDirectory(URL(fileURLWithPath: directory))
            } else {
                packs = try RuleLibrary.load(builtin: PluginCatalog.builtinRuleFolders).packs
            }
        } catch {
            AnalysisRun.printError(error.description)
            throw ExitCode(2)
        }
        var failures: [RuleExampleChecker.Failure] = []
        var examples = 0
        for pack in packs {
            failures += RuleExampleChecker.check(pack)
            examples += pack.pack.rules.reduce(0) { $0 + $1.examples.match.count + $1.examples.noMatch.count }
        }
        for failure in failures { AnalysisRun.printError(failure.description) }
        let rules = packs.reduce(0) { $0 + $1.rules.count }
        print("\(packs.count) packs, \(rules) règles, \(examples) exemples, \(failures.count) échecs")
        if !failures.isEmpty { throw ExitCode(2) }
    }
}
