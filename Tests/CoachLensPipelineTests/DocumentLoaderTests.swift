import CoachLensKit
import CoachLensPipeline
import Foundation
import PCRE2Regex
import TestSupport
import Testing

/// Each input format through the loader, as the pipeline reads it.
@Suite struct DocumentLoaderTests {
    static let mixed = Fixtures.repositoryRoot.appendingPathComponent("Tests/CLITests/Fixtures/mixed")

    static func load(_ path: String) throws -> Result<(document: AnalyzedDocument, warnings: [String]), IngestFailure> {
        let library = try RuleLibrary.load(builtin: [KindClassifier.builtinRules])
        let loader = DocumentLoader(classifier: KindClassifier(library: library), assumeCalls: false)
        let file = try #require(Array(FileWalker(inputs: [mixed.appendingPathComponent(path).path])).first)
        return loader.load(file, scratch: MatchScratch())
    }

    @Test func aTranscriptIsASessionWhoseTurnsCarryTheirTimes() throws {
        let (analyzed, warnings) = try Self.load("transcriptions/teams-dubois.vtt").get()
        let document = analyzed.document
        #expect(warnings.isEmpty)
        #expect(document.kind == .session)
        #expect(document.encoding == .utf8BOM)
        #expect(document.text.hasPrefix("Bonjour Marc, merci de m’accorder ce temps aujourd’hui."))
        #expect(analyzed.turns.count == 8)
        #expect(analyzed.turns.allSatisfy { $0.milliseconds != nil })
        // Sentence offsets point into the spoken words: every sentence is inside one turn.
        for sentence in analyzed.sentences {
            #expect(analyzed.speaker(atByte: sentence.utf8Range.lowerBound) != nil)
        }
        let question = try #require(document.text.range(of: "Deux heures chacun ?"))
        let offset = document.text.utf8.distance(from: document.text.startIndex, to: question.lowerBound)
        #expect(analyzed.speaker(atByte: offset) == "Claire Martin")
    }

    @Test func aTranscriptWithoutNamesIsASessionWithAWarning() throws {
        let folder = try Fixtures.temporaryDirectory()
        let file = folder.appendingPathComponent("sans-noms.srt")
        try Data("1\n00:00:01,000 --> 00:00:03,000\nBonjour à tous.\n\n2\n00:00:03,000 --> 00:00:05,000\nOn commence ?\n".utf8)
            .write(to: file)
        let library = try RuleLibrary.load(builtin: [KindClassifier.builtinRules])
        let loader = DocumentLoader(classifier: KindClassifier(library: library), assumeCalls: false)
        let (analyzed, warnings) = try loader.load(InputFile(path: file.path, document: "sans-noms.srt", format: .subRip),
                                                   scratch: MatchScratch()).get()
        #expect(analyzed.document.kind == .session)
        #expect(analyzed.document.text == "Bonjour à tous. On commence ?")
        #expect(analyzed.turns.isEmpty)
        #expect(warnings == ["aucun nom de locuteur dans la transcription : pas de chiffres par locuteur"])
    }

    @Test func aWordDocumentIsReadAsTextAndClassified() throws {
        let (analyzed, _) = try Self.load("notes/compte-rendu-girard.docx").get()
        #expect(analyzed.document.encoding == .docx)
        #expect(analyzed.document.kind == .call)
        #expect(analyzed.document.byteCount == 37_235)
        #expect(analyzed.document.text.contains("- Qui prévient le client d'un retard ?\n"))
    }
}
