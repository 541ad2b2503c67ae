import ArgumentParser
import Foundation

/// The `coachlens` command: lists the subcommands, nothing else.
@main
struct CoachLens: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coachlens",
        abstract: "Analyse des textes de coaching commercial en français : segments, étapes de vente, orientation client, cadrage.",
        subcommands: [Analyze.self, Calls.self, Tokenize.self, Rules.self, Bench.self, BenchPhase.self, Gaps.self])

    /// Runs the command; bad usage exits with status 2, as the output contract says (not the parser's 64).
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            guard exitCode(for: error) == .validationFailure else { exit(withError: error) }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Foundation.exit(2)
        }
    }
}
