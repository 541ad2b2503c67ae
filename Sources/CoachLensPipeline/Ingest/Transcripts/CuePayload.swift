/// The words of a cue's payload, split by voice: a WebVTT voice span (`<v Marie Dupont>…</v>`, also
/// `<v.loud Marie>`) gives its speaker; every other tag (`<i>`, `<c.yellow>`, `<00:00:01.500>`, SRT's
/// `<font color="…">`) is dropped with its markup only; character references (`&amp;`, `&#233;`) are resolved;
/// line breaks become spaces.
enum CuePayload {
    /// One voice span: who speaks (nil outside any voice span) and the words, spaces collapsed.
    struct Voice: Equatable {
        var speaker: String?
        var text: String
    }

    /// The voice spans of a payload that hold words, in order.
    static func voices(_ payload: String) -> [Voice] {
        var voices: [Voice] = []
        var speaker: String?
        var text = ""
        func flush() {
            let words = collapsingSpaces(resolvingReferences(text))
            if !words.isEmpty { voices.append(Voice(speaker: speaker, text: words)) }
            text = ""
        }
        var index = payload.startIndex
        while index < payload.endIndex {
            let character = payload[index]
            // Tags are read before references are resolved, so « &lt;v&gt; » stays words.
            if character == "<", let (tag, after) = tag(in: payload, at: index) {
                if tag == "/v" {
                    flush()
                    speaker = nil
                } else if let name = voiceName(tag) {
                    flush()
                    speaker = name
                }
                index = after
            } else {
                text.append(character)
                index = payload.index(after: index)
            }
        }
        flush()
        return voices
    }

    /// The body of the tag opening at `start` (`v Marie`, `/i`, `00:00:01.500`) and the index after its `>`;
    /// nil when the `<` opens no tag (« prix < 100 »).
    static func tag(in text: String, at start: String.Index) -> (String, String.Index)? {
        let bodyStart = text.index(after: start)
        guard bodyStart < text.endIndex, let first = text[bodyStart].unicodeScalars.first,
              first == "/" || first.properties.isAlphabetic || ("0"..."9").contains(first),
              let close = text[bodyStart...].firstIndex(where: { $0 == ">" || $0 == "<" || $0 == "\n" }),
              text[close] == ">" else { return nil }
        return (String(text[bodyStart..<close]), text.index(after: close))
    }

    /// The speaker named by a voice tag body (`v Marie Dupont`, `v.loud Marie`); nil for any other tag, and for
    /// a voice tag without a name, which names no one.
    static func voiceName(_ tag: String) -> String? {
        guard tag.hasPrefix("v"), tag.count == 1 || [".", " ", "\t"].contains(tag.dropFirst().first) else { return nil }
        let annotation = tag.drop { $0 != " " && $0 != "\t" }
        let name = collapsingSpaces(resolvingReferences(String(annotation)))
        return name.isEmpty ? nil : name
    }

    /// The character reference at `start` (`&amp;`, `&nbsp;`, `&#233;`, `&#xE9;`) resolved, and the index after
    /// its `;`; nil when the `&` starts none (« R&D »).
    static func reference(in text: String, at start: String.Index) -> (String, String.Index)? {
        let nameStart = text.index(after: start)
        guard let semicolon = text[nameStart...].prefix(10).firstIndex(of: ";") else { return nil }
        let name = text[nameStart..<semicolon]
        let resolved: String?
        switch name {
        case "amp": resolved = "&"
        case "lt": resolved = "<"
        case "gt": resolved = ">"
        case "quot": resolved = "\""
        case "apos": resolved = "'"
        case "nbsp": resolved = "\u{00A0}"
        // Direction marks carry no words.
        case "lrm", "rlm": resolved = ""
        default:
            guard name.hasPrefix("#") else { return nil }
            let digits = name.dropFirst()
            let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            resolved = value.flatMap(Unicode.Scalar.init).map { String(Character($0)) }
        }
        return resolved.map { ($0, text.index(after: semicolon)) }
    }

    /// `text` with its character references resolved.
    static func resolvingReferences(_ text: String) -> String {
        var result = ""
        var index = text.startIndex
        while index < text.endIndex {
            if text[index] == "&", let (resolved, after) = reference(in: text, at: index) {
                result += resolved
                index = after
            } else {
                result.append(text[index])
                index = text.index(after: index)
            }
        }
        return result
    }

    /// `text` with runs of spaces, tabs and line breaks made one space, and none at either end.
    static func collapsingSpaces(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).joined(separator: " ")
    }
}
