/// What one voice says in one subtitle cue, and when: a cue with two voice spans gives two of them.
public struct SubtitleCue: Sendable, Equatable {
    /// The cue's time span, in milliseconds from the start of the recording.
    public var milliseconds: Range<Int>
    /// The speaker, when the cue names one (`<v Marie Dupont>` or `Marie Dupont: …`).
    public var speaker: String?
    /// The spoken words: tags, entities and line breaks resolved, spaces collapsed; empty for an empty cue.
    public var text: String

    /// Creates a cue.
    public init(milliseconds: Range<Int>, speaker: String?, text: String) {
        self.milliseconds = milliseconds
        self.speaker = speaker
        self.text = text
    }
}
