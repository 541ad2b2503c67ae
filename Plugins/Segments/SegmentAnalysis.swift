import Foundation

/// The segment analysis of one document, from its cues to its passages and scores.
///
/// ## How a passage is labelled
///
/// 1. Each rule is a *cue* with a weight. A **strong** cue (weight 1) is a sentence that is, on its own, content
///    about the block ("nos clients sont des PME", "je facture à la journée"); a **weak** cue (0.15 to 0.6) is a
///    word of the block's vocabulary that needs support ("clientèle", "tarif", "fournisseur"). In one sentence,
///    the block's evidence is the sum of its distinct cues (overlapping cues and repeated words count once, the
///    strongest reading wins; see ``distinctWeight(_:text:)``), capped at ``sentenceCap``.
/// 2. A sentence that lists the blocks (an *overview*, see ``OverviewDetector``) or announces what comes
///    ("le prochain article portera sur les canaux") keeps only ``overviewFactor`` of its evidence: naming a
///    block is not discussing it.
/// 3. A *passage* is a paragraph, or a window of three sentences of a longer one. It is labelled with a block
///    when its sentences' evidence adds up to at least ``passageThreshold`` and one sentence brings at least
///    ``sentenceFloor`` (so scattered crumbs such as "client" said in passing never add up to a label).
///    In a short text (at most ``fallbackMaximumPassages`` passages), a passage where no block reaches that
///    threshold still gets the block it clearly leans to, when that block has at least ``fallbackThreshold`` of
///    evidence and ``fallbackMargin`` times the runner-up's: a passage given to be labelled is usually about
///    something, and two or three words of one block's vocabulary say what.
/// A block is **detected** in the document (the `segments` column) when at least one passage is labelled with it:
/// at least one sentence of content, as the annotation guide asks.
///
/// ## How the score is computed
///
/// For block *g*, with *L* the passages labelled *g*:
///
/// - amount  `A = 1 − exp(−W / 1.5)`, where `W` sums, over *L*, each passage's evidence capped at 2;
/// - focus   `F = min(1, S / 0.25)`, where `S` is the share of the document's words that sit in *L*;
/// - score   `A × F`, in [0, 1]; 0 when *L* is empty.
///
/// `A` saturates with the quantity of evidence (one passage with one strong cue ≈ 0.5, with two ≈ 0.75, three
/// clear passages ≈ 0.98); `F` normalises by the document's length (a block discussed in a quarter of the text
/// or more is fully in focus); the product needs both. A long article with a few sentences on revenue scores
/// low (thin coverage), a short text entirely about revenue scores high. The dominant block of a document is
/// the one with the highest score. As a reading guide: below 0.3 the block is touched on, from 0.6 it is a
/// subject of the text.
struct SegmentAnalysis: Sendable {
    /// The most evidence one sentence gives one block.
    static let sentenceCap = 2.0
    /// The share of its weight a cue keeps inside an overview or an announcement.
    static let overviewFactor = 0.2
    /// The evidence a passage needs to be labelled with a block.
    static let passageThreshold = 1.0
    /// The evidence at least one sentence of the passage must bring on its own.
    static let sentenceFloor = 0.5
    /// The most evidence one passage adds to a block's amount.
    static let passageCap = 2.0
    /// `W` at which the amount reaches 1 − 1/e.
    static let amountScale = 1.5
    /// The share of the document's words at which a block is fully in focus.
    static let focusShare = 0.25
    /// The evidence that labels a passage with its clearly leading block when no block reaches the threshold.
    static let fallbackThreshold = 0.6
    /// How many times the runner-up's evidence the leading block needs to count as clearly leading.
    static let fallbackMargin = 1.5
    /// The fewest words a passage needs for the fallback: headings and list items are never labelled by it.
    static let fallbackMinimumWords = 8
    /// The fallback applies to short texts only (a passage or two given to be labelled): in a long text a
    /// paragraph with only weak cues is a transition, and its neighbours carry the subject.
    static let fallbackMaximumPassages = 4
    /// Type evidence needed to report a customer-segment type.
    static let typeThreshold = 1.0

    /// The cues found, in text order.
    let cues: [SegmentCue]
    /// The passages, in text order.
    let passages: [SegmentPassage]
    /// Sentences that only list the blocks, as runs.
    let overviews: [Range<Int>]
    /// Sentences holding an announcement cue.
    let announcements: Set<Int>
    /// Each block's score.
    let scores: [SegmentCode: Double]
    /// The customer-segment types named or described.
    let customerTypes: [CustomerSegmentType]

    /// Analyses `cues` over the sentence structure `layout`.
    init(cues: [SegmentCue], layout: SentenceLayout) {
        self.cues = cues
        let sentenceCount = layout.sentenceRanges.count
        var names = Array(repeating: Set<SegmentCode>(), count: sentenceCount)
        var announcements = Set<Int>()
        var contentCues = Array(repeating: [SegmentCode: [SegmentCue]](), count: sentenceCount)
        var typeEvidence: [CustomerSegmentType: Double] = [:]
        for cue in cues where cue.sentence < sentenceCount {
            switch cue.label {
            case let .content(code):
                contentCues[cue.sentence][code, default: []].append(cue)
            case let .blockName(code):
                names[cue.sentence].insert(code)
            case .announcement:
                announcements.insert(cue.sentence)
            case let .customerType(type):
                typeEvidence[type, default: 0] += cue.weight
            case .ignored:
                break
            }
        }
        let overviews = OverviewDetector.overviews(names: names, words: layout.sentenceWords)
        var discounted = announcements
        for run in overviews { discounted.formUnion(run) }
        let sentenceEvidence: [[SegmentCode: Double]] = contentCues.indices.map { index in
            let factor = discounted.contains(index) ? Self.overviewFactor : 1
            return contentCues[index].mapValues { cues in
                min(Self.sentenceCap, Self.distinctWeight(cues, text: layout.text)) * factor
            }
        }
        var passages: [SegmentPassage] = []
        let ranges = SegmentPassage.ranges(of: layout)
        let fallbackApplies = ranges.count <= Self.fallbackMaximumPassages
        for (index, range) in ranges.enumerated() {
            var evidence: [SegmentCode: Double] = [:]
            var strongest: [SegmentCode: Double] = [:]
            for sentence in range {
                for (code, value) in sentenceEvidence[sentence] {
                    evidence[code, default: 0] += value
                    strongest[code] = max(strongest[code] ?? 0, value)
                }
            }
            var labels = SegmentCode.allCases.filter { code in
                (evidence[code] ?? 0) >= Self.passageThreshold - 1e-9
                    && (strongest[code] ?? 0) >= Self.sentenceFloor - 1e-9
            }
            let words = range.reduce(0) { $0 + layout.sentenceWords[$1] }
            if labels.isEmpty, fallbackApplies, words >= Self.fallbackMinimumWords,
               let leader = Self.clearLeader(evidence) {
                labels = [leader]
            }
            passages.append(SegmentPassage(
                index: index, sentences: range,
                utf8Range: layout.sentenceRanges[range.lowerBound].lowerBound..<layout.sentenceRanges[range.upperBound - 1].upperBound,
                words: words,
                evidence: evidence, strongest: strongest, labels: labels))
        }
        self.passages = passages
        self.overviews = overviews
        self.announcements = announcements
        self.scores = Self.scores(of: passages)
        self.customerTypes = CustomerSegmentType.allCases.filter {
            (typeEvidence[$0] ?? 0) >= Self.typeThreshold - 1e-9
        }
    }

    /// The block a passage leans to when none reaches the threshold: the one with the most evidence, if it has at
    /// least ``fallbackThreshold`` and ``fallbackMargin`` times the runner-up's.
    static func clearLeader(_ evidence: [SegmentCode: Double]) -> SegmentCode? {
        let ranked = SegmentCode.allCases.sorted { (evidence[$0] ?? 0, -$0.index) > (evidence[$1] ?? 0, -$1.index) }
        let first = evidence[ranked[0]] ?? 0, second = evidence[ranked[1]] ?? 0
        guard first >= fallbackThreshold - 1e-9, first >= fallbackMargin * second - 1e-9 else { return nil }
        return ranked[0]
    }

    /// The evidence of one block's cues in one sentence: the strongest reading of each stretch of text counts,
    /// once. Cues are taken strongest first; a cue is dropped when it overlaps a kept cue or repeats the same
    /// words ("client… client" counts once).
    static func distinctWeight(_ cues: [SegmentCue], text: [UInt8]) -> Double {
        distinctCues(cues, text: text).reduce(0) { $0 + $1.weight }
    }

    /// The cues of one block in one sentence that count, in text order (see ``distinctWeight(_:text:)``).
    static func distinctCues(_ cues: [SegmentCue], text: [UInt8]) -> [SegmentCue] {
        var kept: [SegmentCue] = []
        var words: Set<String> = []
        let ranked = cues.sorted {
            ($0.weight, -$0.utf8Range.lowerBound, $1.rule) > ($1.weight, -$1.utf8Range.lowerBound, $0.rule)
        }
        for cue in ranked {
            guard !kept.contains(where: { $0.utf8Range.overlaps(cue.utf8Range) }) else { continue }
            guard words.insert(normalizedKey(text, cue.utf8Range)).inserted else { continue }
            kept.append(cue)
        }
        return kept.sorted { $0.utf8Range.lowerBound < $1.utf8Range.lowerBound }
    }

    /// The matched words lowercased, without a final plural s or x, to spot repeats.
    static func normalizedKey(_ text: [UInt8], _ range: Range<Int>) -> String {
        guard range.lowerBound >= 0, range.upperBound <= text.count else { return "" }
        var key = String(decoding: text[range], as: UTF8.self).lowercased()
        if key.count > 3, let last = key.last, last == "s" || last == "x" { key.removeLast() }
        return key
    }

    /// Each block's score from the labelled passages (see the type's documentation).
    static func scores(of passages: [SegmentPassage]) -> [SegmentCode: Double] {
        let totalWords = passages.reduce(0) { $0 + $1.words }
        var scores: [SegmentCode: Double] = [:]
        for code in SegmentCode.allCases {
            let labelled = passages.filter { $0.labels.contains(code) }
            guard !labelled.isEmpty, totalWords > 0 else {
                scores[code] = 0
                continue
            }
            let amountEvidence = labelled.reduce(0) { $0 + min(passageCap, $1.evidence[code] ?? 0) }
            let amount = 1 - exp(-amountEvidence / amountScale)
            let share = Double(labelled.reduce(0) { $0 + $1.words }) / Double(totalWords)
            let focus = min(1, share / focusShare)
            scores[code] = amount * focus
        }
        return scores
    }

    /// The detected blocks, in canvas order.
    var detected: [SegmentCode] {
        SegmentCode.allCases.filter { code in passages.contains { $0.labels.contains(code) } }
    }

    /// The block with the highest score, if any is detected.
    var dominant: SegmentCode? {
        detected.max { (scores[$0] ?? 0, -$0.index) < (scores[$1] ?? 0, -$1.index) }
    }

    /// Whether sentence `index` is inside an overview or an announcement.
    func isDiscounted(sentence index: Int) -> Bool {
        announcements.contains(index) || overviews.contains { $0.contains(index) }
    }
}
