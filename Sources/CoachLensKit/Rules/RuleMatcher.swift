import PCRE2Regex

/// Runs a compiled pack over a document: each pattern once over the whole text, matches kept when they sit
/// inside one sentence (or paragraph, for paragraph-scoped rules) and no `unless` pattern matches in that scope.
public enum RuleMatcher {
    /// Every hit of `pack` in `document`.
    public static func scan(
        _ pack: CompiledRulePack, in document: AnalyzedDocument, scratch: MatchScratch
    ) -> RuleScan {
        scan(pack, in: document, scratch: scratch, prefiltered: true)
    }

    /// Every hit, with the literal prefilter on or off (off only to prove, in tests, that it loses nothing).
    static func scan(
        _ pack: CompiledRulePack, in document: AnalyzedDocument, scratch: MatchScratch, prefiltered: Bool
    ) -> RuleScan {
        var hits: [RuleHit] = []
        var failures: [String] = []
        document.utf8.withUnsafeBufferPointer { text in
            for index in pack.rules.indices {
                do throws(PatternError) {
                    try scan(
                        pack.rules[index], index: index, in: document, text: text, scratch: scratch, prefiltered: prefiltered,
                        into: &hits)
                } catch {
                    failures.append("règle \(pack.rules[index].rule.id) (\(pack.pack.id)) : \(error.description)")
                }
            }
        }
        hits.sort { ($0.utf8Range.lowerBound, $0.rule) < ($1.utf8Range.lowerBound, $1.rule) }
        return RuleScan(hits: hits, failures: failures)
    }

    static func scan(
        _ rule: CompiledRule, index: Int, in document: AnalyzedDocument, text: UnsafeBufferPointer<UInt8>,
        scratch: MatchScratch, prefiltered: Bool, into hits: inout [RuleHit]
    ) throws(PatternError) {
        var matches: [(sentence: Int, range: Range<Int>)] = []
        for (pattern, prefilter) in zip(rule.patterns, rule.prefilters) {
            var windows: [Range<Int>?] = [nil]
            if prefiltered, let prefilter {
                // A match lies in the sentence (or paragraph) holding its required word: search only there.
                let sentences = prefilter.candidateSentences(in: document.words)
                guard !sentences.isEmpty else { continue }
                windows = startWindows(of: sentences, scope: rule.rule.scope, in: document)
            }
            for window in windows {
                try pattern.forEachMatch(in: text, starts: window, scratch: scratch) { match in
                    if let sentence = document.sentenceIndex(containingByte: match.lowerBound),
                       match.upperBound <= scopeRange(rule.rule.scope, sentence: sentence, in: document).upperBound {
                        matches.append((sentence, match))
                    }
                    return true
                }
            }
        }
        if rule.patterns.count > 1 {
            // Two patterns of one rule finding the same words count once: keep the first of overlapping matches.
            matches.sort { ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound) }
            var kept: [(sentence: Int, range: Range<Int>)] = []
            for match in matches where kept.last.map({ !$0.range.overlaps(match.range) }) ?? true {
                kept.append(match)
            }
            matches = kept
        }
        // The vetoes depend only on the scope, so hits sharing a sentence (or paragraph) share one check:
        // a long sentence with many hits is searched once, not once per hit.
        var vetoedScopes: [Int: Bool] = [:]
        for match in matches {
            let scope = scopeRange(rule.rule.scope, sentence: match.sentence, in: document)
            let vetoed: Bool
            if let known = vetoedScopes[scope.lowerBound] {
                vetoed = known
            } else {
                var found = false
                for veto in rule.unless where try veto.firstMatch(in: text, range: scope, scratch: scratch) != nil {
                    found = true
                    break
                }
                vetoedScopes[scope.lowerBound] = found
                vetoed = found
            }
            if !vetoed {
                hits.append(RuleHit(rule: index, sentence: match.sentence, utf8Range: match.range))
            }
        }
    }

    /// The byte ranges where a match of a rule may start, given the sentences (ascending) holding its required
    /// word: each run of those sentences (widened to whole paragraphs for a paragraph rule), from its first
    /// byte up to the next sentence, whitespace between included.
    static func startWindows(of sentences: [Int], scope: RuleScope, in document: AnalyzedDocument) -> [Range<Int>?] {
        let all = document.sentences
        guard !all.isEmpty else { return [nil] }
        var runs: [ClosedRange<Int>] = []
        for sentence in sentences where sentence > (runs.last?.upperBound ?? -1) {
            var run = sentence...sentence
            if scope == .paragraph {
                var first = sentence, last = sentence
                while first > 0, all[first - 1].paragraph == all[sentence].paragraph { first -= 1 }
                while last + 1 < all.count, all[last + 1].paragraph == all[sentence].paragraph { last += 1 }
                run = first...last
            }
            if let previous = runs.last, run.lowerBound <= previous.upperBound + 1 {
                runs[runs.count - 1] = previous.lowerBound...max(previous.upperBound, run.upperBound)
            } else {
                runs.append(run)
            }
        }
        return runs.map { run in
            let lower = run.lowerBound == 0 ? 0 : all[run.lowerBound].utf8Range.lowerBound
            let upper = run.upperBound + 1 < all.count ? all[run.upperBound + 1].utf8Range.lowerBound : document.utf8.count
            return lower..<upper
        }
    }

    /// The byte range a rule's match and vetoes must fall in.
    static func scopeRange(_ scope: RuleScope, sentence: Int, in document: AnalyzedDocument) -> Range<Int> {
        let sentenceRange = document.sentences[sentence].utf8Range
        switch scope {
        case .sentence:
            return sentenceRange
        case .paragraph:
            let paragraph = document.sentences[sentence].paragraph
            return document.paragraphs.indices.contains(paragraph)
                ? document.paragraphs[paragraph].utf8Range : sentenceRange
        }
    }
}
