import ArgumentParser

/// `coachlens rules …`: check packs, list patterns.
struct Rules: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Vérifie les packs de règles ou liste leurs motifs.",
        subcommands: [RulesCheck.self, RulesPatterns.self])
}
