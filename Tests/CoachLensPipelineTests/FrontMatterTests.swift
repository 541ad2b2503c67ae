import CoachLensPipeline
import Testing

@Suite struct FrontMatterTests {
    @Test func readsFieldsAndStripsTheBlock() {
        let (metadata, body) = FrontMatter.split("---\nvendeur: Claire Martin\nClient: \"Dupuis\"\ndate: 2026-03-04\n---\nRDV ok.\n")
        #expect(metadata == ["vendeur": "Claire Martin", "client": "Dupuis", "date": "2026-03-04"])
        #expect(body == "RDV ok.\n")
    }

    @Test func textWithoutFrontMatterIsUnchanged() {
        let text = "--- pas un en-tête\nTexte."
        #expect(FrontMatter.split(text).body == text)
        #expect(FrontMatter.split(text).metadata.isEmpty)
    }

    @Test func unclosedBlockIsLeftAsText() {
        let text = "---\nvendeur: Claire\nRDV ok"
        #expect(FrontMatter.split(text).body == text)
    }
}
