/// One hit of a `focus` pack rule: what it says about whom a sentence is about, and where.
struct FocusCue: Sendable, Equatable {
    /// What a rule's `label` means to the plugin.
    enum Kind: String, Sendable, CaseIterable {
        /// The client, their needs, situation or decisions (counted in `client_terms`).
        case client
        /// The writer, their company, products, credentials or own targets (counted in `self_terms`).
        case oneself = "self"
        /// A service act addressed to the client (« je vous envoie », « je vous rappelle »).
        case service
        /// A third-person subject (il, elle): in call notes and sessions, mostly the client being described.
        case third
        /// A company presented in the third person with its facts and credentials (« la société Hydrex emploie
        /// 1 200 personnes »): the writer's own in articles, mail and posts, the client's in call notes and sessions.
        case company
        /// A « nous » that takes the reader in (« chacun de nous »): that sentence's « nous » is not the company.
        case inclusive
    }

    /// The rule id.
    var rule: String
    var kind: Kind
    /// The rule's weight.
    var weight: Double
    /// The client-centred rewording the rule offers, if any.
    var suggestion: String?
    var sentence: Int
    var utf8Range: Range<Int>
    /// Inside quotation marks (reported speech).
    var quoted = false
}
