/// Closed word lists of general French used by the tokenizer: elided forms, inverted clitics, lexicalised compounds,
/// abbreviations and function words. Entries of the folded sets are lowercase, with `'` for any apostrophe and `-`
/// for any hyphen (see `fold`).
final class FrenchLexicon: Sendable {
    /// Words that elide before a vowel and split off with their apostrophe: `l'`, `qu'`, `jusqu'` (folded, no
    /// apostrophe). The scanner checks the one- and two-letter ones (`l`, `d`, `qu`, `ç` ...) on the bytes, and this
    /// set for the longer ones.
    let elisions: ByteWordSet
    /// Forms with an elided word that stay whole (folded): `l'on`, `c'est-à-dire`, and `t'il` (the common misspelling
    /// of `-t-il`).
    let wholeElided: ByteWordSet
    /// The first bytes (lowercase) of the `wholeElided` forms, indexed by byte.
    let wholeElidedInitials: [Bool]
    /// Pronouns that split off an inverted verb with their hyphen: `-il`, `-moi`, `-ce` (folded, no hyphen).
    let clitics: ByteWordSet
    /// Subjects that take a euphonic `-t-` (`a-t-il`).
    let euphonicSubjects: ByteWordSet
    /// Hosts of `-ci` and `-là` that make a lexicalised compound (`celui-ci`, `par-là`).
    let demonstrativeHosts: ByteWordSet
    /// Hyphenated compounds whose last part looks like a clitic but stay whole (folded): `rendez-vous`, `chez-moi`.
    let cliticLikeCompounds: ByteWordSet
    /// Abbreviations taking a period that never ends a sentence, matched with their case: `M`, `Mme`, `Dr`.
    let titles: ByteWordSet
    /// Abbreviations taking a period that never ends a sentence (folded): `cf`, `p`, `av`, `chap`.
    let abbreviations: ByteWordSet
    /// Abbreviations taking a period before a number (folded): `art. 5`, `vol. 2`, `fig. 3`.
    let numberAbbreviations: ByteWordSet
    /// Abbreviations taking a period that may end a sentence (folded): `etc`, `inc`.
    let finalAbbreviations: ByteWordSet
    /// The longest entry of `titles`, `abbreviations`, `numberAbbreviations` and `finalAbbreviations`, in bytes: a
    /// longer word before a period is no abbreviation.
    let abbreviationMaxLength: Int
    /// Ordinal suffixes after digits (folded): `er`, `ère`, `e`, `ème`, `nd`.
    let ordinalSuffixes: ByteWordSet
    /// Units written with a slash that stay whole (folded): `km/h`, `m/s`.
    let slashUnits: ByteWordSet
    /// Words that cannot end a sentence (folded), for line breaks inside hard-wrapped text: `de`, `la`, `et`.
    let functionWords: ByteWordSet
    /// Capitalised words that start a new sentence after a semicolon (folded): `il`, `les`, `en`.
    let sentenceOpeners: ByteWordSet
    /// Top-level domains that make `name.tld` a link (folded).
    let domains: ByteWordSet

    /// The shared lexicon.
    static let shared = FrenchLexicon()

    private init() {
        elisions = ByteWordSet([
            "l", "d", "j", "m", "n", "s", "t", "c", "ç", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "y",
        ])
        let whole = ["l'on", "c'est-à-dire", "t'il", "t'elle", "t'on", "t'ils", "t'elles"]
        wholeElided = ByteWordSet(whole)
        var initials = [Bool](repeating: false, count: 256)
        for form in whole { initials[Int(form.utf8.first!)] = true }
        wholeElidedInitials = initials
        clitics = ByteWordSet([
            "je", "tu", "il", "ils", "elle", "elles", "on", "nous", "vous", "le", "la", "les", "lui", "leur",
            "moi", "toi", "ce", "y", "en", "ci", "là",
        ])
        euphonicSubjects = ByteWordSet(["il", "elle", "on", "ils", "elles", "en"])
        demonstrativeHosts = ByteWordSet([
            "celui", "celle", "ceux", "celles", "par", "de", "jusque", "ci", "là", "ce", "entre",
        ])
        cliticLikeCompounds = ByteWordSet([
            "rendez-vous", "chez-moi", "chez-toi", "chez-soi", "chez-lui", "chez-nous", "chez-vous",
            "sans-le-sou", "va-t-en-guerre", "m'as-tu-vu", "qu'en-dira-t-on", "on-dit", "ci-dessous",
        ])
        titles = ByteWordSet([
            "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Mgr", "Me", "Dr", "Drs", "Pr", "Prof", "St", "Ste", "Sts",
            "Mr", "Mrs", "Ms", "Jr", "Sr", "Gal", "Gén", "Lt", "Cdt", "Cne", "Sgt", "Art", "Bd", "Vol",
            "Chap", "Fig", "Réf",
        ])
        abbreviations = ByteWordSet([
            "cf", "p", "pp", "av", "apr", "ex", "chap", "env", "coll", "éd", "éds", "dir", "trad", "réf", "al",
            "op", "cit", "ibid", "id", "boul", "hab", "janv", "févr", "avr", "juil", "oct", "nov", "déc", "vs",
            "c-à-d", "cad", "dép", "arr", "sq", "sqq", "v", "suiv", "approx", "resp", "spp", "sp", "tél", "pers",
        ])
        numberAbbreviations = ByteWordSet(["vol", "art", "fig", "no", "t", "ch", "n", "nos", "tab", "éq"])
        finalAbbreviations = ByteWordSet(["etc", "inc", "ltd", "cie", "corp", "co", "bros"])
        abbreviationMaxLength = max(
            titles.maxLength, abbreviations.maxLength, numberAbbreviations.maxLength, finalAbbreviations.maxLength)
        ordinalSuffixes = ByteWordSet([
            "e", "er", "ers", "re", "res", "ère", "ères", "ème", "èmes", "eme", "emes", "ième", "ièmes", "ieme",
            "iemes", "è", "nd", "nde", "nds", "ndes", "d", "de", "es", "ier",
        ])
        slashUnits = ByteWordSet([
            "km/h", "m/s", "km/s", "g/l", "mg/l", "tr/min", "l/h", "kg/h", "m/min", "t/h", "kw/h", "km/l",
        ])
        functionWords = ByteWordSet([
            "de", "du", "des", "la", "le", "les", "l'", "d'", "un", "une", "et", "ou", "à", "au", "aux", "en",
            "pour", "par", "sur", "dans", "avec", "sans", "sous", "chez", "vers", "entre", "que", "qu'", "qui",
            "ne", "n'", "se", "s'", "sa", "son", "ses", "mon", "ma", "mes", "ton", "ta", "tes", "notre", "nos",
            "votre", "vos", "leur", "leurs", "ce", "cet", "cette", "ces", "c'", "j'", "m'", "t'", "mais",
            "car", "comme", "lorsque", "puisque", "dont", "très", "je", "tu", "ils", "elles",
        ])
        sentenceOpeners = ByteWordSet([
            "le", "la", "les", "l'", "un", "une", "des", "du", "de", "d'", "il", "ils", "elle", "elles", "on",
            "je", "j'", "nous", "vous", "ce", "c'", "cet", "cette", "ces", "cela", "ceci", "en", "au", "aux",
            "dans", "pour", "après", "avant", "mais", "puis", "ainsi", "depuis", "pendant", "lors", "quand",
            "lorsque", "si", "selon", "son", "sa", "ses", "leur", "leurs", "qu'", "que", "naturellement",
            "cependant", "pourtant", "enfin", "toutefois", "par", "sur", "avec", "tous", "toutes", "tout",
            "certains", "plusieurs", "y", "ici", "là", "alors", "aujourd'hui",
        ])
        domains = ByteWordSet([
            "com", "fr", "org", "net", "eu", "io", "be", "ch", "ca", "info", "gouv", "edu", "de", "uk", "it",
            "es", "biz", "co", "me", "tv",
        ])
    }

    /// Writes `bytes[start..<end]` folded into `buffer` (lowercase, any apostrophe as `'`, any hyphen as `-`) and
    /// returns the folded length, or nil when it does not fit.
    @inline(__always)
    static func fold(
        _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, into buffer: UnsafeMutableBufferPointer<UInt8>
    ) -> Int? {
        var k = start, length = 0
        while k < end {
            guard length < buffer.count else { return nil }
            let byte = bytes[k]
            if byte < 0x80 {
                buffer[length] = byte &- 0x41 < 26 ? byte | 0x20 : byte
                k += 1
            } else if byte == 0xC3, k + 1 < end {
                let next = bytes[k + 1]
                guard length + 1 < buffer.count else { return nil }
                buffer[length] = 0xC3
                buffer[length + 1] = next >= 0x80 && next <= 0x9E && next != 0x97 ? next | 0x20 : next
                length += 1
                k += 2
            } else if byte == 0xE2, k + 2 < end, bytes[k + 1] == 0x80,
                      bytes[k + 2] == 0x98 || bytes[k + 2] == 0x99 || bytes[k + 2] == 0x90 || bytes[k + 2] == 0x91 {
                let last = bytes[k + 2]
                buffer[length] = last >= 0x98 ? UInt8(ascii: "'") : UInt8(ascii: "-")
                k += 3
            } else if byte == 0xCA, k + 1 < end, bytes[k + 1] == 0xBC {
                buffer[length] = UInt8(ascii: "'")
                k += 2
            } else if byte == 0xC5, k + 1 < end, bytes[k + 1] == 0x92 {
                guard length + 1 < buffer.count else { return nil }
                buffer[length] = 0xC5
                buffer[length + 1] = 0x93
                length += 1
                k += 2
            } else {
                buffer[length] = byte
                k += 1
            }
            length += 1
        }
        return length
    }
}
