import Foundation
import CoachLensKit

/// How CSV files are written: RFC 4180 (comma, UTF-8, decimal point) or what French Excel opens directly
/// (semicolon, UTF-8 with BOM, decimal comma).
public enum CSVDialect: String, Sendable, CaseIterable {
    case rfc4180
    case excelFR = "excel-fr"

    /// The field separator.
    public var separator: UInt8 { self == .rfc4180 ? UInt8(ascii: ",") : UInt8(ascii: ";") }

    /// Bytes written before the header.
    public var preamble: [UInt8] { self == .rfc4180 ? [] : [0xEF, 0xBB, 0xBF] }

    /// A cell as CSV field text: numbers in the dialect's notation, text neutralised and quoted as needed.
    public func field(_ cell: Cell) -> String {
        switch cell {
        case let .text(value):
            return quoted(neutralised(value))
        case let .integer(value):
            return String(value)
        case let .decimal(value, digits):
            let text = Self.format(value, digits: digits)
            return self == .excelFR ? text.replacingOccurrences(of: ".", with: ",") : text
        }
    }

    /// A cell a spreadsheet would run as a formula gets a leading quote.
    func neutralised(_ value: String) -> String {
        guard let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return value }
        return "'" + value
    }

    /// Quotes a field holding a separator, quote or line break, doubling inner quotes (RFC 4180).
    func quoted(_ value: String) -> String {
        // Bytes, not Characters: every special character is ASCII, and this runs once per cell.
        guard value.utf8.contains(where: { $0 == separator || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A fixed-point rendering that does not depend on the locale.
    static func format(_ value: Double, digits: Int) -> String {
        guard value.isFinite else { return "" }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let scaled = (abs(value) * scale).rounded()
        let whole = Int(scaled / scale)
        let fraction = Int(scaled - Double(whole) * scale)
        let sign = value < 0 && scaled != 0 ? "-" : ""
        guard digits > 0 else { return sign + String(whole) }
        let fractionText = String(fraction)
        return sign + String(whole) + "." + String(repeating: "0", count: digits - fractionText.count) + fractionText
    }
}
