import PCRE2Regex
import Testing

@Suite struct CompiledPatternTests {
    let scratch = MatchScratch()

    @Test func matchesCaselessAcrossAccents() throws {
        let pattern = try CompiledPattern("\\bÉTAPE\\b")
        let text = "première étape, puis Étape deux"
        let matches = try pattern.matches(in: text, scratch: scratch)
        #expect(matches.count == 2)
        let utf8 = Array(text.utf8)
        #expect(String(decoding: utf8[matches[0]], as: UTF8.self) == "étape")
    }

    @Test func caseSensitiveWhenAsked() throws {
        let pattern = try CompiledPattern("RDV", caseless: false)
        #expect(try pattern.matches(in: "rdv RDV", scratch: scratch).count == 1)
    }

    @Test func wordBoundariesUnderstandAccentedLetters() throws {
        // With UCP, « é » is a word character: « \bsuccès\b » must not match inside « succèsfull ».
        let pattern = try CompiledPattern("\\bsuccès\\b")
        #expect(try pattern.matches(in: "un succès.", scratch: scratch).count == 1)
        #expect(try pattern.matches(in: "insuccèsé", scratch: scratch).isEmpty)
    }

    @Test func startWindowLimitsWhereMatchesBeginButNotWhatTheySee() throws {
        let pattern = try CompiledPattern("\\bprix\\b(?=\\s+ferme)")
        let text = Array("Le prix ferme. Un autre prix ferme.".utf8)
        try text.withUnsafeBufferPointer { buffer in
            var found: [Range<Int>] = []
            // The window ends inside « prix »: the match starts in it and its lookahead reads past it.
            try pattern.forEachMatch(in: buffer, starts: 14..<25, scratch: scratch) { found.append($0); return true }
            #expect(found == [24..<28])
            found = []
            try pattern.forEachMatch(in: buffer, starts: 4..<24, scratch: scratch) { found.append($0); return true }
            #expect(found.isEmpty)
            // Without a window, the same scratch searches the whole text again.
            try pattern.forEachMatch(in: buffer, scratch: scratch) { found.append($0); return true }
            #expect(found == [3..<7, 24..<28])
        }
    }

    @Test func compileErrorCarriesPatternAndOffset() {
        #expect(throws: PatternError.self) { try CompiledPattern("(é") }
        do {
            _ = try CompiledPattern("ab(cd")
            Issue.record("should not compile")
        } catch {
            guard case let .compile(pattern, message, offset) = error else {
                Issue.record("wrong error \(error)")
                return
            }
            #expect(pattern == "ab(cd")
            #expect(offset == 5)
            #expect(!message.isEmpty)
        }
    }

    @Test func catastrophicPatternEndsWithMatchLimitError() throws {
        let pattern = try CompiledPattern("(a+)+$")
        let text = String(repeating: "a", count: 5_000) + "b"
        #expect(throws: PatternError.matchLimit(pattern: "(a+)+$")) {
            _ = try pattern.matches(in: text, scratch: MatchScratch(matchLimit: 100_000))
        }
    }

    @Test func emptyMatchesAdvanceOverMultibyteScalars() throws {
        let pattern = try CompiledPattern("x*")
        let matches = try pattern.matches(in: "éé", scratch: scratch)
        #expect(matches == [0..<0, 2..<2, 4..<4])
    }

    @Test func rangeRestrictsTheSearch() throws {
        let pattern = try CompiledPattern("client")
        let text = Array("client, client, client".utf8)
        let found = try text.withUnsafeBufferPointer { buffer in
            try pattern.firstMatch(in: buffer, range: 1..<text.count, scratch: scratch)
        }
        #expect(found == 8..<14)
    }

    @Test func scalarOffsetsConvertBytes() {
        let text = "é🙂a"
        let offsets = ScalarOffsets(Array(text.utf8))
        #expect(offsets.scalarOffset(ofByte: 0) == 0)
        #expect(offsets.scalarOffset(ofByte: 2) == 1)
        #expect(offsets.scalarOffset(ofByte: 6) == 2)
        #expect(offsets.scalarOffset(ofByte: 7) == 3)
        let long = String(repeating: "àb", count: 100)
        let longOffsets = ScalarOffsets(Array(long.utf8))
        #expect(longOffsets.scalarOffset(ofByte: 300) == 200)
        #expect(longOffsets.scalarOffset(ofByte: 129) == 86)
    }
}
