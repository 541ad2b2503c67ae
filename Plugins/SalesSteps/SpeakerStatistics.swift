import CoachLensKit

/// Who spoke how much in a session transcript: words, share of the words, questions asked, longest turn; and,
/// for a transcript with timestamps (.vtt, .srt), speaking time, share of the time and longest turn in time.
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
        /// Time spent speaking, in seconds (turns with timestamps only).
        public var talkSeconds: Int?
        /// Share of all the speaking time, in percent (rounded).
        public var timeSharePercent: Int?
        /// Duration of the longest turn, in seconds.
        public var longestTurnSeconds: Int?
        /// Byte range of the first sentence of the longest turn.
        var longestRange: Range<Int> = 0..<0

        /// Creates figures for a speaker.
        public init(
            name: String, words: Int = 0, sharePercent: Int = 0, questions: Int = 0, longestTurn: Int = 0,
            talkSeconds: Int? = nil, timeSharePercent: Int? = nil, longestTurnSeconds: Int? = nil
        ) {
            self.name = name
            self.words = words
            self.sharePercent = sharePercent
            self.questions = questions
            self.longestTurn = longestTurn
            self.talkSeconds = talkSeconds
            self.timeSharePercent = timeSharePercent
            self.longestTurnSeconds = longestTurnSeconds
        }

        /// The note of the speaker's finding; times, when known, as « 4 min 12 s ».
        public var note: String {
            var note = "\(words) mots (\(sharePercent) %) · \(questions) questions · monologue le plus long : \(longestTurn) mots"
            if let talkSeconds, let timeSharePercent, let longestTurnSeconds {
                note += " · temps de parole : \(Self.duration(talkSeconds)) (\(timeSharePercent) %)"
                    + " · tour le plus long : \(Self.duration(longestTurnSeconds))"
            }
            return note
        }

        /// Seconds as minutes and seconds, both always written so the note reads back: « 0 min 45 s ».
        static func duration(_ seconds: Int) -> String { "\(seconds / 60) min \(seconds % 60) s" }
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
        // Speaking time, and the longest turn's, in milliseconds, per speaker slot.
        var talk: [Int] = [], longestTalk: [Int] = []
        let timed = !document.turns.isEmpty && document.turns.allSatisfy { $0.milliseconds != nil }
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
                talk.append(0)
                longestTalk.append(0)
            }
            let duration = turn.milliseconds.map { $0.upperBound - $0.lowerBound } ?? 0
            talk[slot] += duration
            longestTalk[slot] = max(longestTalk[slot], duration)
            speakers[slot].words += words
            speakers[slot].questions += questions
            if words > speakers[slot].longestTurn || speakers[slot].longestRange.isEmpty {
                speakers[slot].longestTurn = max(words, speakers[slot].longestTurn)
                speakers[slot].longestRange = Self.firstSentence(of: turn.utf8Range, in: document)
            }
        }
        if timed {
            let totalTalk = talk.reduce(0, +)
            for slot in speakers.indices {
                speakers[slot].talkSeconds = Int((Double(talk[slot]) / 1000).rounded())
                speakers[slot].longestTurnSeconds = Int((Double(longestTalk[slot]) / 1000).rounded())
                speakers[slot].timeSharePercent = Self.percent(talk[slot], of: totalTalk)
            }
        } else {
            // A label met once that names no role (« Durée : une heure », « Le positif : … ») is a heading, not a
            // speaker. A transcript's speakers are named by its cues, never headings.
            var turnCounts: [String: Int] = [:]
            for turn in document.turns { turnCounts[turn.speaker, default: 0] += 1 }
            speakers.removeAll { speaker in
                let role = speaker.name.lowercased().split(separator: " ").first.map(String.init) ?? ""
                return (turnCounts[speaker.name] ?? 0) < 2 && !Self.roles.contains(role)
            }
        }
        let total = speakers.reduce(0) { $0 + $1.words }
        for slot in speakers.indices {
            speakers[slot].sharePercent = Self.percent(speakers[slot].words, of: total)
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
        let timed = numbers.count >= 9
        return Speaker(
            name: String(finding.label.dropFirst(labelPrefix.count)), words: numbers[0], sharePercent: numbers[1],
            questions: numbers[2], longestTurn: numbers[3], talkSeconds: timed ? numbers[4] * 60 + numbers[5] : nil,
            timeSharePercent: timed ? numbers[6] : nil, longestTurnSeconds: timed ? numbers[7] * 60 + numbers[8] : nil)
    }

    /// `part` of `whole` in whole percent; 0 of nothing.
    static func percent(_ part: Int, of whole: Int) -> Int {
        whole == 0 ? 0 : Int((Double(part) * 100 / Double(whole)).rounded())
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
