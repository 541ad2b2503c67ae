/// The scan behind `FrenchTokenizer`: one pass over the UTF-8 bytes that emits tokens (UD French conventions),
/// with per-token flags, and closes sentences and paragraphs as it goes (asking `FrenchSentenceSplitter`).
struct FrenchScanner {
    typealias C = FrenchCharClass

    /// Per-token flags kept beside the tokens.
    enum Flag {
        /// Whitespace before the token.
        static let space: UInt8 = 1
        /// At least one line break before the token.
        static let newline: UInt8 = 2
        /// A blank line (two line breaks or more) before the token.
        static let blankLine: UInt8 = 4
        /// A word ending in a period that does not end a sentence (`M.`, `cf.`, `J.`).
        static let abbreviation: UInt8 = 8
        /// A word ending in a period that may end a sentence (`etc.`, `R.E.M.`).
        static let mayEnd: UInt8 = 16
    }

    /// A character inside a word span that joins two runs of letters or digits.
    struct Connector {
        var position: Int
        var length: Int
        /// `C.apostrophe`, `C.hyphen`, `C.period`, `C.comma` or `C.other`.
        var kind: UInt8
    }

    let text: FrenchBytes
    let lexicon: FrenchLexicon
    /// Scratch space for folded words.
    let scratch: UnsafeMutableBufferPointer<UInt8>
    private let splitter: FrenchSentenceSplitter
    /// Where tokens go: the storage of the result array, `capacity` tokens long.
    private let tokenBuffer: UnsafeMutablePointer<Token>
    /// `Flag`s, one per token.
    private let flagBuffer: UnsafeMutablePointer<UInt8>
    private let capacity: Int
    /// The number of tokens emitted.
    private(set) var count = 0
    /// Set when the text holds more than `capacity` tokens; the scan then stops and must be run again with more.
    private(set) var overflowed = false
    /// Sentences closed so far.
    private(set) var sentences: [Sentence] = []
    /// Paragraphs closed so far.
    private(set) var paragraphs: [Paragraph] = []
    private var sentenceStart = 0
    private var sentenceUTF8Start = 0
    private var sentenceScalarStart = 0
    private var paragraphStart = 0
    private var paragraphUTF8Start = 0
    /// Whether the last token may end a sentence: punctuation, a symbol, an abbreviation with its period.
    private var previousMayBreak = false
    private var connectors: [Connector] = []
    private var hyphens: [Int] = []
    private var i = 0
    private var gap: UInt8 = 0
    private var syncByte = 0
    private var syncScalar = 0

    /// Prepares a scan of `text` that writes at most `capacity` tokens to `tokens` and their flags to `flags`.
    init(
        _ text: FrenchBytes, lexicon: FrenchLexicon, scratch: UnsafeMutableBufferPointer<UInt8>,
        tokens: UnsafeMutablePointer<Token>, flags: UnsafeMutablePointer<UInt8>, capacity: Int
    ) {
        self.text = text
        self.lexicon = lexicon
        self.scratch = scratch
        self.splitter = FrenchSentenceSplitter(
            text: text, lexicon: lexicon, scratch: scratch, tokens: UnsafePointer(tokens), flags: UnsafePointer(flags))
        self.tokenBuffer = tokens
        self.flagBuffer = flags
        self.capacity = capacity
    }

    private var n: Int { text.n }

    // MARK: - Main loop

    /// Scans the whole text.
    mutating func run() {
        sentences.reserveCapacity(capacity / 16 + 4)
        let p = text.p
        let ascii = text.ascii
        while i < n, !overflowed {
            let byte = p[i]
            if byte < 0x80 {
                let cls = ascii[Int(byte)]
                if cls == C.space {
                    gap |= Flag.space
                    i += 1
                } else if cls == C.newline {
                    lineBreak()
                    i += 1
                } else if cls >= C.lower && cls <= C.digit {
                    if cls != C.digit, let (end, asciiOnly) = plainWordEnd(i) {
                        emit(i, end, .word, ascii: asciiOnly)
                        i = end
                    } else {
                        scanWord(from: i, wordStart: i)
                    }
                } else {
                    scanOther(cls, length: 1)
                }
            } else {
                let (cls, length) = text.classOfMultibyte(i)
                if cls == C.space {
                    gap |= Flag.space
                    i += length
                } else if cls == C.newline {
                    lineBreak()
                    i += length
                } else if C.isWord(cls) {
                    if let (end, _) = plainWordEnd(i) {
                        emit(i, end, .word)
                        i = end
                    } else {
                        scanWord(from: i, wordStart: i)
                    }
                } else {
                    scanOther(cls, length: length)
                }
            }
        }
        if count > 0, !overflowed {
            closeSentence(before: count)
            closeParagraph(before: count)
        }
    }

    @inline(__always)
    private mutating func lineBreak() {
        if gap & Flag.newline != 0 { gap |= Flag.blankLine }
        gap |= Flag.space | Flag.newline
    }

    // MARK: - Emitting

    /// The scalar offset of byte `position`; positions must not decrease between calls. Counts the bytes that are
    /// not UTF-8 continuation bytes since the previous call, eight at a time.
    @inline(__always)
    private mutating func scalarOffset(_ position: Int) -> Int {
        let raw = UnsafeRawPointer(text.p.baseAddress!)
        var k = syncByte, count = syncScalar
        while position - k >= 8 {
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: k, as: UInt64.self))
            count &+= 8 &- Self.continuationBytes(word)
            k += 8
        }
        let rest = position - k
        if rest > 0 {
            if k + 8 <= n {
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: k, as: UInt64.self))
                count &+= rest &- Self.continuationBytes(word & (UInt64.max >> UInt64(64 - 8 * rest)))
            } else {
                while k < position {
                    count &+= text.p[k] & 0xC0 != 0x80 ? 1 : 0
                    k += 1
                }
            }
        }
        syncByte = position
        syncScalar = count
        return count
    }

    /// The number of UTF-8 continuation bytes (`10xxxxxx`) in `word`.
    @inline(__always)
    private static func continuationBytes(_ word: UInt64) -> Int {
        // Most words are plain ASCII: keep the (software) population count off their path.
        word & 0x8080_8080_8080_8080 == 0 ? 0 : countContinuationBytes(word)
    }

    @inline(never)
    private static func countContinuationBytes(_ word: UInt64) -> Int {
        (word & 0x8080_8080_8080_8080 & ~(word << 1)).nonzeroBitCount
    }

    @inline(__always)
    /// Appends a token. `ascii` tells that `start..<end` holds only ASCII, so its scalars need no counting.
    private mutating func emit(_ start: Int, _ end: Int, _ kind: TokenKind, _ flag: UInt8 = 0, ascii: Bool = false) {
        guard count < capacity else {
            overflowed = true  // `run` stops; the caller scans again with room for more
            return
        }
        let scalarStart = scalarOffset(start)
        let scalarEnd: Int
        if ascii {
            scalarEnd = scalarStart + (end - start)
            syncByte = end
            syncScalar = scalarEnd
        } else {
            scalarEnd = scalarOffset(end)
        }
        let k = count
        (tokenBuffer + k).initialize(to: Token(
            utf8Start: start, utf8End: end, scalarStart: scalarStart, scalarEnd: scalarEnd, kind: kind))
        flagBuffer[k] = gap | flag
        count = k + 1
        if k == 0 {
            sentenceUTF8Start = start
            sentenceScalarStart = scalarStart
            paragraphUTF8Start = start
        } else if gap & Flag.space != 0, gap & Flag.newline != 0 || previousMayBreak {
            considerBreak(before: k)
        }
        previousMayBreak = kind == .punctuation || kind == .symbol || flag & (Flag.abbreviation | Flag.mayEnd) != 0
        gap = 0
    }

    /// Ends the current sentence (and paragraph) before token `k` when the splitter says so.
    @inline(never)
    private mutating func considerBreak(before k: Int) {
        if gap & Flag.blankLine != 0 {
            closeSentence(before: k)
            closeParagraph(before: k)
        } else if splitter.endsSentence(before: k, sentenceStart: sentenceStart) {
            closeSentence(before: k)
        }
    }

    /// Closes the sentence from `sentenceStart` to token `k` (excluded); token `k` opens the next one.
    private mutating func closeSentence(before k: Int) {
        let last = tokenBuffer[k - 1]
        sentences.append(Sentence(
            tokens: sentenceStart..<k,
            utf8Range: sentenceUTF8Start..<Int(last.utf8End),
            scalarRange: sentenceScalarStart..<Int(last.scalarEnd),
            paragraph: paragraphs.count))
        sentenceStart = k
        if k < count {
            sentenceUTF8Start = Int(tokenBuffer[k].utf8Start)
            sentenceScalarStart = Int(tokenBuffer[k].scalarStart)
        }
    }

    /// Closes the paragraph made of the sentences closed since the previous one; token `k` opens the next one.
    private mutating func closeParagraph(before k: Int) {
        paragraphs.append(Paragraph(
            sentences: paragraphStart..<sentences.count,
            utf8Range: paragraphUTF8Start..<Int(tokenBuffer[k - 1].utf8End)))
        paragraphStart = sentences.count
        if k < count { paragraphUTF8Start = Int(tokenBuffer[k].utf8Start) }
    }

    /// Moves the end of the last token to `end`.
    private mutating func extendLast(to end: Int, flag: UInt8 = 0) {
        let last = count - 1
        tokenBuffer[last].utf8End = Int32(truncatingIfNeeded: end)
        tokenBuffer[last].scalarEnd = Int32(truncatingIfNeeded: scalarOffset(end))
        flagBuffer[last] |= flag
        if flag & (Flag.abbreviation | Flag.mayEnd) != 0 { previousMayBreak = true }
    }

    // MARK: - Punctuation and symbols

    private mutating func scanOther(_ cls: UInt8, length: Int) {
        let start = i
        switch cls {
        case C.period, C.ellipsis:
            var j = start
            while j < n {
                let byte = text[j]
                if byte == UInt8(ascii: ".") {
                    j += 1
                } else if byte == 0xE2, j + 2 < n, text[j + 1] == 0x80, text[j + 2] == 0xA6 {
                    j += 3
                } else {
                    break
                }
            }
            if j == start { j = start + length }  // never happens on valid UTF-8; keeps the scan moving
            emit(start, j, .punctuation)
            i = j
        case C.terminal:
            var j = start + length
            while j < n {
                let (next, nextLength) = text.classAt(j)
                guard next == C.terminal else { break }
                j += nextLength
            }
            emit(start, j, .punctuation)
            i = j
        case C.hyphen, C.plus, C.dash:
            if text.isDigit(at: start + length), !C.isWord(text.classBefore(start)) {
                scanWord(from: start, wordStart: start + length)
                return
            }
            var j = start + length
            if cls == C.hyphen {
                while j < n, text[j] == UInt8(ascii: "-") { j += 1 }
            }
            emit(start, j, cls == C.plus ? .symbol : .punctuation)
            i = j
        case C.apostrophe, C.comma, C.colon, C.openQuote, C.closeQuote, C.doubleQuote, C.openBracket,
             C.closeBracket:
            emit(start, start + length, .punctuation)
            i = start + length
        case C.emoji:
            i = emojiEnd(start + length)
            emit(start, i, .symbol)
        case C.asciiSymbol, C.at, C.slash, C.underscore:
            var j = start + 1
            while j < n, text[j] == text[start] { j += 1 }
            emit(start, j, .symbol)
            i = j
        default:
            emit(start, start + length, .symbol)
            i = start + length
        }
    }

    /// The end of an emoji sequence whose first pictograph ends at `j`: modifiers, variation selectors,
    /// zero-width-joined pictographs, keycaps, tags and flag pairs.
    private func emojiEnd(_ j: Int) -> Int {
        var end = j
        while end < n, text[end] >= 0x80 {
            let (value, length) = text.decode(end)
            switch value {
            case 0xFE0E, 0xFE0F, 0x1F3FB...0x1F3FF, 0x20E3, 0xE0020...0xE007F, 0x1F1E6...0x1F1FF:
                end += length
            case 0x200D:
                guard end + length < n, text.classAt(end + length).cls == C.emoji else { return end }
                end += length + text.classAt(end + length).length
            default:
                return end
            }
        }
        return end
    }

    // MARK: - Words

    /// Scans a span of letters and digits joined by apostrophes, hyphens, periods and decimal commas, then splits it
    /// into tokens. `start` is before `wordStart` when the span opens with a sign (`-365`, `+14`).
    private mutating func scanWord(from start: Int, wordStart: Int) {
        if start == wordStart, mayStartURL(start), let end = urlEnd(start) {
            emit(start, end, .link)
            i = end
            return
        }
        let p = text.p
        let ascii = text.ascii
        var joined = false
        var asciiOnly = p[start] < 0x80
        var j = wordStart
        var segmentStart = j
        scan: while true {
            while j < n {
                if j + 8 <= n {
                    // Eight ASCII letters or digits at a time.
                    let word = UnsafeRawPointer(p.baseAddress!).loadUnaligned(fromByteOffset: j, as: UInt64.self)
                    let run = Self.asciiWordBytes(UInt64(littleEndian: word))
                    j += run
                    if run == 8 { continue }
                }
                let byte = p[j]
                if byte < 0x80 {
                    // lower, upper and digit are 3, 4 and 5.
                    guard ascii[Int(byte)] &- C.lower < 3 else { break }
                    j += 1
                } else {
                    let (cls, length) = text.classOfMultibyte(j)
                    guard C.isWord(cls) else { break }
                    asciiOnly = false
                    j += length
                }
            }
            guard j < n else { break }
            let byte = p[j]
            switch byte {
            case UInt8(ascii: "-"):
                if text.isWord(at: j + 1) {
                    addConnector(j, 1, C.hyphen, &joined)
                    j += 1
                    segmentStart = j
                    continue scan
                }
            case UInt8(ascii: "'"):
                if apostropheJoins(j, 1) {
                    addConnector(j, 1, C.apostrophe, &joined)
                    j += 1
                    segmentStart = j
                    continue scan
                }
            case UInt8(ascii: "."):
                if text.isWord(at: j + 1) {
                    addConnector(j, 1, C.period, &joined)
                    j += 1
                    segmentStart = j
                    continue scan
                }
                if j + 2 < n, p[j + 1] == UInt8(ascii: "-"), text.isLetter(at: j + 2),
                   text.isSingleScalar(segmentStart, j), text.isLetter(at: segmentStart) {
                    addConnector(j, 1, C.period, &joined)
                    addConnector(j + 1, 1, C.hyphen, &joined)
                    j += 2
                    segmentStart = j
                    continue scan
                }
            case UInt8(ascii: ","):
                if text.isDigit(at: j - 1), text.isDigit(at: j + 1) {
                    addConnector(j, 1, C.comma, &joined)
                    j += 1
                    segmentStart = j
                    continue scan
                }
            case UInt8(ascii: "_"):
                if text.isWord(at: j + 1) {
                    addConnector(j, 1, C.other, &joined)
                    j += 1
                    segmentStart = j
                    continue scan
                }
            case UInt8(ascii: "@"):
                if start == wordStart, let end = emailEnd(start, at: j) {
                    emit(start, end, .link)
                    i = end
                    return
                }
            case UInt8(ascii: "/"):
                if let end = slashUnitEnd(segmentStart, at: j) {
                    addConnector(j, 1, C.other, &joined)
                    j = end
                    continue scan
                }
            default:
                if byte >= 0x80 {
                    let (cls, length) = text.classOfMultibyte(j)
                    if cls == C.apostrophe, apostropheJoins(j, length) {
                        addConnector(j, length, C.apostrophe, &joined)
                        j += length
                        segmentStart = j
                        continue scan
                    }
                    if cls == C.hyphen, text.isWord(at: j + length) {
                        addConnector(j, length, C.hyphen, &joined)
                        j += length
                        segmentStart = j
                        continue scan
                    }
                    if cls == C.middleDot, text.isLetter(at: j + length) {
                        addConnector(j, length, C.other, &joined)
                        j += length
                        segmentStart = j
                        continue scan
                    }
                }
            }
            break
        }
        var end = j
        if !joined {
            if text.isDigit(at: wordStart) {
                end = emitNumber(start, wordStart, end, join: true)
            } else {
                emit(start, end, start == wordStart ? .word : .number, ascii: asciiOnly)
            }
        } else {
            splitSpan(start, wordStart, end)
        }
        i = end
        if end < n {
            // Only `.`, `'`, `’`, `ʼ`, `‘` and `°` matter after a span.
            let byte = text[end]
            if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "'") || byte >= 0xC2 {
                finishSpan(end)
            }
        }
    }

    /// The end of the word starting at `start` when it is plain: ASCII letters and digits and the letters of
    /// U+00C0 to U+00FF (`é`, `à`, `ç`…), ended by the end of the text or by an ASCII character that can neither
    /// join it to what follows nor belong to it (whitespace, `!`, `?`, `;`, `:`, brackets, quotes, a comma after a
    /// letter), and whether it is all ASCII. Nil when `scanWord` must decide (a possible URL, a connector, a
    /// period, any other character): the fast path for the bulk of French words, with the same tokens. Its loop
    /// stays apart from `scanWord`'s on purpose: sharing one measured about 1.25 × slower on the whole tokenizer.
    @inline(__always)
    private func plainWordEnd(_ start: Int) -> (end: Int, asciiOnly: Bool)? {
        guard !mayStartURL(start) else { return nil }
        let p = text.p
        let ascii = text.ascii
        var asciiOnly = true
        var j = start
        while true {
            if j &+ 8 <= n {
                let word = UnsafeRawPointer(p.baseAddress!).loadUnaligned(fromByteOffset: j, as: UInt64.self)
                let run = Self.asciiWordBytes(UInt64(littleEndian: word))
                j &+= run
                if run == 8 { continue }
            }
            guard j < n else { return (j, asciiOnly) }
            let byte = p[j]
            if byte < 0x80 {
                if ascii[Int(byte)] &- C.lower < 3 {
                    j &+= 1
                    continue
                }
                switch byte {
                case UInt8(ascii: "-"), UInt8(ascii: "'"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "@"),
                     UInt8(ascii: "/"):
                    return nil
                case UInt8(ascii: ","):
                    return p[j &- 1] &- 0x30 < 10 ? nil : (j, asciiOnly)
                default:
                    return (j, asciiOnly)
                }
            }
            guard byte == 0xC3, j &+ 1 < n, p[j &+ 1] & 0xC0 == 0x80,
                  C.isWord(text.latin[0xC0 + Int(p[j &+ 1] & 0x3F)]) else { return nil }
            asciiOnly = false
            j &+= 2
        }
    }

    /// Records a connector of the current span (clearing those of the previous span on the first one).
    @inline(__always)
    private mutating func addConnector(_ position: Int, _ length: Int, _ kind: UInt8, _ joined: inout Bool) {
        if !joined {
            connectors.removeAll(keepingCapacity: true)
            joined = true
        }
        connectors.append(Connector(position: position, length: length, kind: kind))
    }

    /// The number of leading bytes of `word` (eight bytes in text order) that are ASCII letters or digits.
    @inline(__always)
    private static func asciiWordBytes(_ word: UInt64) -> Int {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high: UInt64 = 0x8080_8080_8080_8080
        // Per byte (valid for bytes below 0x80): 0x80 where m < byte < n.
        @inline(__always)
        func between(_ x: UInt64, _ m: UInt64, _ n: UInt64) -> UInt64 {
            let low = x & (ones &* 127)
            return (ones &* (127 + n) &- low) & ~x & (low &+ ones &* (127 - m)) & high
        }
        let letters = between(word | ones &* 0x20, 0x60, 0x7B)
        let digits = between(word, 0x2F, 0x3A)
        let stop = ~(letters | digits) & high | word & high
        return stop == 0 ? 8 : stop.trailingZeroBitCount >> 3
    }

    /// Whether a URL may start at `start` (`http`, `https`, `ftp`, `www`), from its first two bytes.
    @inline(__always)
    private func mayStartURL(_ start: Int) -> Bool {
        guard start + 1 < n else { return false }
        let first = text[start] | 0x20, second = text[start + 1] | 0x20
        return first == UInt8(ascii: "h") && second == UInt8(ascii: "t")
            || first == UInt8(ascii: "w") && second == UInt8(ascii: "w")
            || first == UInt8(ascii: "f") && second == UInt8(ascii: "t")
    }

    /// Whether the apostrophe at `j` (of `length` bytes) joins the word before it to what follows.
    @inline(__always)
    private func apostropheJoins(_ j: Int, _ length: Int) -> Bool {
        let next = j + length
        guard next < n else { return false }
        let cls = text.classAt(next).cls
        if C.isLetter(cls) { return true }
        return cls == C.digit && text.isDigit(at: j - 1)
    }

    /// Splits a span with connectors into elided words, a host and inverted clitics.
    private mutating func splitSpan(_ start: Int, _ wordStart: Int, _ end: Int) {
        var position = start
        var first = 0
        if start == wordStart {
            while first < connectors.count, connectors[first].kind == C.apostrophe {
                let apostrophe = connectors[first]
                if isWholeElidedCandidate(position, end), contains(lexicon.wholeElided, position, end) { break }
                guard isElision(position, apostrophe.position) else { break }
                emit(position, apostrophe.position + apostrophe.length, .word)
                position = apostrophe.position + apostrophe.length
                first += 1
            }
        }
        let hostWordStart = position == start ? wordStart : position
        hyphens.removeAll(keepingCapacity: true)
        for index in first..<connectors.count where connectors[index].kind == C.hyphen {
            hyphens.append(index)
        }
        let parts = hyphens.count + 1
        var tailStart = parts
        var euphonic = -1
        if !hyphens.isEmpty, text.isLetter(at: position) {
            var part = parts - 1
            while part >= 1, partIsPlain(part, first: first) {
                let (partStart, partEnd) = partRange(part, end)
                if contains(lexicon.clitics, partStart, partEnd) {
                    if isDemonstrativeSuffix(partStart, partEnd) {
                        guard part == parts - 1, part == 1, partIsPlain(0, first: first),
                              !contains(lexicon.demonstrativeHosts, position, connectors[hyphens[0]].position)
                        else { break }
                    }
                    tailStart = part
                } else if tailStart < parts, part == tailStart - 1, partEnd - partStart == 1,
                          text[partStart] | 0x20 == UInt8(ascii: "t") {
                    let (nextStart, nextEnd) = partRange(part + 1, end)
                    guard contains(lexicon.euphonicSubjects, nextStart, nextEnd) else { break }
                    tailStart = part
                    euphonic = part
                } else {
                    break
                }
                part -= 1
            }
            if tailStart < parts {
                let hostEnd = connectors[hyphens[tailStart - 1]].position
                if !C.isLetter(text.classBefore(hostEnd)) || contains(lexicon.cliticLikeCompounds, position, end) {
                    tailStart = parts
                }
            }
        }
        if tailStart == parts {
            emitHost(position, wordStart: hostWordStart, end, connectorsFrom: first)
            return
        }
        let hostEnd = connectors[hyphens[tailStart - 1]].position
        emitHost(position, wordStart: hostWordStart, hostEnd, connectorsFrom: first)
        var part = tailStart
        while part < parts {
            let cliticStart = connectors[hyphens[part - 1]].position
            var cliticEnd = partRange(part, end).1
            if part == euphonic {
                cliticEnd = partRange(part + 1, end).1
                part += 1
            }
            emit(cliticStart, cliticEnd, .clitic)
            part += 1
        }
    }

    /// Whether `start..<end` is a word that elides (`l`, `qu`, `jusqu` ...), checked on the bytes for the short ones.
    @inline(__always)
    private func isElision(_ start: Int, _ end: Int) -> Bool {
        switch end - start {
        case 1:
            switch text[start] | 0x20 {
            case UInt8(ascii: "l"), UInt8(ascii: "d"), UInt8(ascii: "j"), UInt8(ascii: "m"), UInt8(ascii: "n"),
                 UInt8(ascii: "s"), UInt8(ascii: "t"), UInt8(ascii: "c"), UInt8(ascii: "y"):
                return true
            default:
                return false
            }
        case 2:
            return text[start] | 0x20 == UInt8(ascii: "q") && text[start + 1] | 0x20 == UInt8(ascii: "u")
                || text[start] == 0xC3 && text[start + 1] | 0x20 == 0xA7
        case 5, 6:
            return contains(lexicon.elisions, start, end)
        default:
            return false
        }
    }

    /// Whether `start..<end` may be one of `wholeElided` (`l'on`, `c'est-à-dire`), from its length and first byte.
    @inline(__always)
    private func isWholeElidedCandidate(_ start: Int, _ end: Int) -> Bool {
        end - start <= lexicon.wholeElided.maxLength + 2 && lexicon.wholeElidedInitials[Int(text[start] | 0x20)]
    }

    /// The byte range of hyphen-separated part `part` (at least 1) of the current span's remainder.
    @inline(__always)
    private func partRange(_ part: Int, _ end: Int) -> (Int, Int) {
        let hyphen = connectors[hyphens[part - 1]]
        let partEnd = part < hyphens.count ? connectors[hyphens[part]].position : end
        return (hyphen.position + hyphen.length, partEnd)
    }

    /// Whether hyphen-separated part `part` holds no other connector; `first` is the remainder's first connector.
    @inline(__always)
    private func partIsPlain(_ part: Int, first: Int) -> Bool {
        if part == 0 { return hyphens[0] == first }
        let before = hyphens[part - 1]
        let after = part < hyphens.count ? hyphens[part] : connectors.count
        return after == before + 1
    }

    /// Whether `start..<end` is `ci` or `là`.
    private func isDemonstrativeSuffix(_ start: Int, _ end: Int) -> Bool {
        let length = end - start
        if length == 2 { return text[start] | 0x20 == UInt8(ascii: "c") && text[start + 1] | 0x20 == UInt8(ascii: "i") }
        return length == 3 && text[start] | 0x20 == UInt8(ascii: "l") && text[start + 1] == 0xC3
            && (text[start + 2] == 0xA0 || text[start + 2] == 0x80)
    }

    /// Emits the part of a span that is not an elided word nor a clitic: a compound word, a number or a link.
    private mutating func emitHost(_ start: Int, wordStart: Int, _ end: Int, connectorsFrom first: Int) {
        var inner = false
        var periodIndex = -1
        var index = first
        while index < connectors.count, connectors[index].position < end {
            if connectors[index].position >= start {
                inner = true
                if connectors[index].kind == C.period { periodIndex = index }
            }
            index += 1
        }
        if !inner {
            if text.isDigit(at: wordStart) {
                _ = emitNumber(start, wordStart, end, join: false)
            } else {
                emit(start, end, start == wordStart ? .word : .number)
            }
            return
        }
        if text.isDigit(at: wordStart) {
            var numeric = true
            var k = wordStart
            while k < end {
                let byte = text[k]
                if byte &- 0x30 >= 10, byte != UInt8(ascii: "."), byte != UInt8(ascii: ","),
                   byte != UInt8(ascii: "-"), byte != UInt8(ascii: "'") {
                    numeric = false
                    break
                }
                k += 1
            }
            emit(start, end, numeric ? .number : .word)
            return
        }
        if periodIndex >= 0 {
            let tldStart = connectors[periodIndex].position + 1
            if tldStart - start > 2, lexicon.domains.contains(UnsafeBufferPointer(rebasing: text.p[tldStart..<end])) {
                emit(start, end, .link)
                return
            }
        }
        emit(start, end, .word)
    }

    /// Emits a connector-free span opening with digits: a number, an ordinal (`1er`, `2ème`), a time (`20h30` as
    /// `20` `h` `30`), a number and its unit (`160km`) or an alphanumeric word (`3D`). With `join`, a number of one
    /// to three digits takes the following groups of three digits (`80 000`, `1 234 567,5`). Returns the end.
    private mutating func emitNumber(_ start: Int, _ wordStart: Int, _ end: Int, join: Bool) -> Int {
        var digitsEnd = wordStart
        while digitsEnd < end, text[digitsEnd] &- 0x30 < 10 { digitsEnd += 1 }
        if digitsEnd == end {
            var numberEnd = end
            if join, end - wordStart <= 3 { numberEnd = thousandsEnd(end) }
            emit(start, numberEnd, .number)
            return numberEnd
        }
        if contains(lexicon.ordinalSuffixes, digitsEnd, end) {
            emit(start, end, .number)
            return end
        }
        let unit = text[digitsEnd]
        if unit | 0x20 == UInt8(ascii: "h") {
            var k = digitsEnd + 1
            while k < end, text[k] &- 0x30 < 10 { k += 1 }
            if k == end {
                emit(start, digitsEnd, .number)
                emit(digitsEnd, digitsEnd + 1, .word)
                if digitsEnd + 1 < end { emit(digitsEnd + 1, end, .number) }
                return end
            }
        }
        var k = digitsEnd
        var lowercase = true
        while k < end {
            let (cls, length) = text.classAt(k)
            if cls != C.lower { lowercase = false; break }
            k += length
        }
        if lowercase {
            emit(start, digitsEnd, .number)
            emit(digitsEnd, end, .word)
        } else {
            emit(start, end, .word)
        }
        return end
    }

    /// The end of the groups of three digits following a number that ends at `end`, each after a space or a
    /// no-break space, with an optional decimal part.
    private func thousandsEnd(_ end: Int) -> Int {
        var numberEnd = end
        while numberEnd < n {
            var separator = 0
            let byte = text[numberEnd]
            if byte == 0x20 {
                separator = 1
            } else if byte == 0xC2, numberEnd + 1 < n, text[numberEnd + 1] == 0xA0 {
                separator = 2
            } else if byte == 0xE2, numberEnd + 2 < n, text[numberEnd + 1] == 0x80,
                      text[numberEnd + 2] == 0xAF || text[numberEnd + 2] == 0x89 {
                separator = 3
            }
            guard separator > 0 else { break }
            let group = numberEnd + separator
            guard text.isDigit(at: group), text.isDigit(at: group + 1), text.isDigit(at: group + 2),
                  !text.isWord(at: group + 3)
            else { break }
            numberEnd = group + 3
        }
        if numberEnd > end, numberEnd + 1 < n, text[numberEnd] == UInt8(ascii: ","), text.isDigit(at: numberEnd + 1) {
            numberEnd += 1
            while numberEnd < n, text[numberEnd] &- 0x30 < 10 { numberEnd += 1 }
        }
        return numberEnd
    }

    // MARK: - After a span: abbreviation periods, detached elisions, n°

    @inline(never)
    private mutating func finishSpan(_ end: Int) {
        let byte = text[end]
        let lastToken = tokenBuffer[count - 1]
        let lastStart = Int(lastToken.utf8Start)
        guard Int(lastToken.utf8End) == end else { return }
        if byte == UInt8(ascii: ".") {
            guard lastToken.kind == .word else { return }
            if end + 1 < n {
                let next = text.classAt(end + 1).cls
                if next == C.period || next == C.ellipsis { return }
            }
            if let flag = periodFlag(lastStart, end) {
                extendLast(to: end + 1, flag: flag)
                i = end + 1
            }
        } else if text.classAt(end).cls == C.apostrophe {
            let length = text.classAt(end).length
            if lastToken.kind == .word, contains(lexicon.elisions, lastStart, end),
               end + length >= n || !C.isWord(text.classAt(end + length).cls) {
                extendLast(to: end + length)
                i = end + length
            }
        } else if byte == 0xC2, end + 1 < n, text[end + 1] == 0xB0, end - lastStart == 1,
                  text[lastStart] | 0x20 == UInt8(ascii: "n") {
            extendLast(to: end + 2)
            i = end + 2
        }
    }

    /// The flag of the word `start..<end` if the period after it belongs to it (an abbreviation, an initial, an
    /// acronym), or nil when the period is a token of its own.
    private func periodFlag(_ start: Int, _ end: Int) -> UInt8? {
        if acronymLetters(start, end) != nil { return Flag.mayEnd }
        if text.isSingleScalar(start, end), text.classAt(start).cls == C.upper {
            return isInitial(start, end) ? Flag.abbreviation : nil
        }
        guard end - start <= lexicon.abbreviationMaxLength else { return nil }
        if lexicon.titles.contains(UnsafeBufferPointer(rebasing: text.p[start..<end])) { return Flag.abbreviation }
        guard let length = FrenchLexicon.fold(text.p, start, end, into: scratch) else { return nil }
        let folded = UnsafeBufferPointer(rebasing: scratch[0..<length])
        if lexicon.abbreviations.contains(folded) { return Flag.abbreviation }
        if lexicon.finalAbbreviations.contains(folded) { return Flag.mayEnd }
        if lexicon.numberAbbreviations.contains(folded), text.isDigit(at: text.skipSpaces(end + 1)) {
            return Flag.abbreviation
        }
        return nil
    }

    /// The number of letters of an acronym with inner periods (`R.E.M`, `J.-C`), or nil.
    private func acronymLetters(_ start: Int, _ end: Int) -> Int? {
        var k = start
        var letters = 0
        while k < end {
            let (cls, length) = text.classAt(k)
            guard C.isLetter(cls) else { return nil }
            k += length
            letters += 1
            if k == end { break }
            guard text[k] == UInt8(ascii: ".") else { return nil }
            k += 1
            if k < end, text[k] == UInt8(ascii: "-") { k += 1 }
            guard k < end else { return nil }
        }
        return letters >= 2 ? letters : nil
    }

    /// Whether the capital letter `start..<end`, followed by a period, is an initial (`J. Dupont`) rather than a
    /// word ending a sentence (`Mac OS X.`, `Louis V.`).
    private func isInitial(_ start: Int, _ end: Int) -> Bool {
        let next = text.skipSpaces(end + 1)
        guard next < n else { return false }
        let cls = text.classAt(next).cls
        switch cls {
        case C.newline, C.closeQuote, C.closeBracket, C.terminal, C.colon, C.doubleQuote:
            return false
        case C.upper:
            guard count >= 2 else { return true }
            let previous = tokenBuffer[count - 2]
            // A unit after a number (`19 ° C.`), or a numeral after a name (`Dagobert I.`, `Mac OS X.`).
            let previousStart = Int(previous.utf8Start)
            let degree = text[previousStart] == 0xC2 && text[previousStart + 1] == 0xB0
            if previous.kind == .number || degree { return false }
            let letter = text[start]
            guard letter == UInt8(ascii: "I") || letter == UInt8(ascii: "X") else { return true }
            return !(previous.kind == .word && text.classAt(Int(previous.utf8Start)).cls == C.upper)
        default:
            return true
        }
    }

    // MARK: - Links

    /// The end of a URL starting at `start` (`http://`, `https://`, `ftp://`, `www.`), or nil.
    private func urlEnd(_ start: Int) -> Int? {
        let first = text[start] | 0x20
        guard first == UInt8(ascii: "h") || first == UInt8(ascii: "w") || first == UInt8(ascii: "f") else { return nil }
        guard start + 4 < n else { return nil }
        let bodyStart: Int
        if first == UInt8(ascii: "w") {
            guard text[start + 1] | 0x20 == UInt8(ascii: "w"), text[start + 2] | 0x20 == UInt8(ascii: "w"),
                  text[start + 3] == UInt8(ascii: ".") else { return nil }
            bodyStart = start + 4
        } else if first == UInt8(ascii: "h") {
            guard text[start + 1] | 0x20 == UInt8(ascii: "t"), text[start + 2] | 0x20 == UInt8(ascii: "t"),
                  text[start + 3] | 0x20 == UInt8(ascii: "p") else { return nil }
            var k = start + 4
            if text[k] | 0x20 == UInt8(ascii: "s") { k += 1 }
            guard hasSchemeSeparator(at: k) else { return nil }
            bodyStart = k + 3
        } else {
            guard text[start + 1] | 0x20 == UInt8(ascii: "t"), text[start + 2] | 0x20 == UInt8(ascii: "p"),
                  hasSchemeSeparator(at: start + 3) else { return nil }
            bodyStart = start + 6
        }
        guard text.isWord(at: bodyStart) else { return nil }
        var end = bodyStart
        var parentheses = 0
        while end < n {
            let byte = text[end]
            if byte <= 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") {
                break
            }
            if byte >= 0x80 {
                let (cls, length) = text.classAt(end)
                if C.isSpace(cls) || cls == C.openQuote || cls == C.closeQuote || cls == C.apostrophe {
                    break
                }
                end += length
                continue
            }
            if byte == UInt8(ascii: "(") { parentheses += 1 }
            if byte == UInt8(ascii: ")") {
                if parentheses == 0 { break }
                parentheses -= 1
            }
            end += 1
        }
        while end > bodyStart, let last = Optional(text[end - 1]),
              last == UInt8(ascii: ".") || last == UInt8(ascii: ",") || last == UInt8(ascii: ";")
              || last == UInt8(ascii: ":") || last == UInt8(ascii: "!") || last == UInt8(ascii: "?")
              || last == UInt8(ascii: "'") {
            end -= 1
        }
        return end
    }

    /// Whether `://` starts at `k`.
    @inline(__always)
    private func hasSchemeSeparator(at k: Int) -> Bool {
        k + 2 < n && text[k] == UInt8(ascii: ":") && text[k + 1] == UInt8(ascii: "/")
            && text[k + 2] == UInt8(ascii: "/")
    }

    /// The end of an e-mail address whose local part starts at `start` and whose `@` is at `at`, or nil.
    private func emailEnd(_ start: Int, at: Int) -> Int? {
        for k in start..<at {
            let byte = text[k]
            guard byte < 0x80, text.ascii[Int(byte)] <= C.digit && text.ascii[Int(byte)] >= C.lower
                || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
            else { return nil }
        }
        var end = at + 1
        var lastDot = -1
        while end < n {
            let byte = text[end]
            guard byte < 0x80 else { break }
            let cls = text.ascii[Int(byte)]
            if cls >= C.lower && cls <= C.digit || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") {
                end += 1
            } else if byte == UInt8(ascii: "."), text.isWord(at: end + 1) {
                lastDot = end
                end += 1
            } else {
                break
            }
        }
        guard lastDot > at + 1, end - lastDot > 2 else { return nil }
        return end
    }

    /// The end of a unit written with a slash (`km/h`) whose first part starts at `segmentStart`, or nil.
    private func slashUnitEnd(_ segmentStart: Int, at slash: Int) -> Int? {
        var end = slash + 1
        while end < n, end - slash <= 4, text.ascii[Int(min(text[end], 127))] == C.lower { end += 1 }
        guard end > slash + 1, !text.isWord(at: end) else { return nil }
        return contains(lexicon.slashUnits, segmentStart, end) ? end : nil
    }

    // MARK: - Lexicon

    /// Whether the folded `start..<end` is in `set`.
    @inline(__always)
    private func contains(_ set: ByteWordSet, _ start: Int, _ end: Int) -> Bool {
        guard end > start, end - start <= set.maxLength + 8,
              let length = FrenchLexicon.fold(text.p, start, end, into: scratch) else { return false }
        return set.contains(UnsafeBufferPointer(rebasing: scratch[0..<length]))
    }
}
