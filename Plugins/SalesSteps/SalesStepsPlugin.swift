import CoachLensKit
import Foundation
import PCRE2Regex

/// Couverture des étapes de vente dans les notes d’appel et les séances. (being written)
public struct SalesStepsPlugin: AnalysisPlugin {
    public static let id = "steps"
    public static var builtinRules: URL { Bundle.module.url(forResource: "methods", withExtension: nil)! }

    public var table: TableSpec { TableSpec(fileName: "steps.csv", columns: ["method"] + steps.map(\.id) + ["coverage", "order_violation", "missing"]) }
    private let steps: [StepDefinition] = []
    private let packs: [CompiledRulePack]

    public init(library: RuleLibrary, options: AnalysisOptions) throws(RulePackError) {
        packs = library.packs(for: Self.id)
    }

    public var patterns: [String] { packs.flatMap(\.patternSources) }

    public func analyze(_ document: AnalyzedDocument, scratch: MatchScratch) -> PluginResult {
        PluginResult(plugin: Self.id, row: nil)
    }
}
