/// Colours of the charts, as `#rrggbb`: a light-to-dark blue scale for scores, red-to-green for shares.
enum SVGColor {
    static let empty = "#eef1f6"
    static let good = "#23784a"
    static let warn = "#d08a1e"
    static let bad = "#c0392b"
    static let accent = "#1f4e99"
    static let ink = "#1d2433"
    static let muted = "#5b6475"
    static let grid = "#dde2ea"

    /// A score in [0, 1] on the blue scale (0 is almost white).
    static func score(_ value: Double) -> String {
        blend((238, 242, 249), (22, 62, 130), clamp(value))
    }

    /// A share in [0, 1] from red (0) through amber (0.5) to green (1).
    static func share(_ value: Double) -> String {
        let value = clamp(value)
        return value < 0.5
            ? blend((192, 57, 43), (214, 150, 40), value * 2)
            : blend((214, 150, 40), (35, 120, 74), (value - 0.5) * 2)
    }

    /// Whether text on the score colour of `value` should be white.
    static func needsLightText(_ value: Double) -> Bool { value > 0.55 }

    static func clamp(_ value: Double) -> Double { value.isFinite ? min(max(value, 0), 1) : 0 }

    static func blend(_ from: (Int, Int, Int), _ to: (Int, Int, Int), _ t: Double) -> String {
        func channel(_ a: Int, _ b: Int) -> Int { Int((Double(a) + (Double(b) - Double(a)) * t).rounded()) }
        return "#" + [channel(from.0, to.0), channel(from.1, to.1), channel(from.2, to.2)].map { value in
            let hex = String(value, radix: 16)
            return hex.count == 1 ? "0" + hex : hex
        }.joined()
    }
}
