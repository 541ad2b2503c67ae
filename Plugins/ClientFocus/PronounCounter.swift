import CoachLensKit

/// Exact pronoun counts over a document's tokens.
///
/// The counter reads the tokenizer's tokens but does not depend on how it splits a form: word and clitic tokens
/// written without a space between them form one chunk (`dites` `-moi`, `j'` `ai`, or `dites-moi` whole), and each
/// chunk is cut into atoms at hyphens and apostrophes (the apostrophe stays with the elided word: `j'`). Each atom
/// is classified with its neighbours as context:
///
/// - `j'`, `m'` and `t'` count when elided; `t'` and a hyphenated `-t-` before il, elle, on, ils, elles are the
///   euphonic t (`a-t-il`, `a-t'il`), not a pronoun; `-t-en` and `t'en` are « te » (`va-t'en`).
/// - `Me` before a capitalised name is Maître (`Me Dupont`), `Notre` before `Dame` a place name.
/// - `ton` after a determiner (`le ton`, `sur un ton`, `quel ton`), in `de ton` ending a clause, or before a word
///   that cannot follow the possessive (`changer de ton ne suffit pas`, `un ton de voix`) is the noun.
/// - `vous` after `rendez` is the noun `rendez-vous` (its determiner still counts), except in the imperative
///   (`Rendez-vous sur notre site`, `rendez-vous compte`).
/// - `vous vous`, subject then object, counts once; so does `-vous vous` (`pouvez-vous vous présenter`).
/// - `tien`, `tienne`, `tiens`, `tiennes` count only after an article (`le tien`), since `tiens` is mostly the verb.
enum PronounCounter {
    /// One counted pronoun.
    struct Hit: Sendable, Equatable {
        /// Its class.
        var pronoun: PronounClass
        /// The index of its sentence.
        var sentence: Int
        /// The UTF-8 byte range of the pronoun (the apostrophe of an elided form included, a clitic's hyphen not).
        var utf8Range: Range<Int>
    }

    /// A piece of a sentence: a word part cut at hyphens and apostrophes, or a token that is not a word.
    struct Atom {
        enum Kind { case word, punctuation, other }
        var kind: Kind
        var utf8Range: Range<Int>
        /// Lowercased, without its apostrophe; empty when longer than any pronoun.
        var text: String
        /// Written with an apostrophe after it (`j'`).
        var elided = false
        /// Written against the previous atom, with no space (`-moi` after `dites`).
        var joined = false
        /// Starts with a capital letter.
        var capitalised = false
    }

    /// Atoms longer than this many bytes are never pronouns (`miennes`, `nôtres` are 7 bytes).
    static let longestPronoun = 8

    static let firstSingular: Set<String> = ["je", "moi", "mon", "ma", "mes", "mien", "mienne", "miens", "miennes"]
    static let firstPlural: Set<String> = ["nous", "notre", "nos", "nôtre", "nôtres"]
    static let secondPerson: Set<String> = ["votre", "vos", "vôtre", "vôtres", "tu", "te", "toi", "ta", "tes"]
    static let possessivePronouns: Set<String> = ["tien", "tienne", "tiens", "tiennes"]
    /// Subjects after which `-t-` is euphonic.
    static let euphonicSubjects: Set<String> = ["il", "elle", "on", "ils", "elles"]
    /// Words before `ton` that make it the noun « tone ».
    static let toneDeterminers: Set<String> = [
        "le", "un", "du", "au", "ce", "cet", "quel", "même", "bon", "mauvais", "mon", "ton", "son", "notre", "votre",
        "leur", "leurs", "grand", "petit", "nouveau", "autre", "demi",
    ]
    /// Words that never follow the possessive `ton`, which needs a noun or an adjective: `ton` before them is the
    /// noun « tone » (not `plus`, `très`: « ton plus gros client »).
    static let afterToneNoun: Set<String> = [
        "ne", "n", "et", "ou", "mais", "pour", "avec", "dans", "quand", "si", "sans", "car", "que", "qu", "qui", "est",
        "était", "sera", "de", "d", "du", "des", "sur", "par", "se", "s", "il", "elle", "on", "je", "j", "tu", "nous",
        "vous", "ça", "c",
    ]
    /// Articles that make `tien…` a possessive pronoun.
    static let articles: Set<String> = ["le", "la", "les", "du", "des", "au", "aux"]
    /// Words that may open an imperative `rendez-vous` (`Alors, rendez-vous sur…`).
    static let imperativeOpeners: Set<String> = ["alors", "donc", "puis", "et", "ensuite", "maintenant", "bref", "vite"]
    /// Words after `rendez-vous` that make it the imperative of « se rendre » (not `chez`, `dans`, `dès`, `vers`:
    /// « Rendez-vous chez Aubry », « Rendez-vous dans quinze jours » head call notes as the noun).
    static let imperativeFollowers: Set<String> = ["sur", "compte", "service", "vite", "directement", "utile", "utiles"]

    /// Every pronoun of `document`, in text order.
    static func hits(in document: AnalyzedDocument) -> [Hit] {
        var hits: [Hit] = []
        let tokens = document.tokens
        for (index, sentence) in document.sentences.enumerated() {
            let atoms = atoms(of: tokens[sentence.tokens], in: document.utf8)
            var counted = [PronounClass?](repeating: nil, count: atoms.count)
            for position in atoms.indices where atoms[position].kind == .word {
                counted[position] = classify(position, in: atoms, counted: counted, utf8: document.utf8)
                if let pronoun = counted[position] {
                    hits.append(Hit(pronoun: pronoun, sentence: index, utf8Range: atoms[position].utf8Range))
                }
            }
        }
        return hits
    }

    /// The class of the word atom at `position`, or nil when it is not a counted pronoun there.
    static func classify(_ position: Int, in atoms: [Atom], counted: [PronounClass?], utf8: [UInt8]) -> PronounClass? {
        let atom = atoms[position]
        let previous = position > 0 && atoms[position - 1].kind == .word ? atoms[position - 1] : nil
        let next = position + 1 < atoms.count && atoms[position + 1].kind == .word ? atoms[position + 1] : nil
        if atom.elided {
            switch atom.text {
            case "j", "m": return .firstSingular
            case "t": return next.map { euphonicSubjects.contains($0.text) } == true ? nil : .secondPerson
            default: return nil
            }
        }
        switch atom.text {
        case "me":
            return isMaitre(position, in: atoms, utf8: utf8) ? nil : .firstSingular
        case "notre":
            return atom.capitalised && next?.text == "dame" && next?.capitalised == true ? nil : .firstPlural
        case "vous":
            if previous?.text == "rendez", !isImperativeRendezVous(position, in: atoms) { return nil }
            if previous?.text == "vous", counted[position - 1] == .secondPerson { return nil }
            return .secondPerson
        case "ton":
            if let previous, toneDeterminers.contains(previous.text) { return nil }
            if previous?.text == "de", next == nil { return nil }
            if let next, !next.joined, afterToneNoun.contains(next.text) { return nil }
            return .secondPerson
        case "t":
            // A hyphenated t: euphonic before il, elle, on; « te » in `va-t-en`; otherwise not a pronoun (t-shirt).
            return atom.joined && next?.joined == true && next?.text == "en" ? .secondPerson : nil
        case "on":
            return .on
        case let text where firstSingular.contains(text):
            return .firstSingular
        case let text where firstPlural.contains(text):
            return .firstPlural
        case let text where secondPerson.contains(text):
            return .secondPerson
        case let text where possessivePronouns.contains(text):
            return previous.map { articles.contains($0.text) } == true ? .secondPerson : nil
        default:
            return nil
        }
    }

    /// Whether the `Me` at `position` is the title Maître: written `Me` and followed by a capitalised name.
    static func isMaitre(_ position: Int, in atoms: [Atom], utf8: [UInt8]) -> Bool {
        let atom = atoms[position]
        guard atom.capitalised, !atom.joined, utf8[atom.utf8Range.lowerBound + 1] == UInt8(ascii: "e") else {
            return false
        }
        var following = position + 1
        // `Me. Dupont`: skip the abbreviation's period.
        if following < atoms.count, atoms[following].kind == .punctuation,
           atoms[following].utf8Range.count == 1, utf8[atoms[following].utf8Range.lowerBound] == UInt8(ascii: ".") {
            following += 1
        }
        return following < atoms.count && atoms[following].kind == .word && atoms[following].capitalised
            && !atoms[following].joined
    }

    /// Whether the `vous` at `position`, after `rendez`, is the imperative of « se rendre » rather than the noun.
    static func isImperativeRendezVous(_ position: Int, in atoms: [Atom]) -> Bool {
        let before = position >= 2 ? atoms[position - 2] : nil
        if before?.kind == .word, before?.text == "vous" { return true }
        let opensClause = before == nil || before?.kind == .punctuation
            || (before?.kind == .word && imperativeOpeners.contains(before!.text))
        guard opensClause, position + 1 < atoms.count, atoms[position + 1].kind == .word else { return false }
        return imperativeFollowers.contains(atoms[position + 1].text)
    }

    // MARK: - Atoms

    /// The atoms of a sentence's tokens.
    static func atoms(of tokens: ArraySlice<Token>, in utf8: [UInt8]) -> [Atom] {
        var atoms: [Atom] = []
        atoms.reserveCapacity(tokens.count + 4)
        var previousEnd = -1
        var pendingJoin = false
        for token in tokens {
            let start = Int(token.utf8Start), end = Int(token.utf8End)
            let adjacent = start == previousEnd && atoms.last?.kind == .word
            defer { previousEnd = end }
            switch token.kind {
            case .word, .clitic:
                appendWord(start..<end, joined: adjacent || pendingJoin, in: utf8, to: &atoms)
                pendingJoin = false
            case .punctuation where adjacent && separator(at: start, in: utf8)?.length == end - start,
                 .symbol where adjacent && separator(at: start, in: utf8)?.length == end - start:
                // A lone apostrophe or hyphen the tokenizer split off (an acute accent typed for an apostrophe is a
                // symbol to it): it joins, as inside a word.
                if separator(at: start, in: utf8)?.isApostrophe == true {
                    atoms[atoms.count - 1].elided = true
                    atoms[atoms.count - 1].utf8Range = atoms[atoms.count - 1].utf8Range.lowerBound..<end
                } else {
                    pendingJoin = true
                }
                previousEnd = end
                continue
            case .punctuation:
                atoms.append(Atom(kind: .punctuation, utf8Range: start..<end, text: ""))
                pendingJoin = false
            default:
                atoms.append(Atom(kind: .other, utf8Range: start..<end, text: ""))
                pendingJoin = false
            }
        }
        return atoms
    }

    /// Cuts one word token into atoms at its apostrophes and hyphens.
    static func appendWord(_ range: Range<Int>, joined: Bool, in utf8: [UInt8], to atoms: inout [Atom]) {
        var partStart = range.lowerBound
        var join = joined
        var position = range.lowerBound
        func emit(_ end: Int, elided: Bool, textEnd: Int) {
            guard end > partStart, textEnd > partStart else { return }
            atoms.append(atom(partStart..<end, textEnd: textEnd, elided: elided, joined: join, in: utf8))
            // The next parts of the token are written against this one.
            join = true
        }
        while position < range.upperBound {
            guard let separator = separator(at: position, in: utf8) else {
                position += 1
                continue
            }
            let after = position + separator.length
            if separator.isApostrophe {
                emit(after, elided: true, textEnd: position)
            } else {
                emit(position, elided: false, textEnd: position)
            }
            partStart = after
            position = after
        }
        emit(range.upperBound, elided: false, textEnd: range.upperBound)
    }

    /// An atom over `range`, its text read up to `textEnd` (before an apostrophe).
    static func atom(_ range: Range<Int>, textEnd: Int, elided: Bool, joined: Bool, in utf8: [UInt8]) -> Atom {
        let first = utf8[range.lowerBound]
        let capitalised = (first >= 0x41 && first <= 0x5A)
            || (first == 0xC3 && range.count > 1 && (0x80...0x9E).contains(utf8[range.lowerBound + 1]))
        let length = textEnd - range.lowerBound
        let text = length <= longestPronoun
            ? String(decoding: utf8[range.lowerBound..<textEnd], as: UTF8.self).lowercased() : ""
        return Atom(kind: .word, utf8Range: range, text: text, elided: elided, joined: joined, capitalised: capitalised)
    }

    /// The apostrophe or hyphen starting at `position`, if any: ' ’ ‘ ʼ, the acute accent ´ that some keyboards
    /// type for an apostrophe (« j´ai »), and - ‐ ‑.
    static func separator(at position: Int, in utf8: [UInt8]) -> (length: Int, isApostrophe: Bool)? {
        let byte = utf8[position]
        if byte == UInt8(ascii: "'") { return (1, true) }
        if byte == UInt8(ascii: "-") { return (1, false) }
        if byte == 0xCA, position + 1 < utf8.count, utf8[position + 1] == 0xBC { return (2, true) }
        if byte == 0xC2, position + 1 < utf8.count, utf8[position + 1] == 0xB4 { return (2, true) }
        if byte == 0xE2, position + 2 < utf8.count, utf8[position + 1] == 0x80 {
            switch utf8[position + 2] {
            case 0x98, 0x99: return (3, true)
            case 0x90, 0x91: return (3, false)
            default: return nil
            }
        }
        return nil
    }
}
