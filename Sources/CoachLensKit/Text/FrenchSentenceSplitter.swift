/// The sentence decisions of `FrenchTokenizer`, taken by `FrenchScanner` as it emits each token that may open a
/// sentence (so the tokens looked at are still in cache).
///
/// A sentence ends after `.`, `!`, `?`, `…` (or a run of them), possibly followed by closing quotes or brackets,
/// when whitespace and a plausible sentence start follow; never after an abbreviation or an initial. A blank line
/// ends a sentence and a paragraph. A single line break ends a sentence unless the line looks hard-wrapped: the
/// next line continues in lowercase after a long line, or the line ends with a comma or a function word.
struct FrenchSentenceSplitter {
    typealias C = FrenchCharClass
    typealias Flag = FrenchScanner.Flag

    /// A line at least this long (in scalars) followed by a line starting in lowercase is taken as hard-wrapped.
    static let wrapWidth = 60

    let text: FrenchBytes
    let lexicon: FrenchLexicon
    let scratch: UnsafeMutableBufferPointer<UInt8>
    /// The tokens emitted so far by the scanner, and their flags.
    let tokens: UnsafePointer<Token>
    let flags: UnsafePointer<UInt8>

    // MARK: - Decisions

    /// Whether a sentence ends between token `k - 1` and token `k`, the last token emitted (whitespace lies between
    /// them; `k` may still grow an abbreviation period, which changes nothing here).
    func endsSentence(before k: Int, sentenceStart: Int) -> Bool {
        let newline = flags[k] & Flag.newline != 0
        // Fast path: after a plain word on the same line, nothing ends.
        if !newline, tokens[k - 1].kind != .punctuation, flags[k - 1] & (Flag.abbreviation | Flag.mayEnd) == 0,
           tokens[k - 1].kind != .symbol {
            return false
        }
        let next = firstClass(k)
        var last = k - 1
        while last > sentenceStart, isCloser(last, sentenceStart: sentenceStart) { last -= 1 }
        let closed = last < k - 1
        if next == C.doubleQuote, isCloser(k, sentenceStart: sentenceStart) { return false }
        if isTerminal(last), !(last > sentenceStart && firstClass(last - 1) == C.openBracket && closed) {
            if newline { return !isContinuation(next) }
            return isSentenceStart(next) && !isListMarker(last, k)
        }
        if flags[last] & Flag.mayEnd != 0 {
            if newline { return !isContinuation(next) }
            return next == C.upper && isWord(k, in: lexicon.sentenceOpeners)
        }
        if flags[last] & Flag.abbreviation != 0 { return false }
        let previous = tokens[k - 1]
        if !newline {
            return previous.kind == .punctuation && text[Int(previous.utf8Start)] == UInt8(ascii: ";")
                && next == C.upper && isWord(k, in: lexicon.sentenceOpeners)
        }
        if isContinuation(next) { return false }
        if closed { return true }
        if previous.kind == .punctuation {
            switch firstClass(k - 1) {
            case C.colon: return true
            case C.hyphen:
                // A word broken at the line end continues; a rule such as `---` does not.
                return previous.utf8End - previous.utf8Start > 1 || isBullet(k)
            case C.comma, C.dash, C.openQuote, C.openBracket, C.doubleQuote, C.apostrophe:
                return isBullet(k)
            default: return true
            }
        }
        if previous.kind == .word, isWord(k - 1, in: lexicon.functionWords) { return isBullet(k) }
        if next == C.lower { return lineLength(endingWith: k - 1) < Self.wrapWidth }
        return true
    }

    /// The class of the first character of token `k`.
    @inline(__always)
    private func firstClass(_ k: Int) -> UInt8 {
        text.classAt(Int(tokens[k].utf8Start)).cls
    }

    /// Whether token `k` is a closing quote or bracket attached to what precedes it. A `"` closes when glued to
    /// the word before it, opens when glued to the word after it, and otherwise closes when an odd number of them
    /// precede it in the sentence: a local rule, robust to a stray quote.
    private func isCloser(_ k: Int, sentenceStart: Int) -> Bool {
        guard tokens[k].kind == .punctuation else { return false }
        switch firstClass(k) {
        case C.closeQuote, C.closeBracket: return true
        case C.doubleQuote:
            if flags[k] & Flag.space == 0 { return true }
            // Glued to what follows (the text after the quote may not be scanned yet): an opening quote.
            let after = Int(tokens[k].utf8End)
            if after < text.n, !C.isSpace(text.classAt(after).cls) { return false }
            var quotes = 0
            for index in sentenceStart..<k where isStraightQuote(index) { quotes += 1 }
            return quotes % 2 == 1
        case C.apostrophe: return flags[k] & Flag.space == 0
        default: return false
        }
    }

    /// Whether token `k` is a straight double quote.
    @inline(__always)
    private func isStraightQuote(_ k: Int) -> Bool {
        tokens[k].kind == .punctuation && text[Int(tokens[k].utf8Start)] == UInt8(ascii: "\"")
    }

    /// Whether token `k` is sentence-final punctuation: `.`, `!`, `?`, `…` or a run of them.
    private func isTerminal(_ k: Int) -> Bool {
        guard tokens[k].kind == .punctuation else { return false }
        let cls = firstClass(k)
        return cls == C.period || cls == C.terminal || cls == C.ellipsis
    }

    /// Whether a character of class `cls` can open a sentence.
    private func isSentenceStart(_ cls: UInt8) -> Bool {
        switch cls {
        case C.upper, C.digit, C.letterOther, C.openQuote, C.doubleQuote, C.openBracket, C.dash, C.hyphen,
             C.ellipsis, C.bullet, C.emoji, C.apostrophe:
            return true
        default:
            return false
        }
    }

    /// Whether a line starting with class `cls` continues the previous line (`,`, `)`, `»` ...).
    private func isContinuation(_ cls: UInt8) -> Bool {
        cls == C.comma || cls == C.colon || cls == C.closeBracket || cls == C.closeQuote || cls == C.period
            || cls == C.terminal
    }

    /// Whether token `k` opens a list item or a speaker turn: a bullet, a dash, `*`, `>`.
    private func isBullet(_ k: Int) -> Bool {
        let cls = firstClass(k)
        if cls == C.bullet || cls == C.dash || cls == C.hyphen { return true }
        let byte = text[Int(tokens[k].utf8Start)]
        return byte == UInt8(ascii: "*") || byte == UInt8(ascii: ">")
    }

    /// Whether the period `period` closes a list number at the start of a line (`1. Introduction`).
    private func isListMarker(_ period: Int, _ k: Int) -> Bool {
        guard period == k - 1, period >= 1, tokens[period].utf8End - tokens[period].utf8Start == 1,
              text[Int(tokens[period].utf8Start)] == UInt8(ascii: "."), flags[period] & Flag.space == 0
        else { return false }
        let number = tokens[period - 1]
        return number.kind == .number && number.utf8End - number.utf8Start <= 3
            && (period - 1 == 0 || flags[period - 1] & Flag.newline != 0)
    }

    /// Whether the folded text of token `k` is in `set`.
    private func isWord(_ k: Int, in set: ByteWordSet) -> Bool {
        let start = Int(tokens[k].utf8Start), end = Int(tokens[k].utf8End)
        guard end - start <= set.maxLength + 2,
              let length = FrenchLexicon.fold(text.p, start, end, into: scratch) else { return false }
        return set.contains(UnsafeBufferPointer(rebasing: scratch[0..<length]))
    }

    /// The length in scalars of the line whose last token is `k`, from its first token.
    private func lineLength(endingWith k: Int) -> Int {
        var first = k
        while first > 0, flags[first] & Flag.newline == 0 { first -= 1 }
        return Int(tokens[k].scalarEnd - tokens[first].scalarStart)
    }
}
