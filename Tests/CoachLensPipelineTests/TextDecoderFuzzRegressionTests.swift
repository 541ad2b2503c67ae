import CoachLensPipeline
import Testing

/// Inputs found by the `FuzzTextDecoder` fuzz target (Tests/Fuzz) that broke the decoder's contract.
@Suite struct TextDecoderFuzzRegressionTests {
    /// UTF-16BE: CR, U+0A3C (a combining mark), NUL. A string search for "\r" does not match a CR that a
    /// combining mark follows, so the CR was left in the text.
    @Test func carriageReturnBeforeACombiningMarkBecomesALineFeed() throws {
        let (text, _) = try TextDecoder.decode([0xFE, 0xFF, 0x00, 0x0D, 0x0A, 0x3C, 0x00, 0x00])
        #expect(Array(text.unicodeScalars) == ["\n", "\u{0A3C}", "\u{0}"])
    }

    @Test(arguments: [
        ("a\r\u{301}b", "a\n\u{301}b"),
        ("a\r\n\u{301}b", "a\n\u{301}b"),
        ("a\r\r\nb\r", "a\n\nb\n"),
    ])
    func everyLineEndingBecomesALineFeed(input: String, expected: String) {
        #expect(TextDecoder.normalize(input).unicodeScalars.elementsEqual(expected.unicodeScalars))
    }
}
