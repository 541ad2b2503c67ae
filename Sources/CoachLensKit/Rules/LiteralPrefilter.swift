/// Words a pattern cannot match without: a set of folded word starts, one of which must begin a word of any
/// text the pattern matches. Found by reading the pattern as written (before accent tolerance), for the
/// shapes rule packs use: literals, `\b`, `\s`, classes, groups with alternatives, quantifiers, lookarounds.
/// Anything not understood makes the reader give up on that part, never guess, so a pattern without a
/// provable word simply runs on every text.
///
/// This is what lets the analysis skip most patterns on most texts instead of running every pattern over
/// every byte.
public struct LiteralPrefilter: Sendable, Equatable {
    /// Folded word starts, at least ``WordPrefixIndex/minPrefix`` bytes each.
    let words: [[UInt8]]
    /// Their index keys, computed once.
    private let keys: [UInt64]

    /// The prefilter of `pattern`, or nil when no required word can be proven.
    public static func of(_ pattern: String) -> LiteralPrefilter? {
        var parser = PatternReader(Array(pattern.unicodeScalars))
        guard let words = parser.alternation(boundaryBefore: false).words, parser.atEnd,
              words.allSatisfy({ $0.count >= WordPrefixIndex.minPrefix }) else { return nil }
        return LiteralPrefilter(words: words, keys: Array(Set(words.map(WordPrefixIndex.key))).sorted())
    }

    /// Whether the text indexed by `index` may hold a match.
    public func mayMatch(in index: WordPrefixIndex) -> Bool {
        keys.contains { index.containsWord(withKey: $0) }
    }

    /// The sentences holding one of the required words, ascending: a match lies in (or, for a paragraph
    /// rule, around) one of them.
    func candidateSentences(in index: WordPrefixIndex) -> [Int] {
        index.sentences(holdingAnyOf: keys)
    }
}

/// A small recursive reader of PCRE2 syntax that computes, for each sequence, the best set of required word
/// starts. `boundary` tracks whether the next character, if a word character, must begin a word.
private struct PatternReader {
    private let scalars: [Unicode.Scalar]
    private var position = 0

    init(_ scalars: [Unicode.Scalar]) { self.scalars = scalars }

    var atEnd: Bool { position >= scalars.count }

    private var current: Unicode.Scalar? { position < scalars.count ? scalars[position] : nil }

    /// `a|b|c`: a set only when every alternative has one (their union); and whether every alternative ends
    /// where a word must begin next.
    mutating func alternation(boundaryBefore: Bool) -> (words: [[UInt8]]?, endsAtBoundary: Bool) {
        var union: [[UInt8]] = []
        var complete = true
        var endsAtBoundary = true
        while true {
            let (words, boundary) = sequence(boundaryBefore: boundaryBefore)
            if let words { union += words } else { complete = false }
            endsAtBoundary = endsAtBoundary && boundary
            guard current == "|" else { break }
            position += 1
        }
        return (complete ? union : nil, endsAtBoundary)
    }

    /// One alternative: the candidate whose shortest word is longest, and whether it ends where a word must
    /// begin next.
    private mutating func sequence(boundaryBefore: Bool) -> (words: [[UInt8]]?, endsAtBoundary: Bool) {
        var boundary = boundaryBefore
        var best: [[UInt8]]?
        var run: [UInt8]? = nil   // the word being read, when it started at a boundary
        func consider(_ candidate: [[UInt8]]?) {
            guard let candidate, !candidate.isEmpty else { return }
            let shortest = candidate.map(\.count).min() ?? 0
            if shortest > (best?.map(\.count).min() ?? 0) { best = candidate }
        }
        func endRun() {
            if let word = run { consider([word]) }
            run = nil
        }
        while let scalar = current, scalar != "|", scalar != ")" {
            let atom = readAtom(boundary: boundary)
            let (minimum, _) = readQuantifier()
            switch atom {
            case let .character(folded):
                guard let folded else { endRun(); boundary = false; continue }
                if folded.isEmpty {
                    endRun()
                    if minimum >= 1 { boundary = true }
                } else if minimum == 1, quantifierIsExactlyOne {
                    if run == nil, boundary { run = [] }
                    run? += folded
                    boundary = false
                } else {
                    // A quantified letter ends what can be relied on: `clients?` needs « client ».
                    if minimum >= 1, run != nil { run? += folded }
                    endRun()
                    boundary = false
                }
            case .nonWordClass:
                endRun()
                if minimum >= 1 { boundary = true }
            case .wordBoundary:
                endRun()
                boundary = true
            case .zeroWidth:
                break
            case let .group(words, endsAtBoundary):
                endRun()
                if minimum >= 1 { consider(words) }
                // `(?:l['’]|notre\s+)équipe`: every way through the group ends before a word start; an optional
                // group keeps that only if the text before it did too.
                boundary = endsAtBoundary && (minimum >= 1 || boundary)
            case .other:
                endRun()
                boundary = false
            }
        }
        endRun()
        return (best, boundary)
    }

    private var quantifierIsExactlyOne = true

    private enum Atom {
        /// A literal: its folded bytes (empty for a non-word character, nil for a letter that cannot be folded).
        case character([UInt8]?)
        /// A class or escape matching only non-word characters (`\s`, `['’]`, `\W`).
        case nonWordClass
        /// `\b`.
        case wordBoundary
        /// An assertion that consumes nothing (`^`, `$`, lookarounds, `\A`).
        case zeroWidth
        /// A capturing or non-capturing group with its required words, and whether it ends before a word start.
        case group([[UInt8]]?, endsAtBoundary: Bool)
        /// Anything else.
        case other
    }

    private mutating func readAtom(boundary: Bool) -> Atom {
        let scalar = scalars[position]
        position += 1
        switch scalar {
        case "\\": return readEscape()
        case "[": return readClass()
        case "(": return readGroup(boundary: boundary)
        case "^", "$": return .zeroWidth
        case ".": return .other
        default: return .character(Self.literal(scalar))
        }
    }

    /// A literal's folded bytes: empty for a non-word character, nil for a letter that cannot be relied on.
    private static func literal(_ scalar: Unicode.Scalar) -> [UInt8]? {
        switch WordFolding.fold(scalar) {
        case .separator: return []
        case let .ascii(first, second): return second.map { [first, $0] } ?? [first]
        case .other: return nil
        }
    }

    private mutating func readEscape() -> Atom {
        guard let scalar = current else { return .other }
        position += 1
        switch scalar {
        case "b": return .wordBoundary
        case "B", "A", "z", "Z", "G", "K": return .zeroWidth
        case "s", "W", "h", "v", "R", "n", "t", "r", "f": return .nonWordClass
        case "p", "P", "x", "o", "N", "c":
            // \p{…}, \x{…}, \o{…}: skip the argument; its character class is not read.
            if current == "{" { while let next = current, next != "}" { position += 1 }; position += 1 }
            else if scalar != "N" { position += 1 }
            return .other
        case "0"..."9", "w", "d", "D", "S", "H", "V", "X", "C", "E", "Q", "g", "k":
            return .other
        default:
            return .character(Self.literal(scalar))
        }
    }

    /// A class: non-word when every member is a non-word literal (`['’]`, `[\s,;]`); otherwise unknown.
    private mutating func readClass() -> Atom {
        var nonWordOnly = current != "^"
        if current == "^" { position += 1 }
        if current == "]" { position += 1; nonWordOnly = false }
        while let scalar = current, scalar != "]" {
            position += 1
            if scalar == "\\" {
                if let escaped = current {
                    position += 1
                    if !"sWhvRntrf.-,;:!?'’()[]{}/\\\"«»".unicodeScalars.contains(escaped) { nonWordOnly = false }
                }
            } else if scalar == "[" {
                nonWordOnly = false
            } else if WordFolding.fold(scalar) != .separator {
                nonWordOnly = false
            }
        }
        position += 1
        return nonWordOnly ? .nonWordClass : .other
    }

    private mutating func readGroup(boundary: Bool) -> Atom {
        var lookaround = false
        var optionsOnly = false
        if current == "?" {
            position += 1
            switch current {
            case ":", ">", "|":
                position += 1
            case "=", "!":
                position += 1
                lookaround = true
            case "<" where position + 1 < scalars.count && (scalars[position + 1] == "=" || scalars[position + 1] == "!"):
                position += 2
                lookaround = true
            case "<", "P", "'":
                while let scalar = current, scalar != ">", scalar != "'" { position += 1 }
                position += 1
            default:
                // Inline options: `(?i)`, `(?m:…)`, `(?-i:…)`.
                while let scalar = current, scalar != ":", scalar != ")" { position += 1 }
                if current == ")" { optionsOnly = true } else { position += 1 }
            }
        } else if current == "*" {
            optionsOnly = true
        }
        if optionsOnly {
            while let scalar = current, scalar != ")" { position += 1 }
            position += 1
            return .zeroWidth
        }
        let (words, endsAtBoundary) = alternation(boundaryBefore: boundary)
        position += 1
        return lookaround ? .zeroWidth : .group(words, endsAtBoundary: endsAtBoundary)
    }

    /// Reads a quantifier after an atom: its minimum, and whether it allows more than one.
    private mutating func readQuantifier() -> (Int, Bool) {
        quantifierIsExactlyOne = true
        guard let scalar = current else { return (1, false) }
        var result: (Int, Bool)
        switch scalar {
        case "?": result = (0, false)
        case "*": result = (0, true)
        case "+": result = (1, true)
        case "{":
            var end = position + 1
            var text = ""
            while end < scalars.count, scalars[end] != "}" { text.unicodeScalars.append(scalars[end]); end += 1 }
            let parts = text.split(separator: ",", omittingEmptySubsequences: false)
            guard end < scalars.count, let minimum = Int(parts.first ?? "") else { return (1, false) }
            position = end
            result = (minimum, parts.count > 1 || minimum > 1)
        default:
            return (1, false)
        }
        position += 1
        if current == "?" || current == "+" { position += 1 }
        quantifierIsExactlyOne = false
        return result
    }
}
