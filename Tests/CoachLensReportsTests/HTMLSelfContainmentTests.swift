import CoachLensKit
@testable import CoachLensReports
import Testing

/// The pages stand alone: no script, nothing fetched from the network, inline style and SVG only.
@Suite struct HTMLSelfContainmentTests {
    static func check(_ page: String) {
        let lowered = page.lowercased()
        for forbidden in ["http://", "https://", "<script", "src=", "<link", "@import", "url(", "<iframe", "<object", "<embed", "//fonts."] {
            #expect(!lowered.contains(forbidden), "« \(forbidden) » dans la page")
        }
        #expect(lowered.hasPrefix("<!doctype html>"))
        #expect(lowered.contains("<style>"))
        #expect(lowered.contains("<meta charset=\"utf-8\">"))
        #expect(lowered.contains("content-security-policy"))
        #expect(lowered.contains("<html lang=\"fr\">"))
    }

    @Test func summaryPageIsSelfContained() {
        let (summary, tally) = HTMLFixture.summary(hostile: false)
        let page = HTMLSummary.render(summary, salespeople: tally)
        Self.check(page)
        #expect(page.contains("<svg"))
    }

    @Test func gapsPageIsSelfContained() async throws {
        let report = try await GapsGoldenTests.report(of: GapsGoldenTests.blog, name: "gaps-blog")
        let page = GapsHTML.render(report)
        Self.check(page)
        #expect(page.contains("<svg"))
        #expect(page.contains("À écrire ensuite"))
    }

    @Test func emptyRunStillGivesAPage() {
        let page = HTMLSummary.render(.init(tables: []))
        Self.check(page)
    }
}
