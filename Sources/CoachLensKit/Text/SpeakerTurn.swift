/// A stretch of a session transcript spoken by one person, opened by a label such as `Animateur :` or `> :`.
public struct SpeakerTurn: Sendable, Equatable {
    /// The speaker as labelled (`Animateur`, `Client`, `Q`, `>`), trimmed.
    public var speaker: String
    /// UTF-8 byte range of what the speaker says (the label excluded).
    public var utf8Range: Range<Int>

    /// Creates a turn.
    public init(speaker: String, utf8Range: Range<Int>) {
        self.speaker = speaker
        self.utf8Range = utf8Range
    }
}
