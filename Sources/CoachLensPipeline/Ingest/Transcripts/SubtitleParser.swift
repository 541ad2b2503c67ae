/// Reads the cues of a WebVTT or SRT file (already decoded, LF line endings).
///
/// A cue is a timing line and the lines after it up to a blank line; the identifier line before a timing line
/// (a number in SRT, anything in WebVTT, a GUID in Teams' exports) is not part of it. The `WEBVTT` header and
/// `NOTE`, `STYLE` and `REGION` blocks are skipped, as is any block without a timing line. Both formats are
/// read alike, so an SRT file that uses WebVTT's decimal point (or the reverse) is still read.
enum SubtitleParser {
    /// The words that open a WebVTT block holding no cue.
    static let nonCueBlocks: Set<Substring> = ["WEBVTT", "NOTE", "STYLE", "REGION"]

    /// The cues of `text` in file order, one per voice span (an empty cue gives one with no words), Zoom-style
    /// `Name: ` labels resolved.
    static func cues(in text: String) -> [SubtitleCue] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var cues: [SubtitleCue] = []
        var index = 0
        while index < lines.count {
            let line = lines[index]
            index += 1
            if let keyword = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).first,
               nonCueBlocks.contains(keyword), CueTiming(line) == nil {
                while index < lines.count, !isBlank(lines[index]) { index += 1 }
                continue
            }
            guard let timing = CueTiming(line) else { continue }
            var payload: [Substring] = []
            while index < lines.count, !isBlank(lines[index]) {
                if CueTiming(lines[index]) != nil {
                    // No blank line before the next cue: its SRT number was read as words.
                    if let last = payload.last, last.allSatisfy({ $0.isASCII && $0.isNumber }) { payload.removeLast() }
                    break
                }
                payload.append(lines[index])
                index += 1
            }
            let voices = CuePayload.voices(payload.joined(separator: "\n"))
            if voices.isEmpty {
                cues.append(SubtitleCue(milliseconds: timing.milliseconds, speaker: nil, text: ""))
            }
            for voice in voices {
                cues.append(SubtitleCue(milliseconds: timing.milliseconds, speaker: voice.speaker, text: voice.text))
            }
        }
        return SpeakerLabel.resolve(cues)
    }

    static func isBlank(_ line: Substring) -> Bool {
        line.allSatisfy { $0 == " " || $0 == "\t" }
    }
}
