/// A vertical histogram as inline SVG: one bar per bin, its count above it, bin labels below.
struct SVGHistogram {
    /// Documents per bin.
    var counts: [Int]
    /// The label under each bin.
    var binLabels: [String]
    /// The colour of each bin.
    var colors: [String]
    /// The axis caption under the labels.
    var axisTitle: String
    /// What the chart shows, for screen readers.
    var caption: String

    static let plotHeight = 150
    static let barWidth = 48

    var svg: String {
        let left = 34, top = 18, gap = 6
        let width = left + counts.count * (Self.barWidth + gap) + 10
        let height = top + Self.plotHeight + 48
        let maximum = max(counts.max() ?? 0, 1)
        var out = "<svg width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\" role=\"img\" aria-label=\"\(HTMLText.escape(caption))\">"
        let base = top + Self.plotHeight
        out += "<line x1=\"\(left - 4)\" y1=\"\(base)\" x2=\"\(width - 6)\" y2=\"\(base)\" stroke=\"\(SVGColor.muted)\"/>"
        out += "<text x=\"\(left - 8)\" y=\"\(top + 4)\" text-anchor=\"end\" fill=\"\(SVGColor.muted)\" style=\"fill:\(SVGColor.muted)\">\(maximum)</text>"
        out += "<text x=\"\(left - 8)\" y=\"\(base)\" text-anchor=\"end\" fill=\"\(SVGColor.muted)\" style=\"fill:\(SVGColor.muted)\">0</text>"
        for (index, count) in counts.enumerated() {
            let x = left + index * (Self.barWidth + gap)
            let barHeight = Int((Double(Self.plotHeight) * Double(count) / Double(maximum)).rounded())
            let color = index < colors.count ? colors[index] : SVGColor.accent
            let label = index < binLabels.count ? binLabels[index] : ""
            out += "<g><title>\(HTMLText.escape(label)) : \(count) document\(count > 1 ? "s" : "")</title>"
            if barHeight > 0 {
                out += "<rect x=\"\(x)\" y=\"\(base - barHeight)\" width=\"\(Self.barWidth)\" height=\"\(barHeight)\" rx=\"3\" fill=\"\(color)\"/>"
            }
            if count > 0 {
                out += "<text x=\"\(x + Self.barWidth / 2)\" y=\"\(base - barHeight - 4)\" text-anchor=\"middle\" font-weight=\"600\">\(count)</text>"
            }
            out += "<text x=\"\(x + Self.barWidth / 2)\" y=\"\(base + 16)\" text-anchor=\"middle\" font-size=\"11\">\(HTMLText.escape(label))</text></g>"
        }
        out += "<text x=\"\(left + (width - left) / 2)\" y=\"\(height - 8)\" text-anchor=\"middle\" fill=\"\(SVGColor.muted)\" style=\"fill:\(SVGColor.muted)\">\(HTMLText.escape(axisTitle))</text>"
        return out + "</svg>"
    }
}
