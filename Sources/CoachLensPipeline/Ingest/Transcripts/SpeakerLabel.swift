/// Zoom's way of naming speakers: each cue's words open with `Name: `. A colon is common in speech too
/// (« Bref: on verra »), so labels are read only in a transcript where at least half the cues without a voice
/// tag open with one; then every such opening is taken as a speaker.
enum SpeakerLabel {
    /// The longest label, in characters, still taken as a name.
    static let maxLength = 40
    /// The most words in a name (« Marie-Claire de La Tour du Pin » is five).
    static let maxWords = 6

    /// `cues` with the labels of a Zoom-style transcript moved from their words to their speaker.
    static func resolve(_ cues: [SubtitleCue]) -> [SubtitleCue] {
        let candidates = cues.filter { $0.speaker == nil && !$0.text.isEmpty }
        let labelled = candidates.filter { split($0.text) != nil }.count
        guard labelled > 0, labelled * 2 >= candidates.count else { return cues }
        return cues.map { cue in
            guard cue.speaker == nil, let (name, words) = split(cue.text) else { return cue }
            return SubtitleCue(milliseconds: cue.milliseconds, speaker: name, text: words)
        }
    }

    /// The name and the words of `Name: words`; nil when the text does not open with a label: no colon
    /// right after a short name, a space before the colon (French typography: « Remarque : … »), digits
    /// around it (« 10:30 »), or sentence punctuation in the name.
    static func split(_ text: String) -> (name: String, words: String)? {
        guard let colon = text.prefix(maxLength + 1).firstIndex(of: ":") else { return nil }
        let name = text[..<colon]
        let rest = text[text.index(after: colon)...]
        guard let last = name.last, last != " ", rest.isEmpty || rest.first == " ",
              name.contains(where: \.isLetter), !name.contains(where: { ".!?;,«»\"“”".contains($0) }),
              name.split(separator: " ").count <= maxWords else { return nil }
        return (String(name), String(rest.drop { $0 == " " }))
    }
}
