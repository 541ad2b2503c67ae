/// A row of labelled boxes as inline SVG, one per part of a series: green when published, red when missing.
struct SVGStrip {
    /// One box.
    struct Box {
        /// The big text (a code) and the small one under it (a name).
        var code: String
        var name: String
        /// The box's colour, and the line under the name (« publié », « manquant »).
        var color: String
        var status: String
    }

    var boxes: [Box]
    /// What the strip shows, for screen readers.
    var caption: String

    static let boxWidth = 118
    static let boxHeight = 70

    var svg: String {
        let gap = 8
        let width = boxes.count * (Self.boxWidth + gap)
        let height = Self.boxHeight + 4
        var out = "<svg width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\" role=\"img\" aria-label=\"\(HTMLText.escape(caption))\">"
        for (index, box) in boxes.enumerated() {
            let x = index * (Self.boxWidth + gap)
            let center = x + Self.boxWidth / 2
            out += "<g><title>\(HTMLText.escape("\(index + 1). \(box.code) · \(box.name) : \(box.status)"))</title>"
            out += "<rect x=\"\(x + 1)\" y=\"1\" width=\"\(Self.boxWidth - 2)\" height=\"\(Self.boxHeight)\" rx=\"6\" fill=\"\(box.color)\"/>"
            out += "<text x=\"\(x + 8)\" y=\"16\" fill=\"#ffffff\" style=\"fill:#ffffff\" font-size=\"11\">\(index + 1)</text>"
            out += "<text x=\"\(center)\" y=\"28\" text-anchor=\"middle\" fill=\"#ffffff\" style=\"fill:#ffffff\" font-size=\"17\" font-weight=\"700\">\(HTMLText.escape(box.code))</text>"
            out += "<text x=\"\(center)\" y=\"46\" text-anchor=\"middle\" fill=\"#ffffff\" style=\"fill:#ffffff\" font-size=\"11\">\(HTMLText.escape(HTMLText.truncated(box.name, limit: 18)))</text>"
            out += "<text x=\"\(center)\" y=\"62\" text-anchor=\"middle\" fill=\"#ffffff\" style=\"fill:#ffffff\" font-size=\"11\" font-weight=\"600\">\(HTMLText.escape(box.status))</text></g>"
        }
        return out + "</svg>"
    }
}
