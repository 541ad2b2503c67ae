@testable import CoachLensPipeline
import CoachLensKit
import Testing

@Suite struct TextDecoderTests {
    @Test func utf8WithoutBOM() throws {
        let (text, encoding) = try TextDecoder.decode(Array("Café".utf8))
        #expect(text == "Café")
        #expect(encoding == .utf8)
    }

    @Test func utf8WithBOM() throws {
        let (text, encoding) = try TextDecoder.decode([0xEF, 0xBB, 0xBF] + Array("déjà".utf8))
        #expect(text == "déjà")
        #expect(encoding == .utf8BOM)
    }

    @Test func utf16BothEndiannesses() throws {
        let little: [UInt8] = [0xFF, 0xFE] + "né".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let big: [UInt8] = [0xFE, 0xFF] + "né".utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(try TextDecoder.decode(little) == ("né", .utf16LE))
        #expect(try TextDecoder.decode(big) == ("né", .utf16BE))
    }

    @Test func windows1252Fallback() throws {
        // « Il a signé l’accord… » in Windows-1252: é = 0xE9, ’ = 0x92, … = 0x85.
        let bytes: [UInt8] = Array("Il a sign".utf8) + [0xE9] + Array(" l".utf8) + [0x92] + Array("accord".utf8) + [0x85]
        let (text, encoding) = try TextDecoder.decode(bytes)
        #expect(text == "Il a signé l’accord…")
        #expect(encoding == .windows1252)
    }

    @Test func lineEndingsBecomeLF() throws {
        #expect(try TextDecoder.decode(Array("a\r\nb\rc\n".utf8)).text == "a\nb\nc\n")
    }

    @Test func decomposedAccentsAreComposed() throws {
        let decomposed = "e\u{0301}te\u{0301}"
        let (text, _) = try TextDecoder.decode(Array(decomposed.utf8))
        #expect(Array(text.unicodeScalars) == Array("été".unicodeScalars))
    }

    /// The composition check reads eight bytes at a time: a combining mark or a jamo at any offset is found, and
    /// composed French text (lead bytes below 0xCC) is left alone.
    @Test func compositionIsNeededWhereverTheMarkFalls() {
        for offset in 0..<20 {
            let prefix = String(repeating: "a", count: offset)
            #expect(TextDecoder.needsComposition(prefix + "e\u{0301}" + "zzzzzzzzzz"))
            #expect(TextDecoder.needsComposition(prefix + "\u{1100}\u{1161}"))
            #expect(!TextDecoder.needsComposition(prefix + "été à l’œuf « ça » déjà vu — ÉÈÀÇÏÔ"))
        }
    }

    @Test func carriageReturnsAreFoundAnywhere() {
        #expect(TextDecoder.containsCarriageReturn(String(repeating: "é", count: 40) + "\r"))
        #expect(!TextDecoder.containsCarriageReturn(String(repeating: "é", count: 40) + "\n"))
    }

    @Test func emptyFileIsSkipped() {
        #expect(throws: IngestFailure(.skipped, "fichier vide")) { try TextDecoder.decode([]) }
    }

    @Test func whitespaceOnlyIsSkipped() {
        #expect(throws: IngestFailure.self) { try TextDecoder.decode(Array(" \n\t\n".utf8)) }
    }

    @Test func binaryIsAnError() {
        #expect(throws: IngestFailure.self) { try TextDecoder.decode([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x00, 0x00, 0x01]) }
    }

    @Test func undefinedWindows1252BytesAreAnError() throws {
        do {
            _ = try TextDecoder.decode([0x41, 0x81, 0x42])
            Issue.record("should fail")
        } catch {
            #expect(error.status == .error)
            #expect(error.reason.contains("Windows-1252"))
        }
    }
}
