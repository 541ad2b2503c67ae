import CoachLensKit

/// Turns document text and figures into HTML fragments: every character of document text is escaped, so a
/// file holding `<script>` or `"><img onerror=…>` shows as text; matched words are wrapped in `<mark>`.
public enum HTMLText {
    /// `text` with `&`, `<`, `>`, `"` and `'` escaped, safe both in element content and in quoted attributes.
    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            // Control characters other than tab and line breaks cannot appear in HTML text.
            case "\u{0}"..."\u{8}", "\u{B}", "\u{C}", "\u{E}"..."\u{1F}", "\u{7F}": result += "\u{FFFD}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// A finding's excerpt, escaped, with its matched words in `<mark>` and its note (if any) after it.
    public static func highlighted(_ finding: Finding) -> String {
        highlighted(finding.excerpt, range: finding.highlight)
            + (finding.note.isEmpty ? "" : " <span class=\"note\">(" + escape(finding.note) + ")</span>")
    }

    /// `text`, escaped, with the scalars of `range` wrapped in `<mark>` (clamped to the text).
    public static func highlighted(_ text: String, range: Range<Int>) -> String {
        let scalars = Array(text.unicodeScalars)
        let lower = min(max(range.lowerBound, 0), scalars.count)
        let upper = min(max(range.upperBound, lower), scalars.count)
        func piece(_ slice: ArraySlice<Unicode.Scalar>) -> String {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: slice)
            return escape(String(view))
        }
        guard upper > lower else { return piece(scalars[...]) }
        return piece(scalars[..<lower]) + "<mark>" + piece(scalars[lower..<upper]) + "</mark>" + piece(scalars[upper...])
    }

    /// A number in French notation (decimal comma), `digits` digits after it.
    public static func number(_ value: Double, digits: Int = 2) -> String {
        CSVDialect.format(value, digits: digits).split(separator: ".").joined(separator: ",")
    }

    /// A share in [0, 1] as a whole percentage, « 42 % » (narrow no-break space).
    public static func percent(_ share: Double) -> String {
        guard share.isFinite else { return "–" }
        return String(Int((share * 100).rounded())) + "\u{202F}%"
    }

    /// `text` cut to `limit` characters with « … » when longer (for chart labels; the full text goes in a title).
    public static func truncated(_ text: String, limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(max(1, limit - 1))) + "…"
    }
}
