import ArgumentParser

/// The `coachlens` command: lists the subcommands, nothing else.
@main
struct CoachLens: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coachlens",
        abstract: "Analyse des textes de coaching commercial en français : segments, étapes de vente, orientation client, cadrage.",
        subcommands: [Analyze.self, Tokenize.self, Rules.self],
        defaultSubcommand: nil)
}
