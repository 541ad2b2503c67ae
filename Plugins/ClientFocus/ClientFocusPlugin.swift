import CoachLensKit
import Foundation
import PCRE2Regex

/// Langage centré sur le client ou sur soi. (being written)
public struct ClientFocusPlugin: AnalysisPlugin {
    public static let id = "focus"
    public static var builtinRules: URL { Bundle.module.url(forResource: "Rules", withExtension: nil)! }

    public let table = TableSpec(fileName: "focus.csv", columns: ["first_singular", "first_plural", "second_person", "client_terms", "self_terms", "client_share", "label"])
    private let packs: [CompiledRulePack]

    public init(library: RuleLibrary, options: AnalysisOptions) throws(RulePackError) {
        packs = library.packs(for: Self.id)
    }

    public var patterns: [String] { packs.flatMap(\.patternSources) }

    public func analyze(_ document: AnalyzedDocument, scratch: MatchScratch) -> PluginResult {
        PluginResult(plugin: Self.id, row: nil)
    }
}
