import CoachLensKit

/// The step method a calls report is written for: its id, French name and ordered steps (with their advice).
public struct CallsMethod: Sendable, Equatable {
    /// The plugin whose results carry the step scores.
    public static let plugin = "steps"

    /// The method's id (`ten-steps`, `codev`, …).
    public var id: String
    /// The method's French name.
    public var name: String
    /// The ordered steps.
    public var steps: [StepDefinition]

    /// Creates a method description.
    public init(id: String, name: String, steps: [StepDefinition]) {
        self.id = id
        self.name = name
        self.steps = steps
    }

    /// The step ids, in method order.
    public var stepIDs: [String] { steps.map(\.id) }

    /// The step with this id.
    public func step(_ id: String) -> StepDefinition? {
        steps.first { $0.id == id }
    }

    /// « S2 Se renseigner sur les besoins avant »
    public func title(_ id: String) -> String {
        step(id).map { "\($0.id) \($0.name)" } ?? id
    }

    /// The next focus for a note missing `missing` (in method order): « S2 — name : advice », or empty.
    public func nextFocus(missing: [String]) -> String {
        guard let first = missing.first, let step = step(first) else { return "" }
        return "\(step.id) — \(step.name) : \(step.advice)"
    }
}
