import CoachLensKit

/// What every tokenization must satisfy, whatever the text: tokens in order, non-empty, inside the text and on
/// scalar boundaries, with scalar offsets that agree with the bytes; sentences and paragraphs that partition them.
enum TokenizationInvariants {
    static func check(_ result: TokenizedText, utf8: [UInt8]) {
        var previousEnd = 0
        var scalarsBefore = 0
        for token in result.tokens {
            let range = token.utf8Range
            precondition(range.lowerBound >= previousEnd && range.upperBound <= utf8.count, "token out of order or out of the text")
            precondition(!range.isEmpty, "empty token")
            precondition(isBoundary(range.lowerBound, utf8) && isBoundary(range.upperBound, utf8), "token splits a UTF-8 scalar")
            scalarsBefore += scalarCount(utf8[previousEnd..<range.lowerBound])
            precondition(Int(token.scalarStart) == scalarsBefore, "scalar start disagrees with the bytes")
            scalarsBefore += scalarCount(utf8[range])
            precondition(Int(token.scalarEnd) == scalarsBefore, "scalar end disagrees with the bytes")
            previousEnd = range.upperBound
        }
        var nextToken = 0
        for sentence in result.sentences {
            precondition(sentence.tokens.lowerBound == nextToken, "sentences skip or repeat tokens")
            precondition(sentence.tokens.upperBound <= result.tokens.count, "sentence past the last token")
            precondition(sentence.paragraph >= 0 && sentence.paragraph < result.paragraphs.count, "sentence in no paragraph")
            nextToken = sentence.tokens.upperBound
        }
        precondition(nextToken == result.tokens.count, "tokens outside every sentence")
        var nextSentence = 0
        for paragraph in result.paragraphs {
            precondition(paragraph.sentences.lowerBound == nextSentence, "paragraphs skip or repeat sentences")
            precondition(paragraph.utf8Range.upperBound <= utf8.count, "paragraph past the text")
            nextSentence = paragraph.sentences.upperBound
        }
        precondition(nextSentence == result.sentences.count, "sentences outside every paragraph")
    }

    static func isBoundary(_ offset: Int, _ utf8: [UInt8]) -> Bool {
        offset == utf8.count || utf8[offset] & 0xC0 != 0x80
    }

    static func scalarCount(_ bytes: ArraySlice<UInt8>) -> Int {
        bytes.reduce(0) { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) }
    }
}
