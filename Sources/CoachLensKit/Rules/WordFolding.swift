/// The folding both sides of the literal prefilter share: lowercase, accents removed from Latin letters
/// (é → e, Ç → c), so a word matches whatever its case and accents, as caseless accent-tolerant patterns do.
enum WordFolding {
    /// Folded ASCII bytes for U+00C0…U+00FF (0 where the scalar is not a letter).
    static let latin1: [UInt8] = Array(
        "aaaaaaaceeeeiiii" + "dnooooo\u{0}ouuuuyts" + "aaaaaaaceeeeiiii" + "dnooooo\u{0}ouuuuyty"
    ).map { $0 == "\u{0}" ? 0 : $0.asciiValue! }

    /// The folded bytes of `scalar`: empty for a non-word scalar; its UTF-8 bytes for letters the table does not
    /// fold (nil when such a letter has case, so a caller can refuse to rely on it).
    static func fold(_ scalar: Unicode.Scalar) -> [UInt8]? {
        let value = scalar.value
        switch value {
        case 0x41...0x5A: return [UInt8(value) + 32]
        case 0x61...0x7A, 0x30...0x39, 0x5F: return [UInt8(value)]
        case 0..<0x80: return []
        case 0xC0...0xFF:
            let folded = latin1[Int(value - 0xC0)]
            return folded == 0 ? [] : [folded]
        case 0x152, 0x153: return [UInt8(ascii: "o"), UInt8(ascii: "e")]
        default:
            guard isWord(scalar) else { return [] }
            if scalar.properties.isUppercase || scalar.properties.isLowercase { return nil }
            return Array(String(scalar).utf8)
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

    /// A key for the first bytes of a folded word (up to ``WordPrefixIndex/maxPrefix``), with the length mixed in.
    static func key(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var key = UInt64(bytes.count)
        for byte in bytes { key = key &* 0x100000001B3 ^ UInt64(byte) }
        return key
    }
}
