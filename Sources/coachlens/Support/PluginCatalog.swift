import ArgumentParser
import ClientFocus
import CoachLensKit
import CoachLensPipeline
import CoachLensReports
import Foundation
import Framing
import SalesSteps
import Segments
import Stats

/// The one place that lists the analysis plugins, in output order. Run-time extension is through YAML packs.
enum PluginCatalog {
    static let all: [any AnalysisPlugin.Type] = [
        SegmentsPlugin.self, SalesStepsPlugin.self, ClientFocusPlugin.self, FramingPlugin.self, StatsPlugin.self,
    ]

    /// Every built-in rules folder: the plugins', the kind classifier's and the gaps report's cues.
    static var builtinRuleFolders: [URL] {
        all.map { $0.builtinRules } + [KindClassifier.builtinRules, GapCuesPlugin.builtinRules]
    }

    /// The plugins named in `ids` (all when nil), in catalog order.
    static func types(named ids: [String]?) throws -> [any AnalysisPlugin.Type] {
        guard let ids else { return all }
        let known = Set(all.map { $0.id })
        if let unknown = ids.first(where: { !known.contains($0) }) {
            throw ValidationError("extension inconnue « \(unknown) » (disponibles : \(all.map { $0.id }.joined(separator: ", ")))")
        }
        return all.filter { ids.contains($0.id) }
    }
}
