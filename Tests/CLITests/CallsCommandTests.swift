import Foundation
import TestSupport
import Testing

/// `coachlens calls DIR` end to end: the weekly scorecard files, kinds under the calls workflow, the
/// session method, a user's method pack, and bad usage.
@Suite(.serialized) struct CallsCommandTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/calls")
    static let notes = fixtures.appendingPathComponent("notes").path

    func read(_ folder: URL, _ name: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }

    func lines(_ folder: URL, _ name: String) throws -> [String] {
        try read(folder, name).components(separatedBy: "\r\n").filter { !$0.isEmpty }
    }

    @Test func writesTheScorecard() throws {
        let out = try Fixtures.temporaryDirectory()
        let result = try CommandRunner.run(["calls", Self.notes, "--out", out.path, "--progress", "never", "--jobs", "1"])
        #expect(result.status == 0, "\(result.stderr)")
        for name in ["documents.csv", "steps.csv", "evidence.csv", "calls.csv", "salespeople.csv", "calls.md", "summary.md"] {
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(name).path), "\(name)")
        }
        let calls = try lines(out, "calls.csv")
        #expect(calls.first == "document,salesperson,client,date,S1,S2,S3,S4,S5,S6,S7,S8,S9,S10,coverage,order_violation,missing,next_focus")
        #expect(calls.count == 5)
        #expect(calls.contains { $0.hasPrefix("2026-04-04-serres-martin.txt,Julie Moreau,Serres Martin,2026-04-04,1,0,1,0,1,0,0,0,0,0,0.300,0,") })
        #expect(calls.contains { $0.hasPrefix("claire-martin/2026-04-01-fleurs-et-co.txt,Claire Martin,,,1,1,1,1,0,1,1,1,1,1,0.900,0,S5,") })
        let garage = try #require(calls.first { $0.hasPrefix("claire-martin/2026-04-03-garage-dupont.txt") })
        #expect(garage.contains(",1,S2|S4|S5|S6|S7|S8|S9,\"S2 — Se renseigner sur les besoins avant : "))
        #expect(calls.contains { $0.hasPrefix("marc-leroy/2026-04-02-cabinet-noel.txt,Marc Leroy,,,0,0,0,0,0,0,0,0,0,0,0.000,0,") })
        let people = try lines(out, "salespeople.csv")
        #expect(people.first == "salesperson,notes,mean_coverage,most_missing,order_violations")
        #expect(people.contains("Claire Martin,2,0.600,S5|S2|S4,1"))
        let documents = try read(out, "documents.csv")
        #expect(documents.contains("menu-du-jour.txt,other,ok,"))
        #expect(documents.contains("claire-martin/2026-04-01-fleurs-et-co.txt,call,ok,"))
        #expect(result.stderr.contains("menu-du-jour.txt : non évalué"))
        let markdown = try read(out, "calls.md")
        for expected in ["## Claire Martin — 2 notes", "## Julie Moreau — 1 note", "| 2026-04-01-fleurs-et-co.txt |",
                         "**Prochain axe** : Se renseigner sur les besoins avant", "Attention à l’ordre",
                         "## Textes non évalués", "`menu-du-jour.txt` (type « other »)"] {
            #expect(markdown.contains(expected), "calls.md sans « \(expected) »")
        }
        let evidence = try read(out, "evidence.csv")
        #expect(evidence.contains("claire-martin/2026-04-03-garage-dupont.txt,steps,ordre,order_violation,"))
    }

    @Test func stepsAndDocumentsHaveTheAnalyzeShape() throws {
        let calls = try Fixtures.temporaryDirectory(), analyze = try Fixtures.temporaryDirectory()
        _ = try CommandRunner.run(["calls", Self.notes, "--out", calls.path, "--progress", "never"])
        _ = try CommandRunner.run(["analyze", Self.notes, "--out", analyze.path, "--progress", "never"])
        #expect(try lines(calls, "steps.csv").first == lines(analyze, "steps.csv").first)
        #expect(try lines(calls, "documents.csv").first == lines(analyze, "documents.csv").first)
        // The notes are call notes either way, and scored the same.
        let scored = try lines(analyze, "steps.csv").filter { $0.contains("fleurs-et-co") }
        #expect(try lines(calls, "steps.csv").filter { $0.contains("fleurs-et-co") } == scored)
    }

    @Test func sessionsWithTheCodevMethod() throws {
        let out = try Fixtures.temporaryDirectory()
        let result = try CommandRunner.run([
            "calls", Self.fixtures.appendingPathComponent("seances").path, "--method", "codev", "--out", out.path,
            "--progress", "never",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let steps = try lines(out, "steps.csv")
        #expect(steps == [
            "document,method,C1,C2,C3,C4,C5,C6,coverage,order_violation,missing",
            "seance-codev.txt,codev,1,1,1,1,1,1,1.000,0,",
        ])
        let markdown = try read(out, "calls.md")
        #expect(markdown.contains("## Séances"))
        #expect(markdown.contains("| Q | 9 | 13 % | 2 | 5 |"))
        #expect(markdown.contains("Étapes trouvées : C1 Exposé de la problématique par le client"))
    }

    @Test func aUserMethodFromRules() throws {
        let out = try Fixtures.temporaryDirectory()
        let result = try CommandRunner.run([
            "calls", Self.notes, "--rules", Self.fixtures.appendingPathComponent("bant").path, "--method", "bant",
            "--out", out.path, "--progress", "never",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let calls = try lines(out, "calls.csv")
        #expect(calls.first == "document,salesperson,client,date,B,A,N,T,coverage,order_violation,missing,next_focus")
        #expect(calls.contains { $0.hasPrefix("claire-martin/2026-04-01-fleurs-et-co.txt,Claire Martin,,,0,1,1,0,0.500,0,B|T,B — Budget : Demandez le budget.") })
        #expect(try read(out, "calls.md").contains("# Notes d’appel — BANT (`bant`)"))
    }

    @Test func excelDialect() throws {
        let out = try Fixtures.temporaryDirectory()
        _ = try CommandRunner.run(["calls", Self.notes, "--out", out.path, "--progress", "never", "--csv-dialect", "excel-fr"])
        for name in ["calls.csv", "salespeople.csv"] {
            let data = try Data(contentsOf: out.appendingPathComponent(name))
            #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF], "\(name) sans BOM")
        }
        #expect(try read(out, "salespeople.csv").contains("Claire Martin;2;0,600;S5|S2|S4;1"))
    }

    @Test func badUsageExitsWithTwo() throws {
        let out = try Fixtures.temporaryDirectory()
        let unknown = try CommandRunner.run(["calls", Self.notes, "--method", "spin", "--out", out.path])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("méthode inconnue « spin »"))
        let missing = try CommandRunner.run(["calls", "/nonexistent/calls", "--out", out.path])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("dossier introuvable"))
    }
}
