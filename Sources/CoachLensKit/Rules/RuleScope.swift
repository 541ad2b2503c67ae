/// The stretch of text a rule's match and its `unless` patterns must both fall in.
public enum RuleScope: String, Sendable, Decodable {
    case sentence
    case paragraph
}
