import CoachLensKit
import Foundation
import PCRE2Regex
import Segments
import TestSupport
import Testing

/// Behaviours of the segments plugin that the labels of ANNOTATION.md ask for.
@Suite struct SegmentsPluginTests {
    let plugin: SegmentsPlugin

    init() throws { plugin = try SegmentsFixtures.plugin() }

    func detected(_ text: String) -> Set<String> { SegmentsFixtures.detected(SegmentsFixtures.row(plugin, text: text)) }

    @Test func tableKeepsTheContractColumns() {
        #expect(plugin.table.fileName == "segments.csv")
        #expect(Array(plugin.table.columns.prefix(10)) == SegmentsFixtures.codes + ["segments"])
        #expect(plugin.table.columns.contains("customer_segment_types"))
    }

    @Test func passingWordIsNotEnough() {
        #expect(detected("Le client est arrivé en retard, nous avons parlé de la pluie et du beau temps.").isEmpty)
    }

    @Test func moralValuesAreNotValueProposition() {
        #expect(!detected("Les valeurs qui me guident sont l'honnêteté, le respect et la loyauté.").contains("VP"))
        #expect(detected("Ce que nos clients apprécient, c'est de ne plus penser à leur comptabilité.").contains("VP"))
    }

    @Test func supplierRelationIsKeyPartnersNotRelationships() {
        let found = detected("Entretenir une bonne relation avec ses fournisseurs permet d'obtenir des délais plus courts.")
        #expect(found.contains("KP"))
        #expect(!found.contains("CR"))
    }

    @Test func humanResourcesDepartmentIsNotKeyResources() {
        #expect(!detected("Le service des ressources humaines a changé de logiciel de paie la semaine dernière.").contains("KR"))
        #expect(detected("Dans le business model personnel, la ressource clé, c'est vous : vos compétences et vos talents.").contains("KR"))
    }

    @Test func platformCommissionIsACost() {
        let found = detected("La plateforme prélève une commission de 15 % sur chaque vente, ce qui réduit notre marge.")
        #expect(found.contains("C"))
        #expect(!found.contains("R"))
    }

    @Test func personalCanvasQuestions() {
        #expect(detected("Qui aidez-vous ? Vos clients sont ceux que vous aidez, votre patron comme vos collègues.").contains("CS"))
        #expect(detected("Ce que vous recevez : votre salaire, les primes et la reconnaissance de l'équipe.").contains("R"))
        #expect(detected("Vous et les moyens dont vous disposez : vos compétences, votre réseau, votre expérience.").contains("KR"))
    }

    @Test func listOfTheNineBlocksIsAnOverview() {
        let text = "La matrice comporte neuf blocs : segments de clientèle, proposition de valeur, canaux, relations clients, "
            + "flux de revenus, ressources clés, activités clés, partenaires clés et structure de coûts."
        #expect(detected(text).isEmpty)
        let findings = plugin.analyze(Fixtures.document(text, kind: .article), scratch: MatchScratch()).findings
        #expect(findings.contains { $0.rule == "apercu" })
    }

    @Test func scoresStayInUnitIntervalAndGrowWithCoverage() {
        let once = SegmentsFixtures.row(plugin, text: "Je facture mes missions à la journée, 650 euros hors taxes.")
        let filler = Array(repeating: "Il faisait beau ce matin-là et nous avons bu un café en terrasse.", count: 12)
        let diluted = SegmentsFixtures.row(plugin, text: (["Je facture mes missions à la journée, 650 euros hors taxes."] + filler)
            .joined(separator: "\n\n"))
        for row in [once, diluted] {
            for code in SegmentsFixtures.codes {
                let value = Double(row[code] ?? "") ?? -1
                #expect((0...1).contains(value), "\(code) = \(value)")
            }
        }
        let short = Double(once["R"] ?? "") ?? 0, long = Double(diluted["R"] ?? "") ?? 0
        #expect(short > long, "le même passage pèse moins dans un texte plus long")
        #expect(long > 0, "mais le bloc reste détecté")
    }

    @Test func passageFindingsDrawTheTimeline() {
        let text = """
        Nos clients sont des hôtels indépendants de la côte.

        Il faisait beau ce jour-là.

        Ils nous paient un abonnement annuel calculé sur le nombre de chambres.
        """
        let result = plugin.analyze(Fixtures.document(text, kind: .article), scratch: MatchScratch())
        let passages = result.findings.filter { $0.rule == "passage" }
        #expect(passages.map(\.label) == ["CS", "R"])
        for finding in passages {
            #expect(finding.end > finding.start)
            #expect(!finding.matchedText.isEmpty)
        }
        #expect(result.findings.contains { $0.rule != "passage" && $0.label == "R" })
        let row = SegmentsFixtures.row(plugin, text: text)
        #expect(row["passages"] == "CS . R")
    }

    @Test func customerSegmentTypes() {
        let row = SegmentsFixtures.row(plugin, text: """
            Dans le cas de l'entreprise, les deux principaux groupes sont les b-to-b, qui servent d'autres entreprises, \
            et les b-to-c, qui servent des consommateurs. Un marché de niche se distingue d'un marché de masse.
            """)
        #expect(row["customer_segment_types"] == "b2b|b2c|masse|niche")
        #expect(SegmentsFixtures.row(plugin, text: "Il fait beau.")["customer_segment_types"] == "")
    }

    @Test func findingsAreInTextOrderWithValidOffsets() {
        let text = "Émoji 🙂 d'abord. Nos clients sont des PME industrielles ; nous leur facturons un forfait mensuel."
        let result = plugin.analyze(Fixtures.document(text, kind: .article), scratch: MatchScratch())
        let scalars = Array(text.unicodeScalars)
        #expect(!result.findings.isEmpty)
        #expect(result.findings.map(\.start) == result.findings.map(\.start).sorted())
        for finding in result.findings where finding.rule != "passage" && finding.rule != "apercu" {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[finding.start..<finding.end])
            #expect(String(view) == finding.matchedText)
        }
    }
}
