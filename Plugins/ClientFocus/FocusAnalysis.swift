import CoachLensKit

/// Everything the plugin finds in one document: exact pronoun counts, the pack's cues, a judgement per sentence,
/// the text's client share and label, and per speaker for session transcripts.
struct FocusAnalysis: Sendable {
    /// The orientation of one speaker's sentences in a session transcript.
    struct Speaker: Sendable, Equatable {
        var name: String
        var clientSentences: Int
        var selfSentences: Int
        var share: Double
        var label: FocusOrientation
    }

    /// Pronoun counts, indexed by ``PronounClass``.
    let counts: [Int]
    /// The counted pronouns of each sentence.
    let sentencePronouns: [[PronounCounter.Hit]]
    /// The cues of each sentence, overlapping cues of one side merged into the strongest.
    let sentenceCues: [[FocusCue]]
    /// The strongest cue offering a rewording, per sentence index.
    let suggestions: [Int: FocusCue]
    /// The judgement of each sentence.
    let judgements: [FocusJudge.Judgement]
    /// Client and self terms, overlapping hits counted once; company cues on the side they describe.
    let clientTerms: Int
    let selfTerms: Int
    let share: Double
    let label: FocusOrientation
    /// The side the company cues of each sentence stand for (``FocusJudge/companySide(pronouns:)``).
    let companySides: [FocusCue.Kind]
    /// Per speaker with at least one oriented sentence, in order of first turn (sessions only).
    let speakers: [Speaker]

    /// Analyses `document` with the cues its packs found.
    init(_ document: AnalyzedDocument, cues: [FocusCue]) {
        let pronouns = PronounCounter.hits(in: document)
        let quotes = QuotedSpans(document.utf8)
        let sentences = document.sentences
        // A courtesy formula's pronouns (« je reste à votre disposition ») say nothing of whom the text is about.
        let courtesy = cues.filter { $0.kind == .courtesy }.map(\.utf8Range)
        let voiced = Self.voiced(sentences, voices: cues.filter { $0.kind == .voice }, quotes: quotes, in: document)
        var counts = [Int](repeating: 0, count: PronounClass.allCases.count)
        var unquoted = [[Int]](repeating: counts, count: sentences.count)
        var sentencePronouns = [[PronounCounter.Hit]](repeating: [], count: sentences.count)
        for hit in pronouns {
            counts[hit.pronoun.rawValue] += 1
            sentencePronouns[hit.sentence].append(hit)
            let start = hit.utf8Range.lowerBound
            // The client's reported words count, quoted or not: they are the client speaking.
            let spoken = voiced.contains(hit.sentence) || !quotes.contains(start)
            if spoken, !courtesy.contains(where: { $0.contains(start) }) {
                unquoted[hit.sentence][hit.pronoun.rawValue] += 1
            }
        }
        var bySentence = [[FocusCue]](repeating: [], count: sentences.count)
        var suggestions: [Int: FocusCue] = [:]
        for var cue in cues where cue.sentence < sentences.count {
            cue.quoted = quotes.contains(cue.utf8Range.lowerBound)
            bySentence[cue.sentence].append(cue)
            if cue.suggestion != nil, cue.weight > suggestions[cue.sentence]?.weight ?? -1 {
                suggestions[cue.sentence] = cue
            }
        }
        let judge = FocusJudge(kind: document.document.kind)
        let companySides = unquoted.map { judge.companySide(pronouns: $0) }
        let sentenceCues = bySentence.indices.map { Self.merged(bySentence[$0], companySide: companySides[$0]) }
        let sentenceSpeakers = sentences.map { Self.speaker(of: $0, in: document) }
        let inclusiveAbove = Self.inclusiveAbove(sentences, cues: sentenceCues)
        let judgements = sentences.indices.map { index in
            judge.judge(FocusJudge.Signals(
                pronouns: unquoted[index], cues: sentenceCues[index],
                clientSpeaking: voiced.contains(index) || sentenceSpeakers[index].map(FocusJudge.isClient) ?? false,
                question: Self.isQuestion(sentences[index], in: document),
                inclusiveAbove: inclusiveAbove.contains(index)))
        }
        self.counts = counts
        self.sentencePronouns = sentencePronouns
        self.suggestions = suggestions
        self.sentenceCues = sentenceCues
        self.judgements = judgements
        self.companySides = companySides
        let sides = sentenceCues.indices.flatMap { index in
            sentenceCues[index].map { $0.kind == .company ? companySides[index] : $0.kind }
        }
        clientTerms = sides.filter { $0 == .client }.count
        selfTerms = sides.filter { $0 == .oneself }.count
        share = FocusJudge.clientShare(judgements)
        label = judge.label(share: share)
        speakers = Self.speakers(sentenceSpeakers, judgements: judgements, judge: judge)
    }

    /// Sentences judged about the client.
    var clientSentences: Int { judgements.filter { $0.orientation == .client }.count }
    /// Sentences judged about oneself.
    var selfSentences: Int { judgements.filter { $0.orientation == .oneself }.count }

    /// The self-centred sentences, most self-centred first (self score minus client score, then text order).
    var selfCentredSentences: [Int] {
        judgements.indices.filter { judgements[$0].orientation == .oneself }.sorted {
            let left = judgements[$0].oneself - judgements[$0].client
            let right = judgements[$1].oneself - judgements[$1].client
            return left != right ? left > right : $0 < $1
        }
    }

    /// Whether a sentence ends with a question mark (closing quotes or brackets after it allowed).
    static func isQuestion(_ sentence: Sentence, in document: AnalyzedDocument) -> Bool {
        let closers: Set<String> = ["»", "”", "\"", ")"]
        let tokens = document.tokens[sentence.tokens]
        guard let last = tokens.last(where: { !closers.contains(document.text(of: $0)) }) else { return false }
        return document.text(of: last) == "?"
    }

    /// The sentences that report the client's own thoughts or words: each with a voice cue (« le locataire se
    /// demande : … »), then the sentences after it that are questions or lie inside a quotation, up to the first
    /// that is neither.
    static func voiced(
        _ sentences: [Sentence], voices: [FocusCue], quotes: QuotedSpans, in document: AnalyzedDocument
    ) -> Set<Int> {
        var voiced: Set<Int> = []
        for voice in voices where voice.sentence < sentences.count {
            voiced.insert(voice.sentence)
            var next = voice.sentence + 1
            while next < sentences.count {
                let range = sentences[next].utf8Range
                guard isQuestion(sentences[next], in: document)
                    || quotes.contains((range.lowerBound + range.upperBound) / 2) else { break }
                voiced.insert(next)
                next += 1
            }
        }
        return voiced
    }

    /// The sentences after an inclusive cue in the same paragraph (« Nous, les indépendants, on a tous connu ce
    /// moment. Notre premier réflexe… »): the « nous » that took the reader in still does there.
    static func inclusiveAbove(_ sentences: [Sentence], cues: [[FocusCue]]) -> Set<Int> {
        var result: Set<Int> = []
        var paragraph: Int?
        for (index, sentence) in sentences.enumerated() {
            if let open = paragraph, open == sentence.paragraph { result.insert(index) }
            if cues[index].contains(where: { $0.kind == .inclusive }) { paragraph = sentence.paragraph }
        }
        return result
    }

    /// Cues of one kind that overlap merged into the strongest one, spanning them all; in text order. Company cues
    /// count as `companySide` here (« nous sommes leaders » is one self term, not a self and a company one).
    static func merged(_ cues: [FocusCue], companySide: FocusCue.Kind) -> [FocusCue] {
        func side(_ kind: FocusCue.Kind) -> FocusCue.Kind { kind == .company ? companySide : kind }
        var result: [FocusCue] = []
        for cue in cues.sorted(by: { ($0.utf8Range.lowerBound, -$0.weight) < ($1.utf8Range.lowerBound, -$1.weight) }) {
            if let index = result.lastIndex(where: { side($0.kind) == side(cue.kind) }),
               result[index].utf8Range.overlaps(cue.utf8Range) {
                var kept = cue.weight > result[index].weight ? cue : result[index]
                kept.utf8Range = min(result[index].utf8Range.lowerBound, cue.utf8Range.lowerBound)
                    ..< max(result[index].utf8Range.upperBound, cue.utf8Range.upperBound)
                result[index] = kept
            } else {
                result.append(cue)
            }
        }
        return result
    }

    /// The speaker of a sentence in a session transcript, read at its last byte: a sentence opening a turn starts
    /// on the speaker's label, before the turn's own range.
    static func speaker(of sentence: Sentence, in document: AnalyzedDocument) -> String? {
        guard document.document.kind == .session, !document.turns.isEmpty else { return nil }
        return document.speaker(atByte: max(sentence.utf8Range.lowerBound, sentence.utf8Range.upperBound - 1))
    }

    /// Each speaker's orientation, from the sentences of their turns (`sentenceSpeakers`, one per sentence), labelled
    /// by `judge`.
    static func speakers(
        _ sentenceSpeakers: [String?], judgements: [FocusJudge.Judgement], judge: FocusJudge
    ) -> [Speaker] {
        var order: [String] = []
        var bySpeaker: [String: [FocusJudge.Judgement]] = [:]
        for (index, speaker) in sentenceSpeakers.enumerated() {
            guard let name = speaker else { continue }
            if bySpeaker[name] == nil { order.append(name) }
            bySpeaker[name, default: []].append(judgements[index])
        }
        return order.compactMap { name in
            let own = bySpeaker[name] ?? []
            // A label that only opens a heading or a list (`Prépa :`) says nothing about anyone.
            guard own.contains(where: { $0.orientation != .neither }) else { return nil }
            let share = FocusJudge.clientShare(own)
            return Speaker(
                name: name, clientSentences: own.filter { $0.orientation == .client }.count,
                selfSentences: own.filter { $0.orientation == .oneself }.count, share: share,
                label: judge.label(share: share))
        }
    }
}
