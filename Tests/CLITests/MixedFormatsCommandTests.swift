import CoachLensKit
import CoachLensPipeline
import Foundation
import PCRE2Regex
import TestSupport
import Testing

/// A folder mixing .txt, .md, .vtt, .srt and .docx analysed in one run, as a user would run it, and Word files
/// that cannot be read reported without stopping the run.
@Suite(.serialized) struct MixedFormatsCommandTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let mixed = fixtures.appendingPathComponent("mixed")
    static let broken = fixtures.appendingPathComponent("word-broken")

    func read(_ folder: URL, _ name: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }

    /// The rows of an RFC 4180 file, each split into its cells.
    func rows(_ csv: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], cell = "", quoted = false
        var characters = csv.unicodeScalars.makeIterator()
        var pending = characters.next()
        while let scalar = pending {
            pending = characters.next()
            if quoted {
                if scalar == "\"", pending == "\"" { cell.unicodeScalars.append("\""); pending = characters.next() }
                else if scalar == "\"" { quoted = false }
                else { cell.unicodeScalars.append(scalar) }
            } else if scalar == "\"" {
                quoted = true
            } else if scalar == "," {
                row.append(cell); cell = ""
            } else if scalar == "\r", pending == "\n" {
                pending = characters.next()
                row.append(cell); rows.append(row); row = []; cell = ""
            } else {
                cell.unicodeScalars.append(scalar)
            }
        }
        return rows
    }

    @Test func everyFormatInOneRun() throws {
        let out = try Fixtures.temporaryDirectory()
        let result = try CommandRunner.run(["analyze", Self.mixed.path, "--out", out.path, "--progress", "never"])
        #expect(result.status == 0, "\(result.stderr)")
        let documents = try read(out, "documents.csv")
        for row in [
            "article.md,", "notes/2026-03-04-leroy.txt,call,ok,,utf-8,",
            "notes/compte-rendu-girard.docx,call,ok,,docx,37235,",
            "transcriptions/meet-roussel.srt,session,ok,,utf-8,",
            "transcriptions/teams-dubois.vtt,session,ok,,utf-8-bom,",
            "transcriptions/zoom-atelier.vtt,session,ok,,utf-8,",
        ] {
            #expect(documents.contains("\r\n" + row), "\(row)")
        }
        // Each speaker of a transcript, with their speaking time.
        let evidence = try read(out, "evidence.csv")
        #expect(evidence.contains("parole:Claire Martin,"))
        #expect(evidence.contains("temps de parole : 0 min 30 s (53 %) · tour le plus long : 0 min 13 s"))
        #expect(evidence.contains("parole:Léa Fontaine,"))
        #expect(!evidence.contains("-->") && !evidence.contains("<v "))
    }

    @Test func evidenceOffsetsPointIntoEachDocumentsText() async throws {
        let out = try Fixtures.temporaryDirectory()
        let result = try CommandRunner.run(["analyze", Self.mixed.path, "--out", out.path, "--progress", "never"])
        #expect(result.status == 0, "\(result.stderr)")
        // The documents' texts, read as the run read them.
        let library = try RuleLibrary.load(builtin: [KindClassifier.builtinRules])
        let loader = DocumentLoader(classifier: KindClassifier(library: library), assumeCalls: false)
        var texts: [String: [Unicode.Scalar]] = [:]
        for file in FileWalker(inputs: [Self.mixed.path]) {
            let (document, _) = try loader.load(file, scratch: MatchScratch()).get()
            texts[file.document] = Array(document.document.text.unicodeScalars)
        }
        let evidence = rows(try read(out, "evidence.csv"))
        let header = try #require(evidence.first)
        let column = { (name: String) in header.firstIndex(of: name)! }
        var checked: Set<String> = []
        for row in evidence.dropFirst() {
            let text = try #require(texts[row[column("document")]])
            let start = try #require(Int(row[column("start")])), end = try #require(Int(row[column("end")]))
            let matched = row[column("matched")]
            // A finding spans its matched words, or the sentence that holds them.
            #expect(String(String.UnicodeScalarView(text[start..<end])).contains(matched), "\(row)")
            checked.insert(row[column("document")])
        }
        #expect(checked.isSuperset(of: [
            "transcriptions/teams-dubois.vtt", "transcriptions/zoom-atelier.vtt", "transcriptions/meet-roussel.srt",
            "notes/compte-rendu-girard.docx",
        ]))
    }

    @Test func unreadableWordFilesAreRowsAndTheRunGoesOn() throws {
        let out = try Fixtures.temporaryDirectory()
        let result = try CommandRunner.run([
            "analyze", Self.broken.path, Self.mixed.path, "--out", out.path, "--progress", "never",
        ])
        #expect(result.status == 1)
        let documents = try read(out, "documents.csv")
        for row in [
            "endommage.docx,,error,document Word endommagé : word/document.xml ne correspond pas à sa somme de contrôle,",
            "pas-un-zip.docx,,error,pas un document Word : le fichier n’est pas une archive .docx (ZIP),",
            "protege.docx,,error,document Word protégé par un mot de passe : enregistrez-le sans mot de passe pour l’analyser,",
            "sans-document.docx,,error,pas un document Word : l’archive ne contient pas word/document.xml,",
            "tronque.docx,,error,document Word tronqué ou endommagé : archive ZIP illisible,",
            "xml-invalide.docx,,error,document Word endommagé : word/document.xml n’est pas du XML valide (ligne 1),",
            "zip-chiffre.docx,,error,archive .docx chiffrée par un mot de passe : enregistrez-la sans mot de passe,",
            "notes/compte-rendu-girard.docx,call,ok,",
            "transcriptions/teams-dubois.vtt,session,ok,",
        ] {
            #expect(documents.contains("\r\n" + row), "\(row)")
        }
        #expect(result.stderr.contains("protege.docx"))
        #expect(result.stderr.contains("tronque.docx"))
    }

    @Test func theCallsReportGivesSpeakingTimesInMinutes() throws {
        let out = try Fixtures.temporaryDirectory()
        let transcripts = Self.mixed.appendingPathComponent("transcriptions").path
        let result = try CommandRunner.run(["calls", transcripts, "--out", out.path, "--progress", "never"])
        #expect(result.status == 0, "\(result.stderr)")
        let markdown = try read(out, "calls.md")
        #expect(markdown.contains(
            "| locuteur | mots | part | questions | plus long monologue (mots) | temps de parole (min) | part du temps | plus long tour (min) |"))
        // Claire Martin spoke 30.4 s (53 % of the speaking time), her longest turn 13.2 s.
        let claire = markdown.split(separator: "\n").first { $0.hasPrefix("| Claire Martin |") }
        #expect(claire?.hasSuffix("| 0,5 | 53 % | 0,2 |") == true, "\(claire ?? "")")
        #expect(markdown.contains("### teams-dubois.vtt"))
    }
}
