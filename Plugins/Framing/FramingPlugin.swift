import CoachLensKit
import Foundation
import PCRE2Regex

/// Promesses de garantie, responsabilité du client, attribution externe de l’échec. (being written)
public struct FramingPlugin: AnalysisPlugin {
    public static let id = "framing"
    public static var builtinRules: URL { Bundle.module.url(forResource: "Rules", withExtension: nil)! }

    public let table = TableSpec(fileName: "framing.csv", columns: ["guarantee", "responsibility", "external_attribution", "guarantee_hits", "responsibility_hits", "external_hits"])
    private let packs: [CompiledRulePack]

    public init(library: RuleLibrary, options: AnalysisOptions) throws(RulePackError) {
        packs = library.packs(for: Self.id)
    }

    public var patterns: [String] { packs.flatMap(\.patternSources) }

    public func analyze(_ document: AnalyzedDocument, scratch: MatchScratch) -> PluginResult {
        PluginResult(plugin: Self.id, row: nil)
    }
}
