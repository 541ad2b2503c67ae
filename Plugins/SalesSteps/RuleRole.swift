/// What a rule of a step method evidences, read from its `label`.
enum RuleRole: Equatable, Sendable {
    /// Evidence that the step with this id was done.
    case step(String)
    /// A later-stage action placed in time for the order check only (`order:S8`: a single offer, a demo, a price),
    /// which does not make the step done.
    case orderCue(String)
    /// A marker around step cues.
    case marker(MarkerKind)

    /// The label prefix of order cues.
    static let orderPrefix = "order:"

    /// The role of `label` in a method with these step ids; nil when the label means nothing to the plugin.
    init?(label: String, stepIDs: Set<String>) {
        if stepIDs.contains(label) {
            self = .step(label)
        } else if label.hasPrefix(Self.orderPrefix), stepIDs.contains(String(label.dropFirst(Self.orderPrefix.count))) {
            self = .orderCue(String(label.dropFirst(Self.orderPrefix.count)))
        } else if let kind = MarkerKind(rawValue: label) {
            self = .marker(kind)
        } else {
            return nil
        }
    }
}
