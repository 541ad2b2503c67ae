/// Horizontal bars as inline SVG: one labelled bar per item, its value written at its end.
struct SVGBarChart {
    /// One bar.
    struct Bar {
        /// The label on the left (plain text).
        var label: String
        /// The bar's length, against the chart's maximum.
        var value: Double
        /// What is written after the bar.
        var text: String
        /// The bar's colour.
        var color: String = SVGColor.accent
    }

    var bars: [Bar]
    /// The value of a full-length bar (at least the largest value).
    var maximum: Double
    /// What the chart shows, for screen readers.
    var caption: String

    static let barArea = 420
    static let rowHeight = 24

    var svg: String {
        let longest = bars.map(\.label.count).max() ?? 0
        let labelWidth = min(330, max(60, longest * 7 + 12))
        let labelLimit = (labelWidth - 12) / 7
        let textWidth = min(420, max(90, (bars.map(\.text.count).max() ?? 0) * 7 + 16))
        let width = labelWidth + Self.barArea + textWidth
        let height = bars.count * Self.rowHeight + 6
        let top = max(maximum, bars.map(\.value).max() ?? 0, 1e-9)
        var out = "<svg width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\" role=\"img\" aria-label=\"\(HTMLText.escape(caption))\">"
        out += "<line x1=\"\(labelWidth)\" y1=\"0\" x2=\"\(labelWidth)\" y2=\"\(height)\" stroke=\"\(SVGColor.grid)\"/>"
        for (index, bar) in bars.enumerated() {
            let y = index * Self.rowHeight + 3
            let length = max(0, Int((Double(Self.barArea) * SVGColor.clamp(bar.value / top)).rounded()))
            out += "<g><title>\(HTMLText.escape(bar.label)) : \(HTMLText.escape(bar.text))</title>"
            out += "<text x=\"\(labelWidth - 8)\" y=\"\(y + 14)\" text-anchor=\"end\">\(HTMLText.escape(HTMLText.truncated(bar.label, limit: labelLimit)))</text>"
            out += "<rect x=\"\(labelWidth)\" y=\"\(y + 2)\" width=\"\(Self.barArea)\" height=\"16\" rx=\"3\" fill=\"\(SVGColor.empty)\"/>"
            if length > 0 {
                out += "<rect x=\"\(labelWidth)\" y=\"\(y + 2)\" width=\"\(length)\" height=\"16\" rx=\"3\" fill=\"\(bar.color)\"/>"
            }
            out += "<text x=\"\(labelWidth + Self.barArea + 8)\" y=\"\(y + 14)\">\(HTMLText.escape(bar.text))</text></g>"
        }
        return out + "</svg>"
    }
}
