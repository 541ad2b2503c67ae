/// Character classes for the French tokenizer's byte scanner, with lookup tables for ASCII and for the Latin
/// blocks (U+0080 to U+024F) so that accented letters are classified without Unicode property look-ups.
enum FrenchCharClass {
    /// Symbols and anything not listed below.
    static let other: UInt8 = 0
    /// Horizontal whitespace, including no-break spaces (U+00A0, U+202F) and the U+2000 spaces.
    static let space: UInt8 = 1
    /// Line feed (and U+2028/U+2029, U+0085).
    static let newline: UInt8 = 2
    /// A lowercase letter.
    static let lower: UInt8 = 3
    /// An uppercase (or titlecase) letter.
    static let upper: UInt8 = 4
    /// An ASCII digit.
    static let digit: UInt8 = 5
    /// A letter without case (CJK and the like), a non-ASCII digit or a superscript digit.
    static let letterOther: UInt8 = 6
    /// A combining mark or joiner, which continues a word.
    static let mark: UInt8 = 7
    /// `'`, `’` (U+2019), `ʼ` (U+02BC), `‘` (U+2018).
    static let apostrophe: UInt8 = 8
    /// `-`, U+2010, U+2011.
    static let hyphen: UInt8 = 9
    /// `.`
    static let period: UInt8 = 10
    /// `…` (U+2026).
    static let ellipsis: UInt8 = 11
    /// `!` and `?`.
    static let terminal: UInt8 = 12
    /// `,`
    static let comma: UInt8 = 13
    /// `;` and `:`.
    static let colon: UInt8 = 14
    /// `«`, `“`, `„`, `‹`.
    static let openQuote: UInt8 = 15
    /// `»`, `”`, `›`.
    static let closeQuote: UInt8 = 16
    /// `"`, which opens or closes.
    static let doubleQuote: UInt8 = 17
    /// `(`, `[`, `{`.
    static let openBracket: UInt8 = 18
    /// `)`, `]`, `}`.
    static let closeBracket: UInt8 = 19
    /// Dashes: U+2012 to U+2015, U+2212.
    static let dash: UInt8 = 20
    /// Emoji and pictographs.
    static let emoji: UInt8 = 21
    /// Bullets: `•`, `◦`, `▪`, `→`, `➢` ...
    static let bullet: UInt8 = 22
    /// `·` (U+00B7), the middle dot of inclusive writing (`étudiant·e·s`).
    static let middleDot: UInt8 = 23
    /// `@`
    static let at: UInt8 = 24
    /// `/`
    static let slash: UInt8 = 25
    /// `_`
    static let underscore: UInt8 = 26
    /// `+`
    static let plus: UInt8 = 27
    /// `°` (U+00B0).
    static let degree: UInt8 = 28
    /// Other ASCII punctuation that forms tokens on its own (`&`, `*`, `#`, `%`, `\`, `|`, `~`, `<`, `=`, `>` ...).
    static let asciiSymbol: UInt8 = 29

    /// Classes that make up words: letters, digits, marks.
    static let wordMask: UInt32 = 1 << 3 | 1 << 4 | 1 << 5 | 1 << 6 | 1 << 7

    /// Whether `cls` continues a word.
    @inline(__always)
    static func isWord(_ cls: UInt8) -> Bool { wordMask & (1 &<< UInt32(cls)) != 0 }

    /// Whether `cls` is whitespace (a line break included).
    @inline(__always)
    static func isSpace(_ cls: UInt8) -> Bool { cls == space || cls == newline }

    /// Whether `cls` is a letter class (not a digit).
    @inline(__always)
    static func isLetter(_ cls: UInt8) -> Bool { cls == lower || cls == upper || cls == letterOther || cls == mark }

    /// The class of each ASCII byte.
    static let ascii: [UInt8] = {
        var table = [UInt8](repeating: asciiSymbol, count: 128)
        for b in 0..<32 { table[b] = other }
        table[0x7F] = other
        for b in [0x09, 0x0B, 0x0C, 0x0D, 0x20] { table[b] = space }
        table[0x0A] = newline
        for b in UInt8(ascii: "a")...UInt8(ascii: "z") { table[Int(b)] = lower }
        for b in UInt8(ascii: "A")...UInt8(ascii: "Z") { table[Int(b)] = upper }
        for b in UInt8(ascii: "0")...UInt8(ascii: "9") { table[Int(b)] = digit }
        let specials: [(Character, UInt8)] = [
            ("'", apostrophe), ("-", hyphen), (".", period), ("!", terminal), ("?", terminal), (",", comma),
            (";", colon), (":", colon), ("\"", doubleQuote), ("(", openBracket), ("[", openBracket),
            ("{", openBracket), (")", closeBracket), ("]", closeBracket), ("}", closeBracket), ("@", at),
            ("/", slash), ("_", underscore), ("+", plus),
        ]
        for (character, cls) in specials { table[Int(character.asciiValue!)] = cls }
        return table
    }()

    /// The class of each scalar from U+0000 to U+024F (the ASCII part repeats `ascii`).
    static let latin: [UInt8] = {
        var table = ascii + [UInt8](repeating: other, count: 0x250 - 128)
        for value in 0x80..<0x250 {
            let scalar = Unicode.Scalar(UInt32(value))!
            table[value] = propertyClass(scalar)
        }
        table[0x85] = newline
        table[0xA0] = space
        table[0xAB] = openQuote
        table[0xBB] = closeQuote
        table[0xB7] = middleDot
        table[0xB0] = degree
        for value in [0xB2, 0xB3, 0xB9] { table[value] = letterOther }
        table[0xAD] = mark  // soft hyphen: invisible inside a word
        return table
    }()

    /// The class of a scalar above U+024F (`latin` covers the others).
    static func classify(_ value: UInt32) -> UInt8 {
        switch value {
        case 0x2000...0x200A, 0x202F, 0x205F, 0x3000, 0xFEFF, 0x200B, 0x2060: return space
        case 0x200C, 0x200D: return mark
        case 0x2028, 0x2029: return newline
        case 0x2010, 0x2011: return hyphen
        case 0x2012...0x2015, 0x2212: return dash
        case 0x2018, 0x2019, 0x02BC: return apostrophe
        case 0x201C, 0x201E, 0x2039: return openQuote
        case 0x201D, 0x203A: return closeQuote
        case 0x2026: return ellipsis
        case 0x2022, 0x2023, 0x2043, 0x25AA, 0x25AB, 0x25CF, 0x25E6, 0x25B8, 0x25BA, 0x2192, 0x27A2, 0x27A4, 0x2794:
            return bullet
        case 0x203C, 0x2049: return terminal
        case 0x2070...0x209F: return letterOther
        case 0x2600...0x27BF, 0x2B00...0x2BFF, 0x1F000...0x1FAFF: return emoji
        default:
            guard let scalar = Unicode.Scalar(value) else { return other }
            return propertyClass(scalar)
        }
    }

    /// The class of a scalar from its Unicode properties.
    private static func propertyClass(_ scalar: Unicode.Scalar) -> UInt8 {
        let properties = scalar.properties
        switch properties.generalCategory {
        case .uppercaseLetter, .titlecaseLetter: return upper
        case .lowercaseLetter: return lower
        case .otherLetter, .modifierLetter, .decimalNumber, .letterNumber, .otherNumber: return letterOther
        case .nonspacingMark, .spacingMark, .enclosingMark: return mark
        case .spaceSeparator: return space
        case .lineSeparator, .paragraphSeparator: return newline
        case .initialPunctuation: return openQuote
        case .finalPunctuation: return closeQuote
        case .openPunctuation: return openBracket
        case .closePunctuation: return closeBracket
        case .dashPunctuation: return dash
        default:
            return properties.isEmojiPresentation ? emoji : other
        }
    }
}
