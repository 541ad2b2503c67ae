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
        /// A courtesy formula of a letter (« je reste à votre disposition », « je reviens vers vous concernant… »):
        /// it orients nothing, and the pronouns inside it do not count in its sentence's judgement.
        case courtesy
        /// Words saying something went on at length (« longuement », « pendant quarante minutes »): a self-centred
        /// sentence with them stands for a substantial part of the meeting, so it weighs twice in the share.
        case extent
        /// Words saying the writer presents themself briefly (« pour me présenter rapidement », « je me présente en
        /// deux mots »): a self-centred sentence with them is a passing introduction, so it weighs half in the share.
        case brevity
        /// Words that hand the floor to the client's own thoughts or speech (« le locataire se demande : … », « il se
        /// dit : « … » »): what follows, up to the end of the quotation or of the run of questions, is the client
        /// speaking, so its « je », « mes » and self cues are the client's.
        case voice
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
