import CoachLensKit
@testable import CoachLensReports
import Testing

/// Every piece of document text is escaped: a file holding `<script>` or `"><img onerror=…>` shows as text.
@Suite struct HTMLEscapingTests {
    @Test func escapesMarkupCharacters() {
        #expect(HTMLText.escape("<script>alert('x')</script>") == "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
        #expect(HTMLText.escape("\"><img src=x onerror=alert(1)>") == "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;")
        #expect(HTMLText.escape("a & b") == "a &amp; b")
        #expect(HTMLText.escape("déjà 🙂") == "déjà 🙂")
    }

    @Test func highlightsTheMatchedScalarsAfterAccentsAndEmoji() {
        let finding = HTMLFixture.finding("x", excerpt: "Émoji 🙂 déjà <b> ici", marked: "<b>")
        #expect(HTMLText.highlighted(finding) == "Émoji 🙂 déjà <mark>&lt;b&gt;</mark> ici")
        #expect(HTMLText.highlighted("abc", range: 5..<9) == "abc")
        #expect(HTMLText.highlighted("abc", range: 1..<1) == "abc")
    }

    @Test func summaryPageShowsHostileTextAsText() {
        let (summary, tally) = HTMLFixture.summary()
        let page = HTMLSummary.render(summary, salespeople: tally)
        for forbidden in ["<script", "<img", "<iframe", "<b>gras", "<b>b2b", "<svg onload", "<i>"] {
            #expect(!page.contains(forbidden), "« \(forbidden) » non échappé")
        }
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;.txt"))
        #expect(page.contains("<mark>&lt;script&gt;</mark>"))
        #expect(page.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"))
        #expect(page.contains("&lt;svg onload=alert(1)&gt;"))
        #expect(page.contains("&lt;b&gt;gras&lt;/b&gt;"))
    }

    @Test func gapsPageShowsHostileTextAsText() {
        var article = ArticleProfile(document: HTMLFixture.hostilePath, title: HTMLFixture.hostile)
        let cue = HTMLFixture.finding("annonce", excerpt: HTMLFixture.hostile, marked: "<script>")
        article.announcements = [Announcement(topic: "<script>x</script>", code: nil, weak: false, evidence: cue)]
        article.guarantee = true
        article.guaranteeEvidence = cue
        article.clientShare = 0.1
        article.focusLabel = "self"
        article.selfEvidence = cue
        article.stepMentions = ["S1": 1]
        article.stepEvidence = ["S1": cue]
        let report = GapAnalysis.analyse([article], folder: "<b>blog</b>", segmentsScored: false, framingScored: true, focusScored: true)
        let page = GapsHTML.render(report)
        for forbidden in ["<script", "<img", "<b>blog"] {
            #expect(!page.contains(forbidden), "« \(forbidden) » non échappé")
        }
        #expect(page.contains("<mark>&lt;script&gt;</mark>"))
        #expect(page.contains("« &lt;script&gt;x&lt;/script&gt; »"))
    }
}
