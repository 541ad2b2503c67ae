/// The folding both sides of the literal prefilter share: lowercase, accents removed from Latin letters
/// (é → e, Ç → c, œ → oe), so a word matches whatever its case and accents, as caseless accent-tolerant
/// patterns do.
enum WordFolding {
    /// What a scalar folds to.
    enum Folded: Equatable {
        /// Not a word character (`\w` under UCP): it ends a word.
        case separator
        /// One or two folded ASCII bytes.
        case ascii(UInt8, UInt8?)
        /// A word character the table does not fold; `cased` when it has an uppercase or lowercase form,
        /// so a literal holding it cannot be trusted to match caselessly.
        case other(cased: Bool)
    }

    /// Folded ASCII bytes for U+00C0…U+00FF (0 where the scalar is not a letter).
    static let latin1: [UInt8] = Array(
        "aaaaaaaceeeeiiii" + "dnooooo\u{0}ouuuuyts" + "aaaaaaaceeeeiiii" + "dnooooo\u{0}ouuuuyty"
    ).map { $0 == "\u{0}" ? 0 : $0.asciiValue! }

    /// The fold of one scalar.
    static func fold(_ scalar: Unicode.Scalar) -> Folded {
        let value = scalar.value
        switch value {
        case 0x41...0x5A: return .ascii(UInt8(value) + 32, nil)
        case 0x61...0x7A, 0x30...0x39, 0x5F: return .ascii(UInt8(value), nil)
        case 0..<0x80: return .separator
        case 0xC0...0xFF:
            let folded = latin1[Int(value - 0xC0)]
            return folded == 0 ? .separator : .ascii(folded, nil)
        case 0x152, 0x153: return .ascii(UInt8(ascii: "o"), UInt8(ascii: "e"))
        default:
            guard isWord(scalar) else { return .separator }
            return .other(cased: scalar.properties.isUppercase || scalar.properties.isLowercase)
        }
    }

    /// PCRE2's `\w` under UCP: letters, marks, decimal digits, connector punctuation.
    static func isWord(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .connectorPunctuation:
            return true
        default:
            return false
        }
    }

    /// A key for the first folded bytes of a word: the bytes themselves, packed, with the length on top.
    static func key(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var key = UInt64(bytes.count) << 56
        var shift: UInt64 = 0
        for byte in bytes.prefix(7) {
            key |= UInt64(byte) << shift
            shift += 8
        }
        return key
    }
}
