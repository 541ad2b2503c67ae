import CoachLensKit
import Foundation

/// Turns a file's bytes into normalised text: UTF-8 (with or without BOM), UTF-16 with BOM, otherwise
/// Windows-1252; then LF line endings and NFC.
public enum TextDecoder {
    /// Windows-1252's 0x80–0x9F block; nil marks the five undefined bytes.
    static let windows1252High: [Unicode.Scalar?] = [
        "\u{20AC}", nil, "\u{201A}", "\u{0192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}",
        "\u{02C6}", "\u{2030}", "\u{0160}", "\u{2039}", "\u{0152}", nil, "\u{017D}", nil,
        nil, "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}",
        "\u{02DC}", "\u{2122}", "\u{0161}", "\u{203A}", "\u{0153}", nil, "\u{017E}", "\u{0178}",
    ]

    /// The decoded, normalised text and the encoding it came from.
    public static func decode(_ bytes: [UInt8]) throws(IngestFailure) -> (text: String, encoding: TextEncoding) {
        guard !bytes.isEmpty else { throw IngestFailure(.skipped, "fichier vide") }
        let (raw, encoding) = try decodeRaw(bytes)
        let text = normalize(raw)
        guard text.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else {
            throw IngestFailure(.skipped, "fichier sans texte (espaces seulement)")
        }
        return (text, encoding)
    }

    static func decodeRaw(_ bytes: [UInt8]) throws(IngestFailure) -> (String, TextEncoding) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            guard let text = String(validating: bytes.dropFirst(3), as: UTF8.self) else {
                throw IngestFailure(.error, "UTF-8 invalide malgré la marque d’ordre des octets (BOM)")
            }
            return (text, .utf8BOM)
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return try decodeUTF16(bytes.dropFirst(2), littleEndian: bytes[0] == 0xFF)
        }
        if bytes.withUnsafeBytes({ memchr($0.baseAddress!, 0, $0.count) != nil }) {
            throw IngestFailure(.error, "fichier binaire (octets nuls) : pas un texte")
        }
        if let text = String(validating: bytes, as: UTF8.self) {
            return (text, .utf8)
        }
        return (try decodeWindows1252(bytes), .windows1252)
    }

    static func decodeUTF16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) throws(IngestFailure) -> (String, TextEncoding) {
        guard bytes.count % 2 == 0 else {
            throw IngestFailure(.error, "UTF-16 tronqué (nombre impair d’octets)")
        }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let first = UInt16(bytes[index]), second = UInt16(bytes[index + 1])
            units.append(littleEndian ? first | second << 8 : first << 8 | second)
            index += 2
        }
        guard let text = String(validating: units, as: UTF16.self) else {
            throw IngestFailure(.error, "UTF-16 invalide")
        }
        return (text, littleEndian ? .utf16LE : .utf16BE)
    }

    /// Windows-1252, refusing what no text file holds: undefined bytes and control characters.
    static func decodeWindows1252(_ bytes: [UInt8]) throws(IngestFailure) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        var controls = 0
        for byte in bytes {
            switch byte {
            case 0x80...0x9F:
                guard let scalar = windows1252High[Int(byte - 0x80)] else {
                    throw IngestFailure(.error, "encodage inconnu : ni UTF-8 valide ni Windows-1252 (octet 0x\(String(byte, radix: 16, uppercase: true)))")
                }
                scalars.append(scalar)
            default:
                if byte < 0x20, byte != 0x09, byte != 0x0A, byte != 0x0D, byte != 0x0C { controls += 1 }
                scalars.append(Unicode.Scalar(byte))
            }
        }
        guard controls * 100 <= bytes.count else {
            throw IngestFailure(.error, "fichier binaire (caractères de contrôle) : pas un texte")
        }
        return String(scalars)
    }

    /// LF line endings, and NFC when the text holds anything NFC could change.
    public static func normalize(_ text: String) -> String {
        var result = text
        if containsCarriageReturn(result) {
            // On the bytes: a string search would not match a CR that a combining mark follows.
            var bytes: [UInt8] = []
            bytes.reserveCapacity(result.utf8.count)
            var afterCR = false
            for byte in result.utf8 {
                if byte == 0x0A, afterCR {
                    afterCR = false
                    continue
                }
                afterCR = byte == 0x0D
                bytes.append(afterCR ? 0x0A : byte)
            }
            result = String(decoding: bytes, as: UTF8.self)
        }
        if needsComposition(result) {
            result = result.precomposedStringWithCanonicalMapping
        }
        return result
    }

    /// Whether the text holds a carriage return (`memchr` on its UTF-8 storage).
    static func containsCarriageReturn(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, 0x0D, bytes.count) != nil
        }
    }

    /// True when the text holds combining marks or conjoining jamo, the only scalars NFC composes.
    /// Checked on the UTF-8 bytes first, because composing megabytes of already composed French text is pure cost.
    /// Every such scalar starts with a byte of 0xCC or more, which the scan looks for eight bytes at a time.
    static func needsComposition(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            let raw = UnsafeRawBufferPointer(bytes)
            var index = 0
            while index < bytes.count {
                if index + 8 <= bytes.count {
                    let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                    if !hasLeadByteFromCC(word) {
                        index += 8
                        continue
                    }
                }
                let lead = bytes[index]
                switch lead {
                case 0xCC, 0xCD:
                    // U+0300…U+037F: combining diacritical marks (and a few Greek letters, harmless).
                    return true
                case 0xE1, 0xE2, 0xE3, 0xEF:
                    guard index + 2 < bytes.count else { return false }
                    let second = bytes[index + 1], third = bytes[index + 2]
                    switch (lead, second) {
                    case (0xE1, 0x84...0x87), (0xE1, 0xAA...0xAB), (0xE1, 0xB7), (0xE2, 0x83): return true
                    case (0xE3, 0x82) where third == 0x99 || third == 0x9A: return true
                    case (0xEF, 0xB8) where third >= 0xA0: return true
                    default: break
                    }
                    index += 3
                    continue
                default:
                    break
                }
                index += 1
            }
            return false
        }
    }

    /// Whether one of the eight bytes of `word` is 0xCC or more.
    @inline(__always)
    static func hasLeadByteFromCC(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high = ones &* 0x80
        // Per byte: the high bit of (low seven bits + 0x34) is set when the low bits are 0x4C or more.
        return word & ((word & ~high) &+ ones &* 0x34) & high != 0
    }
}
