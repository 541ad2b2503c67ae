import CoachLensKit

/// A subtitle transcript turned into a document's text: cues in time order, consecutive cues of one speaker
/// merged into a turn, each turn one paragraph of spoken words (no timestamps, tags nor labels).
///
/// ```
/// 00:00:01.000 --> 00:00:03.000
/// <v Claire>Bonjour Marc.</v>
///
/// 00:00:03.000 --> 00:00:05.500
/// <v Claire>Vous avez reçu le devis ?</v>
///
/// 00:00:06.000 --> 00:00:07.000
/// <v Marc>Oui, hier soir.</v>
/// ```
///
/// becomes « Bonjour Marc. Vous avez reçu le devis ?\n\nOui, hier soir. », with the turns Claire (bytes 0..<40,
/// 1 s to 5.5 s) and Marc (bytes 42..<57, 6 s to 7 s).
///
/// Cues without words are dropped; overlapping cues (two people talking at once) stay separate turns, ordered
/// by start time. A cue that names no speaker continues the previous one's; cues before any name form
/// paragraphs without a turn.
public struct Transcript: Sendable, Equatable {
    /// The spoken words, one paragraph per turn, paragraphs separated by a blank line.
    public var text: String
    /// The named turns, with their byte ranges in ``text`` and their times.
    public var turns: [SpeakerTurn]

    /// Reads a decoded .vtt or .srt file.
    public static func read(_ text: String) throws(IngestFailure) -> Transcript {
        let cues = SubtitleParser.cues(in: text)
        guard !cues.isEmpty else {
            throw IngestFailure(.error, "aucun repère temporel (00:00:01.000 --> 00:00:04.000) : pas une transcription WebVTT ou SRT")
        }
        let transcript = Transcript(cues: cues)
        guard !transcript.text.isEmpty else { throw IngestFailure(.skipped, "transcription sans paroles (sous-titres vides)") }
        return transcript
    }

    /// Merges `cues` into turns.
    public init(cues: [SubtitleCue]) {
        var paragraphs: [(speaker: String?, words: [String], milliseconds: Range<Int>)] = []
        var speaker: String?
        // A stable sort: cues starting together keep their file order.
        let ordered = cues.enumerated().sorted {
            ($0.element.milliseconds.lowerBound, $0.offset) < ($1.element.milliseconds.lowerBound, $1.offset)
        }
        for cue in ordered.map(\.element) where !cue.text.isEmpty {
            speaker = cue.speaker ?? speaker
            if let last = paragraphs.indices.last, paragraphs[last].speaker == speaker {
                let span = paragraphs[last].milliseconds
                paragraphs[last].words.append(cue.text)
                paragraphs[last].milliseconds = span.lowerBound..<max(span.upperBound, cue.milliseconds.upperBound)
            } else {
                paragraphs.append((speaker, [cue.text], cue.milliseconds))
            }
        }
        var text = ""
        var turns: [SpeakerTurn] = []
        for paragraph in paragraphs {
            if !text.isEmpty { text += "\n\n" }
            let start = text.utf8.count
            text += TextDecoder.normalize(paragraph.words.joined(separator: " "))
            if let name = paragraph.speaker {
                turns.append(SpeakerTurn(speaker: name, utf8Range: start..<text.utf8.count, milliseconds: paragraph.milliseconds))
            }
        }
        self.text = text
        self.turns = turns
    }
}
