import CoachLensKit
import CoachLensPipeline

/// A session transcript as the calls report shows it: who spoke how much, and the protocol steps found.
public struct SessionRecord: Sendable, Equatable {
    /// One speaker's figures, read back from the steps plugin's `prise-de-parole` findings.
    public struct Speaker: Sendable, Equatable {
        /// The speaker as labelled.
        public var name: String
        /// Words spoken.
        public var words: Int
        /// Share of the transcript's words, in percent.
        public var sharePercent: Int
        /// Questions asked.
        public var questions: Int
        /// Words of the longest turn.
        public var longestTurn: Int
        /// Time spent speaking, in seconds, when the transcript has timestamps (.vtt, .srt).
        public var talkSeconds: Int?
        /// Share of the speaking time, in percent.
        public var timeSharePercent: Int?
        /// Duration of the longest turn, in seconds.
        public var longestTurnSeconds: Int?
    }

    /// The rule id and label prefix of speaker findings (see the steps plugin's `SpeakerStatistics`).
    static let speakerRule = "prise-de-parole"
    static let speakerPrefix = "parole:"

    /// The transcript's path.
    public var document: String
    /// Speakers, who spoke most first.
    public var speakers: [Speaker]
    /// Steps of the method found in the transcript (empty when the method does not apply to sessions).
    public var stepsFound: [String]
    /// Whether the method scored the transcript.
    public var scored: Bool

    /// Reads a session outcome; nil for other kinds.
    public init?(outcome: DocumentOutcome, method: CallsMethod, spec: TableSpec) {
        guard outcome.row.kind == .session else { return nil }
        document = outcome.row.document
        let result = outcome.results.first { $0.plugin == CallsMethod.plugin }
        speakers = (result?.findings ?? []).compactMap(Self.speaker).sorted { ($1.words, $0.name) < ($0.words, $1.name) }
        if let cells = result?.row {
            scored = true
            stepsFound = method.stepIDs.filter { id in
                spec.columns.firstIndex(of: id).map { $0 < cells.count && (cells[$0].number ?? 0) > 0 } ?? false
            }
        } else {
            scored = false
            stepsFound = []
        }
    }

    /// A speaker finding read back: the label names the speaker, the note gives words, share, questions and
    /// longest turn in that order (« 312 mots (41 %) · 12 questions · monologue le plus long : 85 mots »), then,
    /// for a transcript with timestamps, speaking time, its share and the longest turn's duration
    /// (« · temps de parole : 4 min 12 s (38 %) · tour le plus long : 1 min 30 s »).
    static func speaker(_ finding: Finding) -> Speaker? {
        guard finding.rule == speakerRule, finding.label.hasPrefix(speakerPrefix) else { return nil }
        let numbers = finding.note.split { !$0.isNumber }.compactMap { Int($0) }
        guard numbers.count >= 4 else { return nil }
        let timed = numbers.count >= 9
        return Speaker(
            name: String(finding.label.dropFirst(speakerPrefix.count)), words: numbers[0], sharePercent: numbers[1],
            questions: numbers[2], longestTurn: numbers[3], talkSeconds: timed ? numbers[4] * 60 + numbers[5] : nil,
            timeSharePercent: timed ? numbers[6] : nil, longestTurnSeconds: timed ? numbers[7] * 60 + numbers[8] : nil)
    }
}
