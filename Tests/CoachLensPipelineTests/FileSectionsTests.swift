@testable import CoachLensPipeline
import Foundation
import TestSupport
import Testing

@Suite struct FileSectionsTests {
    /// The sections of `bytes` written to a file, and the file's bytes.
    func sections(of bytes: [UInt8]) throws -> [InputFile]? {
        let url = try Fixtures.temporaryDirectory().appendingPathComponent("gros.txt")
        try Data(bytes).write(to: url)
        let file = InputFile(path: url.path, document: "gros.txt", size: bytes.count)
        guard var sections = FileSections(file) else { return nil }
        var all: [InputFile] = []
        while let section = sections.next() { all.append(section) }
        return all
    }

    /// Sections are contiguous, cover the whole file, and stay near the nominal size.
    func expectTiling(_ sections: [InputFile], size: Int) {
        #expect(sections.first?.section?.range.lowerBound == 0)
        #expect(sections.last?.section?.range.upperBound == size)
        for (previous, next) in zip(sections, sections.dropFirst()) {
            #expect(previous.section!.range.upperBound == next.section!.range.lowerBound)
        }
        #expect(sections.allSatisfy { $0.size <= FileSections.sectionBytes && $0.size == $0.section!.range.count })
        #expect(sections.map(\.document) == sections.indices.map { "gros.txt#\($0 + 1)" })
    }

    @Test func largeFileIsCutAtParagraphBreaks() throws {
        let paragraph = Array("Le client m’a expliqué son besoin ; j’ai reformulé.\n\n".utf8)
        let bytes = Array(repeating: paragraph, count: (FileSections.threshold / paragraph.count) + 10).flatMap { $0 }
        let sections = try #require(try sections(of: bytes))
        expectTiling(sections, size: bytes.count)
        for section in sections.dropLast() {
            let end = section.section!.range.upperBound
            #expect(bytes[end - 2..<end] == [10, 10])
        }
    }

    @Test func singleLineIsCutAtSpacesNeverInsideACharacter() throws {
        let words = Array("évidemment déjà prêt ".utf8)
        let bytes = Array(repeating: words, count: (FileSections.threshold / words.count) + 10).flatMap { $0 }
        let sections = try #require(try sections(of: bytes))
        expectTiling(sections, size: bytes.count)
        for section in sections.dropLast() {
            #expect(bytes[section.section!.range.upperBound - 1] == UInt8(ascii: " "))
        }
        let text = try sections.map { String(decoding: try FileReader.read($0.path, range: $0.section!.range), as: UTF8.self) }
        #expect(text.joined() == String(decoding: bytes, as: UTF8.self))
    }

    @Test func smallAndUTF16FilesAreReadWhole() throws {
        #expect(try sections(of: Array("Bonjour.".utf8)) == nil)
        let utf16: [UInt8] = [0xFF, 0xFE] + [UInt8](repeating: 0x61, count: FileSections.threshold * 2)
        #expect(try sections(of: utf16) == nil)
    }
}
