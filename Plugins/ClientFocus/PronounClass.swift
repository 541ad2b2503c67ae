/// The pronoun classes counted in focus.csv (possessive determiners and pronouns included).
public enum PronounClass: Int, Sendable, CaseIterable {
    /// je, j', me, m', moi, mon, ma, mes, le mien…, -moi, -je.
    case firstSingular
    /// nous, notre, nos, le nôtre…, -nous.
    case firstPlural
    /// vous, votre, vos, le vôtre…, tu, te, t', toi, ton, ta, tes, le tien…, -vous, -toi, -tu.
    case secondPerson
    /// on, l'on, -on, -t-on: counted apart, it says nothing about whom a sentence is about.
    case on

    /// The focus.csv column.
    public var column: String {
        switch self {
        case .firstSingular: return "first_singular"
        case .firstPlural: return "first_plural"
        case .secondPerson: return "second_person"
        case .on: return "on"
        }
    }
}
