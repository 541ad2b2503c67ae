import CoachLensKit
import SalesSteps
import Testing

/// Speaker figures of a transcript whose turns carry times (read from .vtt or .srt cues).
@Suite struct SpeakerTimeTests {
    /// Claire speaks 0–10 s and 30–45 s, Marc 10–30 s, Paul once, 45–50 s.
    static func transcript() -> AnalyzedDocument {
        let text = "Bonjour Marc. Où en êtes-vous ?\n\nNous avons comparé trois offres.\n\nEt ensuite ?\n\nJe signe demain."
        let bytes = Array(text.utf8)
        var turns: [SpeakerTurn] = []
        var start = 0
        for (speaker, milliseconds) in [("Claire", 0..<10_000), ("Marc", 10_000..<30_000), ("Claire", 30_000..<45_000),
                                         ("Paul", 45_000..<50_000)] {
            var end = start
            while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
            turns.append(SpeakerTurn(speaker: speaker, utf8Range: start..<end, milliseconds: milliseconds))
            start = end + 2
        }
        return AnalyzedDocument(Document(path: "appel.vtt", text: text, kind: .session, turns: turns))
    }

    @Test func timesSharesAndTheLongestTurn() {
        let speakers = SpeakerStatistics(Self.transcript()).speakers
        #expect(speakers.map(\.name) == ["Claire", "Marc", "Paul"])
        #expect(speakers.map(\.talkSeconds) == [25, 20, 5])
        #expect(speakers.map(\.timeSharePercent) == [50, 40, 10])
        #expect(speakers.map(\.longestTurnSeconds) == [15, 20, 5])
        #expect(speakers[0].note.hasSuffix(" · temps de parole : 0 min 25 s (50 %) · tour le plus long : 0 min 15 s"))
    }

    @Test func theNoteReadsBack() throws {
        let findings = SpeakerStatistics(Self.transcript()).findings
        let claire = try #require(findings.first.flatMap(SpeakerStatistics.parse))
        #expect(claire.talkSeconds == 25 && claire.timeSharePercent == 50 && claire.longestTurnSeconds == 15)
    }

    @Test func labelsInATextHaveNoTimes() {
        let text = "Animateur : Bonjour.\nClient : Bonjour.\nAnimateur : On commence ?\nClient : Oui."
        let speakers = SpeakerStatistics(AnalyzedDocument(Document(path: "s.txt", text: text, kind: .session))).speakers
        #expect(speakers.count == 2)
        #expect(speakers.allSatisfy { $0.talkSeconds == nil })
        #expect(!speakers[0].note.contains("temps de parole"))
    }
}
