/// The coarse class of a token.
public enum TokenKind: UInt8, Sendable {
    /// Letters, with inner apostrophes or hyphens when lexicalised (aujourd'hui, peut-être), elided forms (l', qu').
    case word
    /// An inverted clitic split off its verb: `-moi`, `-t-il`, `-vous`.
    case clitic
    /// Digits, with decimal comma, thousands spaces or an ordinal suffix (1ère, 2ème).
    case number
    /// Punctuation, including guillemets and ellipsis.
    case punctuation
    /// A URL or an e-mail address.
    case link
    /// Anything else: symbols, emoji.
    case symbol
}
