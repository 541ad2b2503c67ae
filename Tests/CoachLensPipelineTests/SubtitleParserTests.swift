@testable import CoachLensPipeline
import Testing

@Suite struct SubtitleParserTests {
    @Test func timestampsInBothFormatsWithOrWithoutHours() {
        #expect(CueTiming("00:01:02.500 --> 00:01:04.000")?.milliseconds == 62_500..<64_000)
        #expect(CueTiming("00:01:02,500 --> 00:01:04,000")?.milliseconds == 62_500..<64_000)
        #expect(CueTiming("01:02.5 --> 01:04.25")?.milliseconds == 62_500..<64_250)
        #expect(CueTiming("1:00:00.000 --> 1:00:01.000")?.milliseconds == 3_600_000..<3_601_000)
        // Cue settings after the end time are ignored.
        #expect(CueTiming("00:00:01.000 --> 00:00:02.000 align:start position:10% line:0")?.milliseconds == 1_000..<2_000)
        // An end before its start is a cue of no duration.
        #expect(CueTiming("00:00:05.000 --> 00:00:04.000")?.milliseconds == 5_000..<5_000)
    }

    @Test func linesThatAreNotTimingLines() {
        #expect(CueTiming("Bonjour --> au revoir") == nil)
        #expect(CueTiming("00:61:00.000 --> 00:62:00.000") == nil)
        #expect(CueTiming("00:00:01.0000 --> 00:00:02.000") == nil)
        #expect(CueTiming("00:00:01.000") == nil)
    }

    @Test func headerNoteStyleAndRegionBlocksAreSkipped() {
        let text = """
        WEBVTT - Réunion du 4 mars
        Kind: captions
        Language: fr

        STYLE
        ::cue { color: yellow }

        REGION
        id:bas width:40%

        NOTE Relu par Claire,
        ces lignes ne sont pas des paroles

        1
        00:00:01.000 --> 00:00:02.000 region:bas align:start
        Bonjour.
        """
        let cues = SubtitleParser.cues(in: text)
        #expect(cues == [SubtitleCue(milliseconds: 1_000..<2_000, speaker: nil, text: "Bonjour.")])
    }

    @Test func voiceTagsOtherTagsAndReferences() {
        let text = """
        WEBVTT

        00:00:01.000 --> 00:00:04.000
        <v.loud Marie Dupont>C’est <i>très</i> important<00:00:02.500> pour
        <c.yellow>nous</c> &amp; nos clients &lt;v&gt; &#233;t&#xE9;.</v>
        <v Paul>D’accord.
        """
        #expect(SubtitleParser.cues(in: text) == [
            SubtitleCue(milliseconds: 1_000..<4_000, speaker: "Marie Dupont", text: "C’est très important pour nous & nos clients <v> été."),
            SubtitleCue(milliseconds: 1_000..<4_000, speaker: "Paul", text: "D’accord."),
        ])
    }

    @Test func aLessThanSignThatOpensNoTagIsKept() {
        #expect(CuePayload.voices("Un prix < 100 € et R&D") == [CuePayload.Voice(speaker: nil, text: "Un prix < 100 € et R&D")])
    }

    @Test func anEmptyCueGivesACueWithoutWords() {
        let text = "00:00:01,000 --> 00:00:02,000\n\n\n2\n00:00:03,000 --> 00:00:04,000\n<v Paul></v>\n"
        #expect(SubtitleParser.cues(in: text).map(\.text) == ["", ""])
    }

    @Test func srtWithoutABlankLineBeforeTheNextCue() {
        let text = """
        1
        00:00:01,000 --> 00:00:02,000
        Première phrase.
        2
        00:00:02,500 --> 00:00:03,000
        Deuxième phrase.
        """
        #expect(SubtitleParser.cues(in: text).map(\.text) == ["Première phrase.", "Deuxième phrase."])
    }

    @Test func zoomLabelsNameTheSpeakers() {
        let text = """
        1
        00:00:01.000 --> 00:00:02.000
        Claire Martin: Bonjour Marc.

        2
        00:00:02.000 --> 00:00:03.000
        Marc: Bonjour.

        3
        00:00:03.000 --> 00:00:04.000
        Et ensuite, voilà: on verra.
        """
        let cues = SubtitleParser.cues(in: text)
        #expect(cues.map(\.speaker) == ["Claire Martin", "Marc", nil])
        #expect(cues.map(\.text) == ["Bonjour Marc.", "Bonjour.", "Et ensuite, voilà: on verra."])
    }

    @Test func aColonInSpeechIsNotALabelWhenFewCuesHaveOne() {
        let text = """
        00:00:01.000 --> 00:00:02.000
        Bref: on verra.

        00:00:02.000 --> 00:00:03.000
        Il faut signer à 10:30 demain.

        00:00:03.000 --> 00:00:04.000
        Remarque : le prix a baissé.
        """
        #expect(SubtitleParser.cues(in: text).map(\.speaker) == [nil, nil, nil])
        #expect(SpeakerLabel.split("Remarque : le prix") == nil)
        #expect(SpeakerLabel.split("à 10:30 demain") == nil)
        #expect(SpeakerLabel.split("Hélène Roussel: Oui.")! == ("Hélène Roussel", "Oui."))
    }
}
