/// A stretch of a session transcript spoken by one person, opened by a label such as `Animateur :` or `> :`,
/// or merged from the cues of a subtitle transcript (.vtt, .srt).
public struct SpeakerTurn: Sendable, Equatable {
    /// The speaker as labelled (`Animateur`, `Client`, `Q`, `>`), trimmed.
    public var speaker: String
    /// UTF-8 byte range of what the speaker says (the label excluded).
    public var utf8Range: Range<Int>
    /// When the turn was spoken, in milliseconds from the start of the recording (transcripts with timestamps).
    public var milliseconds: Range<Int>?

    /// Creates a turn.
    public init(speaker: String, utf8Range: Range<Int>, milliseconds: Range<Int>? = nil) {
        self.speaker = speaker
        self.utf8Range = utf8Range
        self.milliseconds = milliseconds
    }
}
