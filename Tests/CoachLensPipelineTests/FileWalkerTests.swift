import CoachLensPipeline
import Foundation
import TestSupport
import Testing

@Suite struct FileWalkerTests {
    @Test func walksDeterministicallyAndReportsEveryFile() throws {
        let root = try Fixtures.temporaryDirectory()
        let manager = FileManager.default
        try manager.createDirectory(at: root.appendingPathComponent("b/sub"), withIntermediateDirectories: true)
        for name in ["z.txt", "a.md", "b/sub/c.txt", "b/image.png", ".hidden.txt"] {
            try Data("texte".utf8).write(to: root.appendingPathComponent(name))
        }
        let files = Array(FileWalker(inputs: [root.path]))
        #expect(files.map(\.document) == ["a.md", "b/image.png", "b/sub/c.txt", "z.txt"])
        #expect(files[1].disposition == .skip("extension non prise en charge (sont analysés : .txt .md .vtt .srt .docx)"))
        #expect(files[0].disposition == .analyze)
        #expect(files[0].size == 5)
    }

    @Test func symlinkLoopIsReportedNotFollowedForever() throws {
        let root = try Fixtures.temporaryDirectory()
        let folder = root.appendingPathComponent("notes")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("RDV ok".utf8).write(to: folder.appendingPathComponent("n.txt"))
        try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent("boucle"), withDestinationURL: root)
        try FileManager.default.createSymbolicLink(
            at: root.appendingPathComponent("cassé.txt"), withDestinationURL: root.appendingPathComponent("absent.txt"))
        let files = Array(FileWalker(inputs: [root.path]))
        #expect(files.contains { $0.document == "notes/boucle" && $0.disposition == .fail("boucle de liens symboliques") })
        #expect(files.contains { $0.document == "cassé.txt" && $0.disposition == .fail("lien symbolique cassé") })
        #expect(files.filter { $0.document == "notes/n.txt" }.count == 1)
    }

    @Test func transcriptsAndWordDocumentsAreAnalysedWithTheirFormat() throws {
        let root = try Fixtures.temporaryDirectory()
        for name in ["a.TXT", "b.md", "c.vtt", "d.SRT", "e.docx", "f.doc"] {
            try Data("texte".utf8).write(to: root.appendingPathComponent(name))
        }
        let files = Array(FileWalker(inputs: [root.path]))
        #expect(files.map(\.format) == [.text, .text, .webVTT, .subRip, .word, .text])
        #expect(files.map { $0.disposition == .analyze } == [true, true, true, true, true, false])
    }

    @Test func aFileInputIsNamedByItsFileName() throws {
        let root = try Fixtures.temporaryDirectory()
        let file = root.appendingPathComponent("note.txt")
        try Data("x".utf8).write(to: file)
        #expect(Array(FileWalker(inputs: [file.path])).map(\.document) == ["note.txt"])
    }
}
