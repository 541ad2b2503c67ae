import CoachLensKit
import CoachLensPipeline
@testable import CoachLensReports
import Foundation
import PCRE2Regex
import Testing

/// The `gaps` pack and the cues read from it: announcements and their topics, series, segment names.
@Suite struct GapsCuesTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func plugin() throws -> GapCuesPlugin {
        try GapCuesPlugin(library: try RuleLibrary.load(builtin: [GapCuesPlugin.builtinRules]), options: AnalysisOptions())
    }

    static func profile(_ text: String, path: String = "a.txt") throws -> ArticleProfile {
        let document = AnalyzedDocument(Document(path: path, text: text, kind: .article))
        var profile = ArticleProfile(document: path, title: path)
        GapAccumulator.readCues(try plugin().analyze(document, scratch: MatchScratch()), into: &profile)
        return profile
    }

    @Test func packExamplesBehave() throws {
        let packs = try RuleLibrary.load(builtin: [GapCuesPlugin.builtinRules]).packs
        #expect(packs.map(\.pack.id) == ["gaps"])
        for pack in packs {
            for failure in RuleExampleChecker.check(pack) { Issue.record(Comment(rawValue: failure.description)) }
            for rule in pack.pack.rules {
                #expect(!rule.examples.match.isEmpty && !rule.examples.noMatch.isEmpty, "\(rule.id) : exemples manquants")
            }
        }
    }

    @Test(arguments: [
        ("La prochaine étape, que je vais présenter, sera : Les valeurs apportées ou votre contribution.", "Les valeurs apportées ou votre contribution", "VP"),
        ("Dans un prochain article, je vous parlerai de la structure de coûts.", "La structure de coûts", "C"),
        ("Nous verrons dans un prochain article comment fixer ses revenus.", "Comment fixer ses revenus", "R"),
        ("Le prochain article sera consacré aux canaux de distribution.", "Les canaux de distribution", "CH"),
        ("Le prochain billet traitera des relations avec le client.", "Les relations avec le client", "CR"),
        ("La suite au prochain épisode !", "", nil),
    ] as [(String, String, String?)])
    func announcementTopic(_ sentence: String, _ topic: String, _ code: String?) throws {
        let profile = try Self.profile("Un article sur la vente.\n\n" + sentence)
        #expect(profile.announcements.count == 1)
        #expect(profile.announcements.first?.topic == topic)
        #expect(profile.announcements.first?.code == code)
        #expect(profile.announcements.first?.weak == false)
    }

    @Test func notAnnouncements() throws {
        let profile = try Self.profile("""
            Dès que vous les connaissez, vous pouvez passer à la prochaine étape qui consiste à présenter votre offre.
            Dans cet article, nous verrons comment préparer un rendez-vous. La marche à suivre est simple.
            La suite de l'article traite des défis du manager commercial et est disponible à l'adresse suivante.
            """)
        #expect(profile.announcements.isEmpty)
    }

    @Test func weakAnnouncement() throws {
        let profile = try Self.profile("Nous verrons comment transformer un prospect en client fidèle.")
        #expect(profile.announcements.map(\.weak) == [true])
    }

    /// The corpus article announces a nine-part canvas series and « Les valeurs apportées » next.
    @Test func businessModelCanvasArticle() throws {
        let url = Self.repository.appendingPathComponent("corpus/articles/le-business-model-canvas-vu-autrement.txt")
        let profile = try Self.profile(try String(contentsOf: url, encoding: .utf8), path: "bmc.txt")
        #expect(profile.seriesParts == 9)
        #expect(profile.segmentNames.count == 9)
        #expect(profile.isCanvasArticle)
        #expect(profile.announcements.map(\.topic) == ["Les valeurs apportées ou votre contribution"])
        #expect(profile.announcements.map(\.code) == ["VP"])
        #expect(profile.title == "Le Business Model Canvas vu autrement")
        let report = GapAnalysis.analyse([profile], folder: "x", segmentsScored: false, framingScored: false, focusScored: false)
        #expect(report.series.first?.missing.count == 8)
        #expect(report.missingAnnouncements.map(\.announcement.topic) == ["Les valeurs apportées ou votre contribution"])
        #expect(report.suggestions.first?.title == "Les valeurs apportées ou votre contribution")
    }

    @Test func titleMatching() {
        #expect(TopicWords.title("Les valeurs apportées", names: "Les valeurs apportées ou votre contribution"))
        #expect(!TopicWords.title("Management de la valeur ajoutée du commercial", names: "Les valeurs apportées ou votre contribution"))
        #expect(TopicWords.title("La relation client au quotidien", names: "La relation client"))
        #expect(!TopicWords.title("Quelque chose", names: ""))
    }
}
