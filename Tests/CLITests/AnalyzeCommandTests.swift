import Foundation
import TestSupport
import Testing

/// The `analyze` command end to end, as a user runs it.
@Suite(.serialized) struct AnalyzeCommandTests {
    static let mini = Fixtures.repositoryRoot.appendingPathComponent("Tests/CLITests/Fixtures/mini").path

    func read(_ folder: URL, _ name: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }

    @Test func writesEveryContractFile() throws {
        let out = try Fixtures.temporaryDirectory()
        let result = try CommandRunner.run(["analyze", Self.mini, "--out", out.path, "--progress", "never"])
        #expect(result.status == 0, "\(result.stderr)")
        for name in ["documents.csv", "evidence.csv", "segments.csv", "steps.csv", "focus.csv", "framing.csv", "stats.csv", "summary.md"] {
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(name).path), "\(name)")
        }
        let documents = try read(out, "documents.csv")
        #expect(documents.hasPrefix("document,kind,status,reason,encoding,bytes,tokens,sentences\r\n"))
        #expect(documents.contains("menu-cp1252.txt,other,ok,,windows-1252,"))
        #expect(documents.contains("calls/2026-03-01-dupuis.txt,call,ok,"))
        #expect(try read(out, "evidence.csv").hasPrefix("document,plugin,rule,label,sentence,start,end,excerpt"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test func outputIsByteIdenticalWhateverTheJobCount() throws {
        let one = try Fixtures.temporaryDirectory(), eight = try Fixtures.temporaryDirectory()
        let corpus = Fixtures.repositoryRoot.appendingPathComponent("corpus").path
        _ = try CommandRunner.run(["analyze", corpus, "--out", one.path, "--jobs", "1", "--progress", "never"])
        _ = try CommandRunner.run(["analyze", corpus, "--out", eight.path, "--jobs", "8", "--progress", "never"])
        for name in try FileManager.default.contentsOfDirectory(atPath: one.path).sorted() {
            let first = try Data(contentsOf: one.appendingPathComponent(name))
            let second = try Data(contentsOf: eight.appendingPathComponent(name))
            #expect(first == second, "\(name) differs between --jobs 1 and --jobs 8")
        }
    }

    @Test func badInputIsReportedAndTheRunGoesOn() throws {
        let input = try Fixtures.temporaryDirectory()
        let manager = FileManager.default
        try Data().write(to: input.appendingPathComponent("vide.txt"))
        try Data([0x7F, 0x45, 0x4C, 0x46, 0, 0, 1, 2]).write(to: input.appendingPathComponent("binaire.txt"))
        try Data([0x41, 0x81, 0x8D, 0x42]).write(to: input.appendingPathComponent("illisible.txt"))
        try Data("RDV avec le gérant. Je lui ai posé des questions.\n".utf8).write(to: input.appendingPathComponent("note.txt"))
        try Data(String(repeating: "le client veut un devis ", count: 200_000).utf8)
            .write(to: input.appendingPathComponent("une-ligne.txt"))
        try Data("x".utf8).write(to: input.appendingPathComponent("photo.jpg"))
        try manager.createSymbolicLink(at: input.appendingPathComponent("boucle"), withDestinationURL: input)
        try manager.createSymbolicLink(
            at: input.appendingPathComponent("cassé.txt"), withDestinationURL: input.appendingPathComponent("absent"))
        let out = try Fixtures.temporaryDirectory()
        let result = try CommandRunner.run(["analyze", input.path, "--out", out.path, "--progress", "never"])
        #expect(result.status == 1)
        let documents = try read(out, "documents.csv")
        #expect(documents.contains("vide.txt,,skipped,fichier vide"))
        #expect(documents.contains("binaire.txt,,error,fichier binaire"))
        #expect(documents.contains("illisible.txt,,error,encodage inconnu"))
        #expect(documents.contains("photo.jpg,,skipped,extension non prise en charge"))
        #expect(documents.contains("boucle,,error,boucle de liens symboliques"))
        #expect(documents.contains("cassé.txt,,error,lien symbolique cassé"))
        #expect(documents.contains("note.txt,") && documents.contains(",ok,"))
        // 4.8 MB on one line: cut at spaces into parts of about 1 MB, each a row.
        #expect(documents.contains("une-ligne.txt#1,article,ok,partie 1 d’un fichier de 5 Mo analysé par parties"))
        #expect(documents.contains("une-ligne.txt#5,"))
        #expect(result.stderr.contains("vide.txt"))
        #expect(result.stderr.contains("binaire.txt"))
    }

    @Test func manySmallFilesAllGetARow() throws {
        let input = try Fixtures.temporaryDirectory()
        for index in 0..<2_000 {
            try Data("Note \(index) : RDV ok, devis envoyé.\n".utf8)
                .write(to: input.appendingPathComponent(String(format: "n%05d.txt", index)))
        }
        let out = try Fixtures.temporaryDirectory()
        let result = try CommandRunner.run(["analyze", input.path, "--out", out.path, "--progress", "never"])
        #expect(result.status == 0)
        let lines = try read(out, "documents.csv").split(separator: "\r\n")
        #expect(lines.count == 2_001)
        #expect(lines[1].hasPrefix("n00000.txt,"))
        #expect(lines[2_000].hasPrefix("n01999.txt,"))
    }

    @Test func excelDialectUsesSemicolonsBOMAndDecimalComma() throws {
        let out = try Fixtures.temporaryDirectory()
        _ = try CommandRunner.run(["analyze", Self.mini, "--out", out.path, "--csv-dialect", "excel-fr", "--progress", "never"])
        let data = try Data(contentsOf: out.appendingPathComponent("stats.csv"))
        #expect(data.starts(with: [0xEF, 0xBB, 0xBF]))
        let text = String(decoding: data.dropFirst(3), as: UTF8.self)
        #expect(text.hasPrefix("document;tokens;words;sentences;words_per_sentence;questions\r\n"))
        let ratios = text.split(separator: "\r\n").dropFirst().map { $0.split(separator: ";")[4] }
        #expect(!ratios.isEmpty)
        for ratio in ratios {
            #expect(ratio.contains(",") && !ratio.contains("."), "decimal comma expected: \(ratio)")
        }
    }

    @Test func invalidPackExitsTwoNamingFileLineAndPattern() throws {
        let packs = Fixtures.repositoryRoot.appendingPathComponent("Tests/CLITests/Fixtures/bad-pack").path
        let result = try CommandRunner.run(["analyze", Self.mini, "--rules", packs, "--out", try Fixtures.temporaryDirectory().path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("broken.yaml:15:"), "\(result.stderr)")
        #expect(result.stderr.contains("bad-rule"))
        #expect(result.stderr.contains("valeur (apportée"))
        let check = try CommandRunner.run(["rules", "check", packs])
        #expect(check.status == 2)
    }

    @Test func builtinPacksPassTheirExamples() throws {
        let result = try CommandRunner.run(["rules", "check"])
        #expect(result.status == 0, "\(result.stderr)")
    }

    @Test func patternsAreListedOnePerLine() throws {
        let result = try CommandRunner.run(["rules", "patterns"])
        #expect(result.status == 0)
        #expect(result.stdout.split(separator: "\n").count > 20)
    }

    @Test func unwritableOutputIsAUsageError() throws {
        let file = try Fixtures.temporaryDirectory().appendingPathComponent("fichier")
        try Data("x".utf8).write(to: file)
        let result = try CommandRunner.run(["analyze", Self.mini, "--out", file.path + "/sortie", "--progress", "never"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("n’est pas un dossier"))
    }

    @Test func missingPathIsAUsageError() throws {
        let result = try CommandRunner.run(["analyze", "/nonexistent/folder"])
        #expect(result.status == 2)
    }
}
