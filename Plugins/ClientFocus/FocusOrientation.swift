/// Whom a sentence or a text is about.
enum FocusOrientation: Sendable, Equatable {
    /// The client or reader: needs, situation, decisions, service acts addressed to them.
    case client
    /// The writer or speaker, their company, products, credentials, own targets.
    case oneself
    /// Neither clearly (a sentence only).
    case neither
    /// A substantial part of each (a text or a speaker only).
    case mixed

    /// The label written in focus.csv and evidence.csv.
    var label: String {
        switch self {
        case .client: return "client"
        case .oneself: return "self"
        case .neither: return "neither"
        case .mixed: return "mixed"
        }
    }
}
