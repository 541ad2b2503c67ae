@testable import CoachLensKit
import Testing

@Suite struct FrenchTokenizerTests {
    // MARK: - Helpers

    /// The token forms of `text`.
    func forms(_ text: String) -> [String] {
        let utf8 = Array(text.utf8)
        return FrenchTokenizer.tokenize(utf8).tokens.map { String(decoding: utf8[$0.utf8Range], as: UTF8.self) }
    }

    /// The token forms of `text`, sentence by sentence.
    func sentences(_ text: String) -> [[String]] {
        let utf8 = Array(text.utf8)
        let result = FrenchTokenizer.tokenize(utf8)
        return result.sentences.map { sentence in
            result.tokens[sentence.tokens].map { String(decoding: utf8[$0.utf8Range], as: UTF8.self) }
        }
    }

    /// The kinds of the tokens of `text`.
    func kinds(_ text: String) -> [TokenKind] {
        FrenchTokenizer.tokenize(Array(text.utf8)).tokens.map(\.kind)
    }

    /// Checks the structural invariants of a tokenization: ordered tokens without whitespace at their ends, byte
    /// and scalar offsets that agree, sentences and paragraphs that cover every token in order.
    func checkInvariants(_ text: String) {
        let utf8 = Array(text.utf8)
        let scalars = Array(text.unicodeScalars)
        let result = FrenchTokenizer.tokenize(utf8)
        var previousEnd = 0
        for token in result.tokens {
            #expect(token.utf8Start >= previousEnd && token.utf8End > token.utf8Start)
            previousEnd = Int(token.utf8End)
            let bytes = String(decoding: utf8[token.utf8Range], as: UTF8.self)
            let byScalars = String(String.UnicodeScalarView(scalars[Int(token.scalarStart)..<Int(token.scalarEnd)]))
            #expect(bytes == byScalars)
            #expect(bytes.unicodeScalars.first?.properties.isWhitespace == false)
            #expect(bytes.unicodeScalars.last?.properties.isWhitespace == false)
            #expect(!bytes.contains("\n"))
        }
        var nextToken = 0
        for (index, sentence) in result.sentences.enumerated() {
            #expect(sentence.tokens.lowerBound == nextToken && !sentence.tokens.isEmpty)
            nextToken = sentence.tokens.upperBound
            let first = result.tokens[sentence.tokens.lowerBound], last = result.tokens[sentence.tokens.upperBound - 1]
            #expect(sentence.utf8Range == Int(first.utf8Start)..<Int(last.utf8End))
            #expect(sentence.scalarRange == Int(first.scalarStart)..<Int(last.scalarEnd))
            #expect(result.paragraphs[sentence.paragraph].sentences.contains(index))
        }
        #expect(nextToken == result.tokens.count)
        var nextSentence = 0
        for paragraph in result.paragraphs {
            #expect(paragraph.sentences.lowerBound == nextSentence && !paragraph.sentences.isEmpty)
            nextSentence = paragraph.sentences.upperBound
            let first = result.sentences[paragraph.sentences.lowerBound]
            let last = result.sentences[paragraph.sentences.upperBound - 1]
            #expect(paragraph.utf8Range == first.utf8Range.lowerBound..<last.utf8Range.upperBound)
        }
        #expect(nextSentence == result.sentences.count)
    }

    // MARK: - Elisions and compounds

    @Test func elisionsSplitAfterTheApostrophe() {
        #expect(forms("l'homme qu'il voit") == ["l'", "homme", "qu'", "il", "voit"])
        #expect(forms("J'ai attendu jusqu'à midi") == ["J'", "ai", "attendu", "jusqu'", "à", "midi"])
        #expect(forms("lorsqu'elle part, puisqu'on reste") == ["lorsqu'", "elle", "part", ",", "puisqu'", "on", "reste"])
        #expect(forms("s'il n'y a d'autre") == ["s'", "il", "n'", "y", "a", "d'", "autre"])
        #expect(forms("L'« oasis »") == ["L'", "«", "oasis", "»"])
    }

    @Test func elisionsWithTypographicApostrophe() {
        #expect(forms("l’homme qu’il voit") == ["l’", "homme", "qu’", "il", "voit"])
        #expect(forms("J’ai attendu jusqu’à midi") == ["J’", "ai", "attendu", "jusqu’", "à", "midi"])
        #expect(forms("C’est aujourd’hui") == ["C’", "est", "aujourd’hui"])
    }

    @Test func lexicalisedFormsStayWhole() {
        #expect(forms("aujourd'hui quelqu'un") == ["aujourd'hui", "quelqu'un"])
        #expect(forms("d'aujourd'hui") == ["d'", "aujourd'hui"])
        #expect(forms("si l'on veut") == ["si", "l'on", "veut"])
        #expect(forms("c'est-à-dire") == ["c'est-à-dire"])
        #expect(forms("peut-être un rendez-vous ce week-end") == ["peut-être", "un", "rendez-vous", "ce", "week-end"])
        #expect(forms("ceux-ci et celui-là au Royaume-Uni") == ["ceux-ci", "et", "celui-là", "au", "Royaume-Uni"])
        #expect(forms("Saint-Jean-de-Luz, Montigny-le-Bretonneux") == ["Saint-Jean-de-Luz", ",", "Montigny-le-Bretonneux"])
        #expect(forms("un cessez-le-feu") == ["un", "cessez-le-feu"])
    }

    @Test func invertedCliticsSplitWithTheirHyphen() {
        #expect(forms("Dites-moi") == ["Dites", "-moi"])
        #expect(forms("avait-il") == ["avait", "-il"])
        #expect(forms("a-t-il") == ["a", "-t-il"])
        #expect(forms("sommes-nous") == ["sommes", "-nous"])
        #expect(forms("donnez-lui") == ["donnez", "-lui"])
        #expect(forms("donne-le-moi") == ["donne", "-le", "-moi"])
        #expect(forms("Qu'est-ce que") == ["Qu'", "est", "-ce", "que"])
        #expect(forms("n'est-il pas") == ["n'", "est", "-il", "pas"])
        #expect(forms("cette fois-ci") == ["cette", "fois", "-ci"])
        #expect(kinds("a-t-elle") == [.word, .clitic])
    }

    // MARK: - Numbers

    @Test func numbersKeepDecimalCommaAndThousandsSpaces() {
        #expect(forms("3,5 kg") == ["3,5", "kg"])
        #expect(forms("80 000 hommes") == ["80 000", "hommes"])
        #expect(forms("25\u{00A0}785 habitants") == ["25\u{00A0}785", "habitants"])
        #expect(forms("1\u{202F}234\u{202F}567,89 €") == ["1\u{202F}234\u{202F}567,89", "€"])
        #expect(forms("en 1960 200 personnes") == ["en", "1960", "200", "personnes"])
        #expect(forms("06 12 34 56 78") == ["06", "12", "34", "56", "78"])
        #expect(kinds("80 000") == [.number])
        #expect(forms("vers -365 et +14") == ["vers", "-365", "et", "+14"])
    }

    @Test func ordinalsTimesAndUnits() {
        #expect(forms("la 1ère et la 2ème, le 1er, le XXe siècle") ==
            ["la", "1ère", "et", "la", "2ème", ",", "le", "1er", ",", "le", "XXe", "siècle"])
        #expect(kinds("1er") == [.number])
        #expect(forms("à 20h30 ou 14H") == ["à", "20", "h", "30", "ou", "14", "H"])
        #expect(forms("160km à 90 km/h") == ["160", "km", "à", "90", "km/h"])
        #expect(forms("le 01.01.2012, en 1971-72") == ["le", "01.01.2012", ",", "en", "1971-72"])
        #expect(forms("de 2 à 3 %") == ["de", "2", "à", "3", "%"])
    }

    // MARK: - Abbreviations, links, punctuation

    @Test func abbreviationsKeepTheirPeriod() {
        #expect(sentences("M. Dupont et Mme Durand voient le Dr. House.") ==
            [["M.", "Dupont", "et", "Mme", "Durand", "voient", "le", "Dr.", "House", "."]])
        #expect(sentences("Voir cf. p. 12, p. ex. le chap. 3.") ==
            [["Voir", "cf.", "p.", "12", ",", "p.", "ex.", "le", "chap.", "3", "."]])
        #expect(sentences("En 52 av. J.-C. César gagne.") == [["En", "52", "av.", "J.-C.", "César", "gagne", "."]])
        #expect(forms("le n° 5, St. Louis") == ["le", "n°", "5", ",", "St.", "Louis"])
        #expect(sentences("Des pommes, des poires, etc. Les fruits sont là.") ==
            [["Des", "pommes", ",", "des", "poires", ",", "etc."], ["Les", "fruits", "sont", "là", "."]])
    }

    @Test func initialsDoNotEndSentences() {
        #expect(sentences("J. Dupont est là. Il part.") == [["J.", "Dupont", "est", "là", "."], ["Il", "part", "."]])
        #expect(sentences("Il aime R.E.M. et les B.B.") == [["Il", "aime", "R.E.M.", "et", "les", "B.B."]])
        #expect(sentences("Il tourne sous Mac OS X. Le reste suit.") ==
            [["Il", "tourne", "sous", "Mac", "OS", "X", "."], ["Le", "reste", "suit", "."]])
    }

    @Test func urlsAndEmailsAreOneToken() {
        #expect(forms("Voir https://www.example.com/page?x=1.") == ["Voir", "https://www.example.com/page?x=1", "."])
        #expect(forms("(www.coachlens.fr)") == ["(", "www.coachlens.fr", ")"])
        #expect(forms("Écrire à jean.dupont@example.fr.") == ["Écrire", "à", "jean.dupont@example.fr", "."])
        #expect(kinds("http://a.fr jean@b.com") == [.link, .link])
    }

    @Test func quotesAndBracketsArePunctuation() {
        #expect(forms("« Bonjour », dit-il.") == ["«", "Bonjour", "»", ",", "dit", "-il", "."])
        #expect(forms("“Oui” et \"non\" (peut-être)") == ["“", "Oui", "”", "et", "\"", "non", "\"", "(", "peut-être", ")"])
        #expect(kinds("« »") == [.punctuation, .punctuation])
    }

    @Test func ellipsisAndPunctuationRuns() {
        #expect(forms("Eh bien... oui… non?! Quoi !!") == ["Eh", "bien", "...", "oui", "…", "non", "?!", "Quoi", "!!"])
        #expect(forms("des tirets -- ici --- là") == ["des", "tirets", "--", "ici", "---", "là"])
    }

    @Test func noBreakSpacesBeforePunctuation() {
        #expect(forms("Vraiment\u{00A0}? Oui\u{202F}! Note\u{00A0}: ok\u{202F}; fin") ==
            ["Vraiment", "?", "Oui", "!", "Note", ":", "ok", ";", "fin"])
        #expect(sentences("Vraiment\u{202F}? Oui.").count == 2)
    }

    @Test func emojiAreSymbols() {
        #expect(forms("Super 👍🏽 merci 🙂!") == ["Super", "👍🏽", "merci", "🙂", "!"])
        #expect(kinds("👨‍👩‍👧 ❤️") == [.symbol, .symbol])
        #expect(forms("👨‍👩‍👧 ❤️") == ["👨‍👩‍👧", "❤️"])
    }

    // MARK: - Sentences and paragraphs

    @Test func sentencesEndAtTerminalPunctuation() {
        #expect(sentences("Il a 3,5 ans. Elle aussi ! Et toi ? Oui…").count == 4)
        #expect(sentences("Il mesure 1.80 m. C'est grand.") ==
            [["Il", "mesure", "1.80", "m", "."], ["C'", "est", "grand", "."]])
        #expect(sentences("« Viens. » Il vint.") == [["«", "Viens", ".", "»"], ["Il", "vint", "."]])
        #expect(sentences("Quoi ? dit-il.").count == 1)
        #expect(sentences("Ah ! « Bon. »").count == 2)
    }

    @Test func telegraphicLinesAreSentences() {
        #expect(sentences("RDV DG ok\nreformulé\n2 options envoyées") ==
            [["RDV", "DG", "ok"], ["reformulé"], ["2", "options", "envoyées"]])
        #expect(sentences("Points :\n- prix\n- délai\n* budget\n• équipe").count == 5)
        #expect(sentences("Animateur : Bonjour\nClient : Salut\n> : Oui").count == 3)
        #expect(sentences("À faire :\nrelire mes notes").count == 2)
    }

    @Test func hardWrappedLinesContinueTheSentence() {
        let wrapped = "Nous avons longuement discuté des besoins de son équipe commerciale et\n"
            + "des délais de livraison qui posent problème depuis le mois dernier."
        #expect(sentences(wrapped).count == 1)
        #expect(sentences("Il a parlé de la\nqualité, du prix et\nde la livraison.").count == 1)
        #expect(sentences("Il a dit que\nPaul viendrait.").count == 1)
    }

    @Test func blankLinesSeparateParagraphs() {
        let text = "Titre\n\nPremière phrase. Deuxième phrase.\n \nTroisième."
        let utf8 = Array(text.utf8)
        let result = FrenchTokenizer.tokenize(utf8)
        #expect(result.sentences.count == 4)
        #expect(result.paragraphs.count == 3)
        #expect(result.sentences.map(\.paragraph) == [0, 1, 1, 2])
        #expect(result.paragraphs[1].sentences == 1..<3)
        #expect(String(decoding: utf8[result.paragraphs[1].utf8Range], as: UTF8.self)
            == "Première phrase. Deuxième phrase.")
        checkInvariants(text)
    }

    // MARK: - Offsets and edge cases

    @Test func offsetsOnAccentedTextAndEmoji() {
        let text = "Élève né 👍 à l’école"
        let tokens = FrenchTokenizer.tokenize(Array(text.utf8)).tokens
        #expect(tokens.count == 6)
        #expect(tokens[0].utf8Range == 0..<7)
        #expect(tokens[0].scalarStart == 0 && tokens[0].scalarEnd == 5)
        #expect(tokens[1].scalarStart == 6 && tokens[1].scalarEnd == 8)
        #expect(tokens[2].utf8Range == 12..<16)
        #expect(tokens[2].scalarStart == 9 && tokens[2].scalarEnd == 10)
        #expect(tokens[3].scalarStart == 11 && tokens[3].scalarEnd == 12)
        #expect(tokens[4].scalarStart == 13 && tokens[4].scalarEnd == 15)
        #expect(tokens[5].scalarStart == 15 && tokens[5].scalarEnd == 20)
        checkInvariants(text)
    }

    @Test func emptyAndWhitespaceOnlyText() {
        let empty = FrenchTokenizer.tokenize([UInt8]())
        #expect(empty.tokens.isEmpty && empty.sentences.isEmpty && empty.paragraphs.isEmpty)
        let blank = FrenchTokenizer.tokenize(Array(" \n\t\u{00A0}\n\n \u{202F}".utf8))
        #expect(blank.tokens.isEmpty && blank.sentences.isEmpty && blank.paragraphs.isEmpty)
    }

    @Test func denseTextGetsRoomForEveryByte() {
        // More tokens than the first guess (a quarter of the bytes): the text is scanned again with more room.
        #expect(forms(String(repeating: "(", count: 300)).count == 300)
        #expect(forms(String(repeating: "a ", count: 200)).count == 200)
        checkInvariants(String(repeating: "«»", count: 150))
    }

    @Test func malformedUTF8KeepsScanning() {
        let bytes: [UInt8] = [0xC0, 0x2E, 0x61, 0xFF, 0x20, 0xE2, 0x80, 0x62, 0x2E, 0x20, 0xED, 0xA0, 0x80, 0x63, 0xE2]
        let result = FrenchTokenizer.tokenize(bytes)
        #expect(!result.tokens.isEmpty)
        var end: Int32 = 0
        for token in result.tokens {
            #expect(token.utf8Start >= end && token.utf8End > token.utf8Start && Int(token.utf8End) <= bytes.count)
            end = token.utf8End
        }
        #expect(result.sentences.last?.tokens.upperBound == result.tokens.count)
    }

    @Test func invariantsOnMixedText() {
        checkInvariants("""
            L’illusion

            Animateur : “Nous sommes là pour aider à résoudre et apprendre”
            Client : C’est la confusion… J’ai ouvert un cabinet, il y a 4 ans, à Grenoble (25 000 € de CA).
            > : Développer. Le réseau ne suffit plus !?
            Voir https://exemple.fr/a_b ou écrire à contact@exemple.fr 😀👍🏾 — M. J.-C. Dupont, p. 3.
            a-t-il dit ? « Peut-être », répond-elle ; l'on verra aujourd'hui... 20h30 ! 1ère fois, 3,5 %.
            """)
        checkInvariants("x")
        checkInvariants(" é ")
        checkInvariants("'\"«»…--")
    }

    @Test func renderPrintsOneTokenPerLineAndBlankLinesBetweenSentences() {
        let text = "Il a 80 000 €. Bravo !"
        let utf8 = Array(text.utf8)
        let rendered = FrenchTokenizer.render(FrenchTokenizer.tokenize(utf8), utf8: utf8)
        #expect(rendered == "Il\na\n80 000\n€\n.\n\nBravo\n!\n")
    }
}
