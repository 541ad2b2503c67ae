@testable import CoachLensPipeline
import CoachLensKit
import Foundation
import TestSupport
import Testing

@Suite struct TranscriptTests {
    static let folder = Fixtures.repositoryRoot.appendingPathComponent("Tests/CLITests/Fixtures/mixed/transcriptions")

    /// A fixture file decoded as the loader does, then read as a transcript.
    static func fixture(_ name: String) throws -> (transcript: Transcript, encoding: TextEncoding) {
        let bytes = try Array(Data(contentsOf: folder.appendingPathComponent(name)))
        let (text, encoding) = try TextDecoder.decode(bytes)
        return (try Transcript.read(text), encoding)
    }

    /// The words of each turn, as the document's text holds them.
    static func words(_ transcript: Transcript) -> [String] {
        let bytes = Array(transcript.text.utf8)
        return transcript.turns.map { String(decoding: bytes[$0.utf8Range], as: UTF8.self) }
    }

    @Test func theExampleOfTheDocumentation() throws {
        let transcript = try Transcript.read("""
        WEBVTT

        00:00:01.000 --> 00:00:03.000
        <v Claire>Bonjour Marc.</v>

        00:00:03.000 --> 00:00:05.500
        <v Claire>Vous avez reçu le devis ?</v>

        00:00:06.000 --> 00:00:07.000
        <v Marc>Oui, hier soir.</v>
        """)
        #expect(transcript.text == "Bonjour Marc. Vous avez reçu le devis ?\n\nOui, hier soir.")
        #expect(transcript.turns == [
            SpeakerTurn(speaker: "Claire", utf8Range: 0..<40, milliseconds: 1_000..<5_500),
            SpeakerTurn(speaker: "Marc", utf8Range: 42..<57, milliseconds: 6_000..<7_000),
        ])
    }

    @Test func teamsExportWithBOMCRLFVoiceTagsAnOverlapAndAnEmptyCue() throws {
        let (transcript, encoding) = try Self.fixture("teams-dubois.vtt")
        #expect(encoding == .utf8BOM)
        #expect(!transcript.text.contains("\r") && !transcript.text.contains("<") && !transcript.text.contains("-->"))
        #expect(transcript.turns.map(\.speaker) == [
            "Claire Martin", "Marc Dubois", "Claire Martin", "Marc Dubois", "Claire Martin", "Marc Dubois",
            "Claire Martin", "Marc Dubois",
        ])
        // Three consecutive cues of Claire make one turn; her « Deux heures chacun ? » overlaps Marc's answer
        // and stays a turn of its own; the empty cue between Marc's two turns is dropped.
        #expect(Self.words(transcript)[0] == "Bonjour Marc, merci de m’accorder ce temps aujourd’hui. Avant de vous "
            + "parler de notre offre, j’aimerais comprendre votre situation. Comment gérez-vous vos plannings aujourd’hui ?")
        #expect(transcript.turns[0].milliseconds == 2_140..<15_300)
        #expect(transcript.turns[1].milliseconds == 15_900..<24_610)
        #expect(transcript.turns[2].milliseconds == 23_980..<25_400)
        #expect(Self.words(transcript)[2] == "Deux heures chacun ?")
        #expect(transcript.turns[3].milliseconds == 25_900..<33_200)
        #expect(transcript.turns.last?.milliseconds == 59_100..<61_400)
    }

    @Test func zoomExportWithNamesInTheWords() throws {
        let (transcript, encoding) = try Self.fixture("zoom-atelier.vtt")
        #expect(encoding == .utf8)
        #expect(transcript.turns.map(\.speaker) == [
            "Sophie Bernard", "Karim Haddad", "Sophie Bernard", "Karim Haddad", "Léa Fontaine", "Sophie Bernard",
            "Karim Haddad",
        ])
        #expect(Self.words(transcript)[1]
            == "Oui. J’ai présenté notre catalogue pendant vingt minutes, et le client n’a presque rien dit.")
        #expect(!transcript.text.contains("Sophie Bernard:"))
    }

    @Test func srtExportWithCRLFTagsAnEmptyCueAndAnOverlap() throws {
        let (transcript, _) = try Self.fixture("meet-roussel.srt")
        #expect(transcript.turns.map(\.speaker) == [
            "Nicolas Petit", "Hélène Roussel", "Nicolas Petit", "Hélène Roussel", "Nicolas Petit", "Hélène Roussel",
        ])
        #expect(Self.words(transcript)[3]
            == "La fiabilité. Notre ancien prestataire nous a laissés sans chauffage tout un hiver.")
        // Her answer starts at 16.0 s, before his question ends at 16.3 s.
        #expect(transcript.turns[2].milliseconds == 11_000..<16_300)
        #expect(transcript.turns[3].milliseconds == 16_000..<22_700)
    }

    @Test func cuesAreOrderedByStartTimeAndUnnamedCuesContinueTheSpeaker() {
        let transcript = Transcript(cues: [
            SubtitleCue(milliseconds: 0..<1_000, speaker: nil, text: "Avant tout nom."),
            SubtitleCue(milliseconds: 5_000..<6_000, speaker: "Marc", text: "Réponse."),
            SubtitleCue(milliseconds: 2_000..<3_000, speaker: "Claire", text: "Question ?"),
            SubtitleCue(milliseconds: 3_000..<4_000, speaker: nil, text: "Suite de la question."),
            SubtitleCue(milliseconds: 4_000..<4_500, speaker: "Marc", text: ""),
        ])
        #expect(transcript.text == "Avant tout nom.\n\nQuestion ? Suite de la question.\n\nRéponse.")
        #expect(transcript.turns.map(\.speaker) == ["Claire", "Marc"])
        #expect(transcript.turns[0].milliseconds == 2_000..<4_000)
    }

    @Test func aFileWithoutCuesOrWithoutWordsIsReported() {
        #expect(throws: IngestFailure(.error, "aucun repère temporel (00:00:01.000 --> 00:00:04.000) : pas une transcription WebVTT ou SRT")) {
            try Transcript.read("WEBVTT\n\nNOTE rien ici\n")
        }
        #expect(throws: IngestFailure(.skipped, "transcription sans paroles (sous-titres vides)")) {
            try Transcript.read("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Paul></v>\n")
        }
    }

    @Test func accentsAreComposedInTheText() throws {
        let transcript = try Transcript.read("00:00:01,000 --> 00:00:02,000\nPaul: Ce\u{0301}dric a signe\u{0301}.\n")
        #expect(Array(transcript.text.unicodeScalars) == Array("Cédric a signé.".unicodeScalars))
        #expect(transcript.turns.first?.utf8Range == 0..<"Cédric a signé.".utf8.count)
    }
}
