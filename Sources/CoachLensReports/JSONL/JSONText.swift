/// JSON literals written by hand, so that keys come in a fixed, documented order and numbers keep full precision.
enum JSONText {
    /// `value` as a JSON string: quoted, with quotes, backslashes and control characters escaped, the rest as is.
    static func string(_ value: String) -> String {
        var result = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// A decimal with every digit needed to read back the same `Double`; `null` when not finite.
    static func number(_ value: Double) -> String {
        value.isFinite ? String(value) : "null"
    }

    /// An array of strings.
    static func strings(_ values: [String]) -> String {
        "[" + values.map(string).joined(separator: ",") + "]"
    }

    /// An object from already written values, keys in the given order.
    static func object(_ members: [(key: String, value: String)]) -> String {
        "{" + members.map { string($0.key) + ":" + $0.value }.joined(separator: ",") + "}"
    }
}
