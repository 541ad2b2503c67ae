import Foundation

/// An RFC 4180 file as the tests read it back: the header and the rows, each cell as written.
struct CSVTable {
    let header: [String]
    let rows: [[String]]

    /// Parses `file` (quoted fields may hold separators, quotes and line breaks).
    init(_ file: URL) throws {
        var records: [[String]] = [], record: [String] = [], field = ""
        var quoted = false, afterQuote = false
        for character in try String(contentsOf: file, encoding: .utf8) {
            if quoted {
                if character == "\"" { quoted = false; afterQuote = true } else { field.append(character) }
            } else if character == "\"" {
                if afterQuote { field.append("\"") }
                quoted = true
                afterQuote = false
            } else if character == "," {
                record.append(field); field = ""; afterQuote = false
            } else if character == "\r\n" || character == "\n" {
                record.append(field); records.append(record); record = []; field = ""; afterQuote = false
            } else {
                field.append(character); afterQuote = false
            }
        }
        header = records.first ?? []
        rows = Array(records.dropFirst())
    }

    /// The column's cell in `row`.
    func cell(_ row: [String], _ column: String) -> String? {
        header.firstIndex(of: column).map { row[$0] }
    }
}
