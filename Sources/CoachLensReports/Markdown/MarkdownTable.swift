/// A Markdown table with escaped cells.
struct MarkdownTable {
    var header: [String]
    var rows: [[String]] = []

    /// The table's Markdown.
    var markdown: String {
        var lines = ["| " + header.map(Self.escape).joined(separator: " | ") + " |"]
        lines.append("|" + header.map { _ in " --- |" }.joined())
        for row in rows { lines.append("| " + row.map(Self.escape).joined(separator: " | ") + " |") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Keeps text from breaking the table or being read as Markdown or HTML.
    static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "|": result += "\\|"
            case "\n", "\r\n", "\r": result += " "
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "*", "_", "`", "[", "]", "\\": result += "\\" + String(character)
            default: result.append(character)
            }
        }
        return result
    }
}
