@testable import CoachLensPipeline
import Foundation
import TestSupport
import Testing

@Suite struct WordDocumentReaderTests {
    static let fixtures = Fixtures.repositoryRoot.appendingPathComponent("Tests/CLITests/Fixtures")

    static func read(_ path: String) throws(IngestFailure) -> String {
        let url = fixtures.appendingPathComponent(path)
        let bytes = (try? Array(Data(contentsOf: url))) ?? []
        return try WordDocumentReader.text(of: bytes, at: url.path)
    }

    /// A document.xml body in WordprocessingML's namespace.
    static func xml(_ body: String) -> Data {
        Data("""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" \
        xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>\(body)</w:body></w:document>
        """.utf8)
    }

    @Test func aDocumentWrittenByPythonDocx() throws {
        let text = try Self.read("mixed/notes/compte-rendu-girard.docx")
        #expect(text == """
        Compte rendu – Batiplus
        Deuxième rendez-vous avec M. Girard, gérant, et sa responsable planning, Élodie.
        Durée :\t1 h 15
        Lieu : leurs bureaux de Nantes.
        Questions posées :
        - Combien d'équipes partent chaque matin ?
        - Qui prévient le client d'un retard ?
        - Que coûte une intervention ratée ?
        Ce que le client m'a dit :
        Équipes\tDouze, de deux techniciens
        Retards\tPersonne : le client appelle lui-même
        Coût\tEnviron 400 € et un client mécontent
        J'ai reformulé : ils veulent prévenir leurs clients avant l'heure prévue. Élodie a validé. \
        Prochaine étape : démonstration avec le planning réel jeudi prochain.

        """)
    }

    @Test func brokenFilesGiveAReasonNeverACrash() {
        let expected: [(String, IngestFailure)] = [
            ("tronque.docx", IngestFailure(.error, "document Word tronqué ou endommagé : archive ZIP illisible")),
            ("pas-un-zip.docx", IngestFailure(.error, "pas un document Word : le fichier n’est pas une archive .docx (ZIP)")),
            ("endommage.docx", IngestFailure(
                .error, "document Word endommagé : word/document.xml ne correspond pas à sa somme de contrôle")),
            ("sans-document.docx", IngestFailure(.error, "pas un document Word : l’archive ne contient pas word/document.xml")),
            ("xml-invalide.docx", IngestFailure(
                .error, "document Word endommagé : word/document.xml n’est pas du XML valide (ligne 1)")),
            ("zip-chiffre.docx", IngestFailure(
                .error, "archive .docx chiffrée par un mot de passe : enregistrez-la sans mot de passe")),
            ("protege.docx", IngestFailure(
                .error, "document Word protégé par un mot de passe : enregistrez-le sans mot de passe pour l’analyser")),
        ]
        for (name, failure) in expected {
            #expect(throws: failure, "\(name)") { try Self.read("word-broken/" + name) }
        }
    }

    @Test func anOldDocRenamedIsNamedAsSuch() {
        let bytes = WordDocumentReader.compoundFileSignature + [UInt8](repeating: 0, count: 504)
        #expect(throws: IngestFailure(
            .error, "ancien format Word 97-2003 (.doc) sous l’extension .docx : enregistrez-le au format .docx")) {
            try WordDocumentReader.text(of: bytes, at: "/nonexistent")
        }
    }

    @Test func everyCutOfARealDocumentIsAReasonNotACrash() throws {
        let url = Self.fixtures.appendingPathComponent("mixed/notes/compte-rendu-girard.docx")
        let bytes = try Array(Data(contentsOf: url))
        let folder = try Fixtures.temporaryDirectory("docx-cuts")
        for length in stride(from: 1, to: bytes.count, by: 997) {
            let cut = folder.appendingPathComponent("\(length).docx")
            try Data(bytes[..<length]).write(to: cut)
            #expect(throws: IngestFailure.self) { try WordDocumentReader.text(of: Array(bytes[..<length]), at: cut.path) }
        }
    }

    @Test func hiddenTextAndTextBoxFallbacksAreLeftOut() throws {
        let text = try WordXMLText.text(of: Self.xml("""
        <w:p><w:r><w:t xml:space="preserve">Le client </w:t></w:r><w:del><w:r><w:delText>refuse</w:delText></w:r></w:del>\
        <w:ins><w:r><w:t>accepte</w:t></w:r></w:ins><w:r><w:instrText> PAGE </w:instrText></w:r>\
        <w:moveFrom><w:r><w:t>déplacé</w:t></w:r></w:moveFrom><w:r><w:t>.</w:t></w:r></w:p>\
        <w:p><mc:AlternateContent><mc:Choice><w:r><w:t>Encadré</w:t></w:r></mc:Choice>\
        <mc:Fallback><w:r><w:t>Encadré</w:t></w:r></mc:Fallback></mc:AlternateContent></w:p>
        """))
        #expect(text == "Le client accepte.\nEncadré\n")
    }

    @Test func listsTabStopsAndTablesInCells() throws {
        let text = try WordXMLText.text(of: Self.xml("""
        <w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs><w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/>\
        </w:numPr></w:pPr><w:r><w:t>Point</w:t></w:r></w:p>\
        <w:p><w:pPr><w:numPr><w:numId w:val="0"/></w:numPr><w:pPrChange><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr>\
        </w:pPr></w:pPrChange></w:pPr><w:r><w:t>Plus une liste</w:t></w:r></w:p>\
        <w:tbl><w:tr><w:tc><w:p><w:r><w:t>A</w:t><w:br/><w:t>suite</w:t></w:r></w:p><w:p><w:r><w:t>fin</w:t></w:r></w:p></w:tc>\
        <w:tc><w:p><w:r><w:t>B</w:t><w:tab/><w:t>C</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
        """))
        #expect(text == "- Point\nPlus une liste\nA suite fin\tB C\n")
    }
}
