import Foundation
import TestSupport
import Testing

/// `analyze --format jsonl`, `analyze -` (JSON lines on standard input) and `merge`, end to end.
@Suite(.serialized) struct JSONLinesCommandTests {
    static let mini = Fixtures.repositoryRoot.appendingPathComponent("Tests/CLITests/Fixtures/mini")

    /// The JSON lines of an output, parsed.
    func objects(_ text: String) throws -> [[String: Any]] {
        try text.split(separator: "\n").map { line in
            try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
    }

    /// A folder whose names test the walk order (`a/b.txt` before `a-c.txt`), with files that are skipped.
    func orderFixture() throws -> URL {
        let folder = try Fixtures.temporaryDirectory()
        let manager = FileManager.default
        for name in try manager.contentsOfDirectory(atPath: Self.mini.path) {
            try manager.copyItem(at: Self.mini.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        try manager.createDirectory(at: folder.appendingPathComponent("a"), withIntermediateDirectories: true)
        let note = "---\nvendeur: Claire Martin\n---\nRDV avec le gérant. Je lui ai posé des questions sur ses clients.\n"
        try Data(note.utf8).write(to: folder.appendingPathComponent("a/b.txt"))
        try Data("Le client veut un devis. Nous garantissons le résultat.\n".utf8).write(to: folder.appendingPathComponent("a-c.txt"))
        try Data("Animateur : Quel est ton problème ?\nClient : Je manque de clients.\nAnimateur : Pourquoi ?\nClient : Je ne sais pas.\n".utf8)
            .write(to: folder.appendingPathComponent("a.txt"))
        try Data().write(to: folder.appendingPathComponent("vide.txt"))
        try Data("x".utf8).write(to: folder.appendingPathComponent("photo.jpg"))
        return folder
    }

    @Test func jsonlOutputHasOneObjectPerDocumentWithItsFactsResultsAndEvidence() throws {
        let result = try CommandRunner.run(["analyze", Self.mini.path, "--format", "jsonl", "--progress", "never"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = try objects(result.stdout)
        #expect(lines.map { $0["document"] as? String } == ["article.md", "calls/2026-03-01-dupuis.txt", "menu-cp1252.txt"])
        #expect(result.stdout.hasPrefix(#"{"document":"article.md","kind":"#))
        let menu = try #require(lines.last)
        #expect(menu["encoding"] as? String == "windows-1252")
        #expect(menu["status"] as? String == "ok")
        for key in ["reason", "bytes", "tokens", "sentences", "metadata", "rule_packs"] { #expect(menu[key] != nil, "\(key)") }
        #expect((menu["rule_packs"] as? [String: Int])?["kinds"] != nil)
        let call = lines[1]
        let results = try #require(call["results"] as? [[String: Any]])
        #expect(results.map { $0["plugin"] as? String } == ["segments", "steps", "focus", "framing", "stats"])
        let steps = try #require(results.first { $0["plugin"] as? String == "steps" })
        #expect(steps["file"] as? String == "steps.csv")
        let row = try #require(steps["row"] as? [String: Any])
        #expect(row["method"] as? String == "ten-steps")
        #expect((steps["decimals"] as? [String: Int])?["coverage"] == 3)
        let findings = results.flatMap { $0["findings"] as? [[String: Any]] ?? [] }
        let finding = try #require(findings.first)
        for key in ["rule", "label", "sentence", "start", "end", "excerpt", "matched", "note"] {
            #expect(finding[key] != nil, "\(key)")
        }

        let out = try Fixtures.temporaryDirectory()
        let file = out.appendingPathComponent("run.jsonl")
        let written = try CommandRunner.run(["analyze", Self.mini.path, "--format", "jsonl", "--jsonl", file.path, "--progress", "never"])
        #expect(written.status == 0 && written.stdout.isEmpty)
        #expect(try String(contentsOf: file, encoding: .utf8) == result.stdout)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == ["run.jsonl"])
    }

    @Test func jsonlFileNeedsTheJSONLFormat() throws {
        let result = try CommandRunner.run(["analyze", Self.mini.path, "--jsonl", "x.jsonl"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--format jsonl"))
    }

    @Test func standardInputLinesAreNormalisedAndAMalformedLineIsAnErrorRow() throws {
        let folder = try Fixtures.temporaryDirectory()
        let cp1252 = try Data(contentsOf: Self.mini.appendingPathComponent("menu-cp1252.txt"))
        let text = "Client : il a été très intéressé par le devis. Je lui ai demandé son budget.\n"
        let decomposed = text.decomposedStringWithCanonicalMapping.replacingOccurrences(of: "\n", with: "\r\n")
        func line(_ object: [String: Any]) throws -> String {
            String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
        }
        let lines = [
            try line(["id": "nfc.txt", "text": text, "meta": ["vendeur": "Claire Martin", "kind": "call"]]),
            "{\"id\": \"cassé\", \"text\": ",
            try line(["id": "nfd.txt", "text": decomposed, "meta": ["vendeur": "Claire Martin", "kind": "call", "encoding": "windows-1252", "bytes": 99]]),
            try line(["id": "menu.txt", "base64": cp1252.base64EncodedString()]),
            "",
        ]
        let input = folder.appendingPathComponent("input.jsonl")
        try Data(lines.joined(separator: "\n").utf8).write(to: input)
        let result = try CommandRunner.run(["analyze", "-", "--format", "jsonl", "--progress", "never"], input: input)
        #expect(result.status == 1)
        #expect(result.stderr.contains("stdin:2 : error : ligne JSON invalide"))
        let objects = try objects(result.stdout)
        #expect(objects.map { $0["document"] as? String } == ["nfc.txt", "stdin:2", "nfd.txt", "menu.txt"])
        #expect(objects[1]["status"] as? String == "error")
        let (nfc, nfd) = (objects[0], objects[2])
        #expect(nfc["kind"] as? String == "call")
        #expect((nfc["metadata"] as? [String: String])?["vendeur"] == "Claire Martin")
        #expect(nfc["encoding"] as? String == "utf-8" && nfc["bytes"] as? Int == text.utf8.count)
        #expect(nfd["encoding"] as? String == "windows-1252" && nfd["bytes"] as? Int == 99)
        // Same text after NFC and LF: the same tokens, findings and offsets.
        #expect(nfd["tokens"] as? Int == nfc["tokens"] as? Int)
        let nfcResults = try JSONSerialization.data(withJSONObject: nfc["results"]!, options: .sortedKeys)
        let nfdResults = try JSONSerialization.data(withJSONObject: nfd["results"]!, options: .sortedKeys)
        #expect(nfcResults == nfdResults)
        // A file's bytes go through the very ingest of a file.
        #expect(objects[3]["encoding"] as? String == "windows-1252")
        #expect(objects[3]["bytes"] as? Int == cp1252.count)
    }

    @Test func mergeOfShuffledPartsEqualsOnePlainRunByteForByte() throws {
        let input = try orderFixture()
        let plain = try Fixtures.temporaryDirectory(), merged = try Fixtures.temporaryDirectory()
        let work = try Fixtures.temporaryDirectory()
        let direct = try CommandRunner.run(["analyze", input.path, "--out", plain.path, "--progress", "never"])
        #expect(direct.status == 1, "two files are skipped")
        let all = work.appendingPathComponent("all.jsonl")
        _ = try CommandRunner.run(["analyze", input.path, "--format", "jsonl", "--jsonl", all.path, "--progress", "never"])
        let lines = try String(contentsOf: all, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 8)
        // Three parts, each out of order, given in no particular order.
        let order = [5, 2, 7, 0, 3, 6, 1, 4]
        var parts: [URL] = []
        for part in 0..<3 {
            let url = work.appendingPathComponent("part-\(part).jsonl")
            let chosen = order.enumerated().filter { $0.offset % 3 == part }.map { String(lines[$0.element]) }
            try Data((chosen.joined(separator: "\n") + "\n").utf8).write(to: url)
            parts.append(url)
        }
        let result = try CommandRunner.run(
            ["merge", parts[2].path, parts[0].path, parts[1].path, "--out", merged.path, "--progress", "never"])
        #expect(result.status == direct.status, "\(result.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: plain.path).sorted()
        #expect(try FileManager.default.contentsOfDirectory(atPath: merged.path).sorted() == names)
        #expect(names.contains("summary.html") && names.contains("evidence.csv"))
        for name in names {
            let expected = try Data(contentsOf: plain.appendingPathComponent(name))
            #expect(try Data(contentsOf: merged.appendingPathComponent(name)) == expected, "\(name)")
        }
        let documents = try String(contentsOf: merged.appendingPathComponent("documents.csv"), encoding: .utf8)
        let rows = documents.split(separator: "\r\n").dropFirst().map { $0.split(separator: ",").first.map(String.init) ?? "" }
        #expect(Array(rows.prefix(3)) == ["a/b.txt", "a-c.txt", "a.txt"])
    }

    /// What the Spark driver does: every file as its bytes on standard input, then merge.
    @Test func filesSentAsBytesThenMergedGiveTheReportsOfTheFolder() throws {
        let input = try orderFixture()
        let plain = try Fixtures.temporaryDirectory(), merged = try Fixtures.temporaryDirectory()
        let work = try Fixtures.temporaryDirectory()
        _ = try CommandRunner.run(["analyze", input.path, "--out", plain.path, "--progress", "never"])
        let files = try FileManager.default.subpathsOfDirectory(atPath: input.path)
        var lines: [String] = []
        for file in files.sorted().reversed() where !file.hasPrefix(".") {
            var isFolder: ObjCBool = false
            let path = input.appendingPathComponent(file).path
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            let object = ["id": file, "base64": try Data(contentsOf: URL(fileURLWithPath: path)).base64EncodedString()]
            lines.append(String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self))
        }
        let stdin = work.appendingPathComponent("files.jsonl"), part = work.appendingPathComponent("part.jsonl")
        try Data(lines.joined(separator: "\n").utf8).write(to: stdin)
        let analysed = try CommandRunner.run(
            ["analyze", "-", "--format", "jsonl", "--jsonl", part.path, "--progress", "never"], input: stdin)
        #expect(analysed.status == 1, "\(analysed.stderr)")
        _ = try CommandRunner.run(["merge", part.path, "--out", merged.path, "--progress", "never"])
        for name in try FileManager.default.contentsOfDirectory(atPath: plain.path) {
            let expected = try Data(contentsOf: plain.appendingPathComponent(name))
            #expect(try Data(contentsOf: merged.appendingPathComponent(name)) == expected, "\(name)")
        }
    }

    @Test func mergeRefusesADocumentGivenTwiceAndPartsOfAnotherRun() throws {
        let work = try Fixtures.temporaryDirectory()
        let full = work.appendingPathComponent("full.jsonl"), focus = work.appendingPathComponent("focus.jsonl")
        _ = try CommandRunner.run(["analyze", Self.mini.path, "--format", "jsonl", "--jsonl", full.path, "--progress", "never"])
        _ = try CommandRunner.run(
            ["analyze", Self.mini.path, "--plugins", "focus", "--format", "jsonl", "--jsonl", focus.path, "--progress", "never"])
        let twice = try CommandRunner.run(["merge", full.path, full.path, "--out", work.appendingPathComponent("a").path])
        #expect(twice.status == 2)
        #expect(twice.stderr.contains("présent deux fois"))
        let mixed = try CommandRunner.run(["merge", full.path, focus.path, "--out", work.appendingPathComponent("b").path])
        #expect(mixed.status == 2)
        #expect(mixed.stderr.contains("d’autres extensions"))
        #expect(!FileManager.default.fileExists(atPath: work.appendingPathComponent("b/documents.csv").path))
    }
}
