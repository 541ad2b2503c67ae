import ArgumentParser
import CoachLensReports
import Foundation

/// The `coachlens` command: lists the subcommands, nothing else.
@main
struct CoachLens: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coachlens",
        abstract: "Analyse des textes de coaching commercial en français : segments, étapes de vente, orientation client, cadrage.",
        subcommands: [Analyze.self, Merge.self, Calls.self, Tokenize.self, Rules.self, Bench.self, BenchPhase.self, Gaps.self])

    /// Runs the command; bad usage (including an output folder that cannot be written) exits with status 2, as the
    /// output contract says (not the parser's 64).
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let error as OutputError {
            // An output folder that cannot be written is bad usage too.
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            Foundation.exit(2)
        } catch {
            guard exitCode(for: error) == .validationFailure else { exit(withError: error) }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Foundation.exit(2)
        }
    }
}
