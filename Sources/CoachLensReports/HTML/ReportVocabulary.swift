/// The French names the reports give to codes: the nine canvas segments, the ten steps, focus labels and
/// framing flags. Codes a report does not know are shown as they are.
public enum ReportVocabulary {
    /// The nine segment codes, in canvas order.
    public static let segmentCodes = ["CS", "VP", "CH", "CR", "R", "KR", "KA", "KP", "C"]

    /// The ten steps of the default method, in order.
    public static let stepIDs = (1...10).map { "S\($0)" }

    /// The French name of a segment code.
    public static func segmentName(_ code: String) -> String {
        switch code {
        case "CS": return "Clients"
        case "VP": return "Valeur apportée"
        case "CH": return "Canaux"
        case "CR": return "Relations client"
        case "R": return "Revenus"
        case "KR": return "Ressources clés"
        case "KA": return "Activités clés"
        case "KP": return "Partenaires clés"
        case "C": return "Coûts"
        default: return code
        }
    }

    /// The French name of a step of the ten-step method.
    public static func stepName(_ id: String) -> String {
        switch id {
        case "S1": return "Rendez-vous avec le décideur"
        case "S2": return "Se renseigner sur les besoins avant"
        case "S3": return "Poser beaucoup de questions, laisser parler"
        case "S4": return "Feedback et prise de notes"
        case "S5": return "Analyser en écoutant"
        case "S6": return "Résumé"
        case "S7": return "Confirmation"
        case "S8": return "Deux ou trois variantes"
        case "S9": return "Laquelle convient"
        case "S10": return "Conclusion"
        default: return id
        }
    }

    /// The French name of a focus label.
    public static func focusName(_ label: String) -> String {
        switch label {
        case "client": return "tourné vers le client"
        case "self": return "centré sur soi"
        case "mixed": return "mixte"
        default: return label
        }
    }

    /// The French name of a framing flag.
    public static func framingName(_ flag: String) -> String {
        switch flag {
        case "guarantee": return "Promesse de résultat"
        case "responsibility": return "Responsabilité du client"
        case "external_attribution": return "Attribution externe de l’échec"
        default: return flag
        }
    }

    /// The French name of an evidence label of any plugin.
    public static func labelName(_ label: String) -> String {
        if segmentCodes.contains(label) { return "\(label) · \(segmentName(label))" }
        if stepIDs.contains(label) { return "\(label) · \(stepName(label))" }
        switch label {
        case "client", "self", "mixed": return focusName(label)
        case "guarantee", "responsibility", "external_attribution": return framingName(label)
        case "order", "order_violation": return "Ordre des étapes non respecté"
        case "question": return "Questions"
        case "client_term": return "Termes tournés vers le client"
        case "suggestion": return "Reformulations tournées client proposées"
        case "self_term": return "Termes centrés sur soi"
        default:
            for (prefix, name) in [("parole:", "Prise de parole"), ("type:", "Type de clientèle")] where label.hasPrefix(prefix) {
                return "\(name) · \(label.dropFirst(prefix.count))"
            }
            return label
        }
    }
}
