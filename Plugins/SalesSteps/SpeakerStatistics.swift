import CoachLensKit

/// Who spoke how much in a session transcript: words, share of the words, questions asked, longest turn.
///
/// Each speaker becomes one finding (rule `prise-de-parole`, label `parole:<speaker>`) pointing at the start
/// of the speaker's longest turn, its note giving the figures in a fixed French form that
/// ``SpeakerStatistics/parse(note:)`` reads back.
public struct SpeakerStatistics: Sendable {
    /// The rule id of speaker findings.
    public static let rule = "prise-de-parole"
    /// The label prefix of speaker findings.
    public static let labelPrefix = "parole:"

    /// One speaker's figures.
    public struct Speaker: Sendable, Equatable {
        /// The speaker as labelled in the transcript.
        public var name: String
        /// Words spoken.
        public var words = 0
        /// Share of all the words spoken, in percent (rounded).
        public var sharePercent = 0
        /// Questions asked (runs of « ? »).
        public var questions = 0
        /// Words of the longest turn.
        public var longestTurn = 0
        /// Byte range of the first sentence of the longest turn.
        var longestRange: Range<Int> = 0..<0

        /// Creates figures for a speaker.
        public init(name: String, words: Int = 0, sharePercent: Int = 0, questions: Int = 0, longestTurn: Int = 0) {
            self.name = name
            self.words = words
            self.sharePercent = sharePercent
            self.questions = questions
            self.longestTurn = longestTurn
        }

        /// The note of the speaker's finding.
        public var note: String {
            "\(words) mots (\(sharePercent) %) · \(questions) questions · monologue le plus long : \(longestTurn) mots"
        }
    }

    /// First words of labels that name a speaker even when met once.
    static let roles: Set<String> = [
        ">", "q", "r", "animateur", "animatrice", "client", "cliente", "consultant", "consultante", "question",
        "réponse", "participant", "participante", "observateur", "observatrice", "coach", "coaché", "coachée",
        "vendeur", "vendeuse", "commercial", "commerciale", "prospect", "moi", "intervenant", "intervenante",
    ]

    /// Speakers in order of first appearance.
    public let speakers: [Speaker]
    private let document: AnalyzedDocument

    /// Counts the turns of `document`.
    public init(_ document: AnalyzedDocument) {
        self.document = document
        var speakers: [Speaker] = []
        var index: [String: Int] = [:]
        let tokens = document.tokens
        for turn in document.turns {
            var words = 0
            var position = Self.firstToken(atOrAfter: turn.utf8Range.lowerBound, in: tokens)
            while position < tokens.count, Int(tokens[position].utf8Start) < turn.utf8Range.upperBound {
                if tokens[position].kind == .word || tokens[position].kind == .number { words += 1 }
                position += 1
            }
            var questions = 0
            var previousWasMark = false
            for byte in document.utf8[turn.utf8Range] {
                let isMark = byte == UInt8(ascii: "?")
                if isMark, !previousWasMark { questions += 1 }
                previousWasMark = isMark
            }
            let slot: Int
            if let known = index[turn.speaker] {
                slot = known
            } else {
                slot = speakers.count
                index[turn.speaker] = slot
                speakers.append(Speaker(name: turn.speaker))
            }
            speakers[slot].words += words
            speakers[slot].questions += questions
            if words > speakers[slot].longestTurn || speakers[slot].longestRange.isEmpty {
                speakers[slot].longestTurn = max(words, speakers[slot].longestTurn)
                speakers[slot].longestRange = Self.firstSentence(of: turn.utf8Range, in: document)
            }
        }
        // A label met once that names no role (« Durée : une heure », « Le positif : … ») is a heading, not a speaker.
        var turnCounts: [String: Int] = [:]
        for turn in document.turns { turnCounts[turn.speaker, default: 0] += 1 }
        speakers.removeAll { speaker in
            let role = speaker.name.lowercased().split(separator: " ").first.map(String.init) ?? ""
            return (turnCounts[speaker.name] ?? 0) < 2 && !Self.roles.contains(role)
        }
        let total = speakers.reduce(0) { $0 + $1.words }
        for slot in speakers.indices {
            speakers[slot].sharePercent = total == 0 ? 0 : Int((Double(speakers[slot].words) * 100 / Double(total)).rounded())
        }
        self.speakers = speakers
    }

    /// One finding per speaker.
    public var findings: [Finding] {
        speakers.filter { !$0.longestRange.isEmpty }.map {
            document.finding(rule: Self.rule, label: Self.labelPrefix + $0.name, utf8Range: $0.longestRange, note: $0.note)
        }
    }

    /// Reads a speaker finding back (nil for any other finding).
    public static func parse(_ finding: Finding) -> Speaker? {
        guard finding.rule == rule, finding.label.hasPrefix(labelPrefix) else { return nil }
        let numbers = finding.note.split { !$0.isNumber }.compactMap { Int($0) }
        guard numbers.count >= 4 else { return nil }
        return Speaker(
            name: String(finding.label.dropFirst(labelPrefix.count)), words: numbers[0], sharePercent: numbers[1],
            questions: numbers[2], longestTurn: numbers[3])
    }

    /// Index of the first token starting at or after `offset`.
    static func firstToken(atOrAfter offset: Int, in tokens: [Token]) -> Int {
        var low = 0, high = tokens.count
        while low < high {
            let middle = (low + high) / 2
            if Int(tokens[middle].utf8Start) < offset { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The first sentence of a turn, clipped to the turn (the whole turn when no sentence starts in it).
    static func firstSentence(of turn: Range<Int>, in document: AnalyzedDocument) -> Range<Int> {
        let bytes = document.utf8
        var start = turn.lowerBound
        while start < turn.upperBound, bytes[start] == UInt8(ascii: " ") || bytes[start] == UInt8(ascii: "\t") {
            start += 1
        }
        guard let sentence = document.sentenceIndex(containingByte: start) else { return start..<turn.upperBound }
        var end = min(document.sentences[sentence].utf8Range.upperBound, turn.upperBound)
        if end - start > 240 {
            // Cut a long sentence at a space, never inside a character.
            end = start + 240
            while end > start + 1, bytes[end] != UInt8(ascii: " ") { end -= 1 }
        }
        return start..<max(start, end)
    }
}
