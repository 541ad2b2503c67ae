/// The token pass of `FrenchTokenizer`: one scan over the UTF-8 bytes that emits tokens (UD French conventions)
/// together with per-token flags for the sentence splitter.
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
    /// The tokens found so far.
    var tokens: [Token] = []
    /// `Flag`s, one per token.
    var flags: [UInt8] = []
    private var connectors: [Connector] = []
    private var hyphens: [Int] = []
    private var i = 0
    private var gap: UInt8 = 0
    private var syncByte = 0
    private var syncScalar = 0

    /// Prepares a scan of `text`.
    init(_ text: FrenchBytes, lexicon: FrenchLexicon, scratch: UnsafeMutableBufferPointer<UInt8>) {
        self.text = text
        self.lexicon = lexicon
        self.scratch = scratch
    }

    private var n: Int { text.n }

    // MARK: - Main loop

    /// Scans the whole text.
    mutating func run() {
        tokens.reserveCapacity(text.n / 5 + 16)
        flags.reserveCapacity(text.n / 5 + 16)
        let p = text.p
        let ascii = text.ascii
        while i < n {
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
                    scanWord(from: i, wordStart: i)
                } else {
                    scanOther(cls, length: 1)
                }
            } else {
                let (cls, length) = text.classifyMultibyte(i)
                if cls == C.space {
                    gap |= Flag.space
                    i += length
                } else if cls == C.newline {
                    lineBreak()
                    i += length
                } else if C.isWord(cls) {
                    scanWord(from: i, wordStart: i)
                } else {
                    scanOther(cls, length: length)
                }
            }
        }
    }

    @inline(__always)
    private mutating func lineBreak() {
        if gap & Flag.newline != 0 { gap |= Flag.blankLine }
        gap |= Flag.space | Flag.newline
    }

    // MARK: - Emitting

    /// The scalar offset of byte `position`; positions must not decrease between calls.
    @inline(__always)
    private mutating func scalarOffset(_ position: Int) -> Int {
        let p = text.p
        var k = syncByte, count = syncScalar
        while k < position {
            count &+= p[k] & 0xC0 != 0x80 ? 1 : 0
            k += 1
        }
        syncByte = position
        syncScalar = count
        return count
    }

    @inline(__always)
    private mutating func emit(_ start: Int, _ end: Int, _ kind: TokenKind, _ flag: UInt8 = 0) {
        let scalarStart = scalarOffset(start)
        let scalarEnd = scalarOffset(end)
        tokens.append(Token(utf8Start: start, utf8End: end, scalarStart: scalarStart, scalarEnd: scalarEnd, kind: kind))
        flags.append(gap | flag)
        gap = 0
    }

    /// Moves the end of the last token to `end`.
    private mutating func extendLast(to end: Int, flag: UInt8 = 0) {
        let last = tokens.count - 1
        tokens[last].utf8End = Int32(truncatingIfNeeded: end)
        tokens[last].scalarEnd = Int32(truncatingIfNeeded: scalarOffset(end))
        flags[last] |= flag
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
        if start == wordStart, let end = urlEnd(start) {
            emit(start, end, .link)
            i = end
            return
        }
        let p = text.p
        let ascii = text.ascii
        connectors.removeAll(keepingCapacity: true)
        var j = wordStart
        var hasDigit = false
        var segmentStart = j
        scan: while true {
            while j < n {
                let byte = p[j]
                if byte < 0x80 {
                    let cls = ascii[Int(byte)]
                    if cls == C.lower || cls == C.upper {
                        j += 1
                    } else if cls == C.digit {
                        hasDigit = true
                        j += 1
                    } else {
                        break
                    }
                } else {
                    let (cls, length) = text.classifyMultibyte(j)
                    guard C.isWord(cls) else { break }
                    j += length
                }
            }
            guard j < n else { break }
            let byte = p[j]
            switch byte {
            case UInt8(ascii: "-"):
                if text.isWord(at: j + 1) {
                    connectors.append(Connector(position: j, length: 1, kind: C.hyphen))
                    j += 1
                    segmentStart = j
                    continue scan
                }
            case UInt8(ascii: "'"):
                if apostropheJoins(j, 1) {
                    connectors.append(Connector(position: j, length: 1, kind: C.apostrophe))
                    j += 1
                    segmentStart = j
                    continue scan
                }
            case UInt8(ascii: "."):
                if text.isWord(at: j + 1) {
                    connectors.append(Connector(position: j, length: 1, kind: C.period))
                    j += 1
                    segmentStart = j
                    continue scan
                }
                if j + 2 < n, p[j + 1] == UInt8(ascii: "-"), text.isLetter(at: j + 2),
                   text.isSingleScalar(segmentStart, j), text.isLetter(at: segmentStart) {
                    connectors.append(Connector(position: j, length: 1, kind: C.period))
                    connectors.append(Connector(position: j + 1, length: 1, kind: C.hyphen))
                    j += 2
                    segmentStart = j
                    continue scan
                }
            case UInt8(ascii: ","):
                if text.isDigit(at: j - 1), text.isDigit(at: j + 1) {
                    connectors.append(Connector(position: j, length: 1, kind: C.comma))
                    j += 1
                    segmentStart = j
                    continue scan
                }
            case UInt8(ascii: "_"):
                if text.isWord(at: j + 1) {
                    connectors.append(Connector(position: j, length: 1, kind: C.other))
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
                    connectors.append(Connector(position: j, length: 1, kind: C.other))
                    j = end
                    continue scan
                }
            default:
                if byte >= 0x80 {
                    let (cls, length) = text.classifyMultibyte(j)
                    if cls == C.apostrophe, apostropheJoins(j, length) {
                        connectors.append(Connector(position: j, length: length, kind: C.apostrophe))
                        j += length
                        segmentStart = j
                        continue scan
                    }
                    if cls == C.hyphen, text.isWord(at: j + length) {
                        connectors.append(Connector(position: j, length: length, kind: C.hyphen))
                        j += length
                        segmentStart = j
                        continue scan
                    }
                    if cls == C.middleDot, text.isLetter(at: j + length) {
                        connectors.append(Connector(position: j, length: length, kind: C.other))
                        j += length
                        segmentStart = j
                        continue scan
                    }
                }
            }
            break
        }
        var end = j
        if connectors.isEmpty {
            if hasDigit, text.isDigit(at: wordStart) {
                end = emitNumber(start, wordStart, end, join: true)
            } else {
                emit(start, end, start == wordStart ? .word : .number)
            }
        } else {
            splitSpan(start, wordStart, end)
        }
        i = end
        finishSpan(end)
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
                if contains(lexicon.wholeElided, position, end) { break }
                guard contains(lexicon.elisions, position, apostrophe.position) else { break }
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

    private mutating func finishSpan(_ end: Int) {
        guard end < n else { return }
        let last = tokens.count - 1
        let lastStart = Int(tokens[last].utf8Start)
        guard Int(tokens[last].utf8End) == end else { return }
        let byte = text[end]
        if byte == UInt8(ascii: ".") {
            guard tokens[last].kind == .word else { return }
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
            if tokens[last].kind == .word, contains(lexicon.elisions, lastStart, end),
               end + length >= n || text.classAt(end + length).cls == C.space {
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
            let letter = text[start]
            guard letter == UInt8(ascii: "I") || letter == UInt8(ascii: "V") || letter == UInt8(ascii: "X"),
                  tokens.count >= 2 else { return true }
            let previous = tokens[tokens.count - 2]
            return !(previous.kind == .word && Int(previous.utf8End) < start
                && text.classAt(Int(previous.utf8Start)).cls == C.upper)
        default:
            return true
        }
    }

    // MARK: - Links

    /// The end of a URL starting at `start` (`http://`, `https://`, `ftp://`, `www.`), or nil.
    private func urlEnd(_ start: Int) -> Int? {
        let first = text[start] | 0x20
        guard first == UInt8(ascii: "h") || first == UInt8(ascii: "w") || first == UInt8(ascii: "f") else { return nil }
        var bodyStart = -1
        for prefix in ["https://", "http://", "www.", "ftp://"] where hasPrefix(prefix, at: start) {
            bodyStart = start + prefix.utf8.count
            break
        }
        guard bodyStart > 0, text.isWord(at: bodyStart) else { return nil }
        var end = bodyStart
        var parentheses = 0
        while end < n {
            let byte = text[end]
            if byte <= 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") {
                break
            }
            if byte >= 0x80 {
                let (cls, length) = text.classAt(end)
                if cls == C.space || cls == C.newline || cls == C.openQuote || cls == C.closeQuote || cls == C.apostrophe {
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

    /// Whether the ASCII `prefix` starts at `start`, ignoring case.
    private func hasPrefix(_ prefix: String, at start: Int) -> Bool {
        var k = start
        for byte in prefix.utf8 {
            guard k < n, text[k] | (byte >= 0x61 ? 0x20 : 0) == byte else { return false }
            k += 1
        }
        return true
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
