import CoachLensKit
import Foundation
import PCRE2Regex

/// Segments du Business Model Canvas par document et par passage. (being written)
public struct SegmentsPlugin: AnalysisPlugin {
    public static let id = "segments"
    public static var builtinRules: URL { Bundle.module.url(forResource: "Rules", withExtension: nil)! }

    public let table = TableSpec(fileName: "segments.csv", columns: ["CS", "VP", "CH", "CR", "R", "KR", "KA", "KP", "C", "segments", "customer_segment_types"])
    private let packs: [CompiledRulePack]

    public init(library: RuleLibrary, options: AnalysisOptions) throws(RulePackError) {
        packs = library.packs(for: Self.id)
    }

    public var patterns: [String] { packs.flatMap(\.patternSources) }

    public func analyze(_ document: AnalyzedDocument, scratch: MatchScratch) -> PluginResult {
        PluginResult(plugin: Self.id, row: nil)
    }
}
