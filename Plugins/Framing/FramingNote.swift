/// The French notes a framing finding may carry, shown in evidence.csv and summary.md.
enum FramingNote {
    /// Words reported from someone else, or quoted.
    static let reported = "discours rapporté"
    /// A guarantee under a negation, counted as responsibility framing.
    static let negatedGuarantee = "garantie niée : cadrage de responsabilité"

    /// Words said by a speaker of a session transcript.
    static func said(by speaker: String) -> String { "propos de \(speaker)" }
}
