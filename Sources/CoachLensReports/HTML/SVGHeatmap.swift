/// A rows × columns grid of coloured cells as inline SVG: documents × segments scores, notes × steps done,
/// salespeople × step rates. Each cell carries a `<title>` with the row, column and value.
struct SVGHeatmap {
    /// How cells are coloured.
    enum Palette {
        /// Light to dark blue for a value in [0, 1], the value written in the cell.
        case scale
        /// Green when the value is 1, pale grey otherwise, a check mark in done cells.
        case done
    }

    /// Row labels (plain text; long ones are cut, the full text goes in a tooltip).
    var rows: [String]
    /// Column headers (short codes).
    var columns: [String]
    /// Column names shown in tooltips.
    var columnNames: [String]
    /// One value per row and column; nil draws an empty cell.
    var values: [[Double?]]
    var palette: Palette = .scale
    /// Optional text after each row (coverage, warnings), with an optional colour per row.
    var annotations: [String] = []
    var annotationColors: [String] = []
    /// What the chart shows, for screen readers.
    var caption: String

    static let cellWidth = 46
    static let cellHeight = 22
    static let headerHeight = 26

    var svg: String {
        let longest = rows.map(\.count).max() ?? 0
        let labelWidth = min(330, max(80, longest * 7 + 12))
        let labelLimit = (labelWidth - 12) / 7
        let annotationWidth = annotations.isEmpty ? 0 : 170
        let width = labelWidth + columns.count * Self.cellWidth + annotationWidth + 4
        let height = Self.headerHeight + rows.count * Self.cellHeight + 4
        var out = "<svg width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\" role=\"img\" aria-label=\"\(HTMLText.escape(caption))\">"
        for (index, column) in columns.enumerated() {
            let x = labelWidth + index * Self.cellWidth + Self.cellWidth / 2
            let name = index < columnNames.count ? columnNames[index] : column
            out += "<text x=\"\(x)\" y=\"17\" text-anchor=\"middle\" font-weight=\"600\"><title>\(HTMLText.escape(name))</title>\(HTMLText.escape(column))</text>"
        }
        for (rowIndex, label) in rows.enumerated() {
            let y = Self.headerHeight + rowIndex * Self.cellHeight
            out += "<text x=\"\(labelWidth - 8)\" y=\"\(y + 15)\" text-anchor=\"end\"><title>\(HTMLText.escape(label))</title>\(HTMLText.escape(HTMLText.truncated(label, limit: labelLimit)))</text>"
            let rowValues = rowIndex < values.count ? values[rowIndex] : []
            for columnIndex in columns.indices {
                let value = columnIndex < rowValues.count ? rowValues[columnIndex] : nil
                let x = labelWidth + columnIndex * Self.cellWidth
                out += cell(x: x, y: y, value: value, tooltip: "\(label) · \(columnNames.indices.contains(columnIndex) ? columnNames[columnIndex] : columns[columnIndex])")
            }
            if rowIndex < annotations.count {
                let color = rowIndex < annotationColors.count ? annotationColors[rowIndex] : SVGColor.ink
                let x = labelWidth + columns.count * Self.cellWidth + 10
                out += "<text x=\"\(x)\" y=\"\(y + 15)\" fill=\"\(color)\" style=\"fill:\(color)\">\(HTMLText.escape(annotations[rowIndex]))</text>"
            }
        }
        return out + "</svg>"
    }

    private func cell(x: Int, y: Int, value: Double?, tooltip: String) -> String {
        let w = Self.cellWidth - 2, h = Self.cellHeight - 2
        guard let value else {
            return "<rect x=\"\(x + 1)\" y=\"\(y + 1)\" width=\"\(w)\" height=\"\(h)\" fill=\"#ffffff\" stroke=\"\(SVGColor.grid)\"><title>\(HTMLText.escape(tooltip)) : –</title></rect>"
        }
        let fill: String, text: String, light: Bool
        switch palette {
        case .scale:
            fill = SVGColor.score(value)
            text = value >= 0.005 ? HTMLText.number(value, digits: value >= 0.995 ? 0 : 2) : ""
            light = SVGColor.needsLightText(value)
        case .done:
            fill = value >= 0.5 ? SVGColor.good : SVGColor.empty
            text = value >= 0.5 ? "✓" : ""
            light = value >= 0.5
        }
        let color = light ? "#ffffff" : SVGColor.ink
        let shown = palette == .scale ? HTMLText.number(value, digits: 2) : (value >= 0.5 ? "fait" : "non fait")
        return "<g><title>\(HTMLText.escape(tooltip)) : \(shown)</title><rect x=\"\(x + 1)\" y=\"\(y + 1)\" width=\"\(w)\" height=\"\(h)\" rx=\"3\" fill=\"\(fill)\"/>"
            + (text.isEmpty ? "" : "<text x=\"\(x + Self.cellWidth / 2)\" y=\"\(y + 15)\" text-anchor=\"middle\" fill=\"\(color)\" style=\"fill:\(color)\">\(text)</text>")
            + "</g>"
    }
}
