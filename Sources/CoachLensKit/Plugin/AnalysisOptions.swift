/// Settings that shape what plugins do, fixed for a whole run.
public struct AnalysisOptions: Sendable {
    /// The step method to score call notes against (`ten-steps` by default).
    public var method: String
    /// When true every document is read as a call note unless its content shows otherwise (`coachlens calls`).
    public var assumeCalls: Bool

    /// Creates options.
    public init(method: String = "ten-steps", assumeCalls: Bool = false) {
        self.method = method
        self.assumeCalls = assumeCalls
    }
}
