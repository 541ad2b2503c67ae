import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The text of word/document.xml, as plain lines: a paragraph per line, `w:br` as a line break, `w:tab` as a tab,
/// a list item (a paragraph with numbering) opened by « - », a table row per line with its cells separated by
/// tabs. Formatting is dropped, and so is text Word does not show: deleted and moved-away revisions, field codes,
/// and the fallback copy of text boxes (`mc:Fallback`), which repeats their text.
final class WordXMLText: NSObject, XMLParserDelegate {
    /// WordprocessingML's namespaces: transitional (what Word writes) and strict.
    static let wordNamespaces: Set<String> = [
        "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
        "http://purl.oclc.org/ooxml/wordprocessingml/main",
    ]
    static let markupCompatibility = "http://schemas.openxmlformats.org/markup-compatibility/2006"
    /// Word elements whose content Word does not show as text: moved-away and deleted revisions, and the
    /// paragraph properties before a tracked change (which would number a list item twice).
    static let hiddenElements: Set<String> = ["moveFrom", "del", "pPrChange"]

    private var text = ""
    /// Inside `w:t`: its characters are text.
    private var inText = false
    /// Depth inside runs (`w:r`): a `w:tab` there is a tab character, elsewhere a tab stop definition.
    private var runDepth = 0
    /// Depth inside an element whose content is not shown (0 outside).
    private var hiddenDepth = 0
    /// For each open table row, whether a cell has started in it.
    private var rows: [Bool] = []
    /// Inside `w:numPr`: whether it numbers the paragraph (`w:numId` 0 removes numbering).
    private var numbering: Bool?
    /// Whether the closing `</w:document>` was read: a cut file can end without an error from the parser.
    private var complete = false

    /// The text of `xml`, or why it cannot be read.
    static func text(of xml: Data) throws(IngestFailure) -> String {
        let reader = WordXMLText()
        let parser = XMLParser(data: xml)
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        parser.delegate = reader
        // Foundation's parser on Linux can return true after an error: check the error and the end too.
        guard parser.parse(), parser.parserError == nil, reader.complete else {
            throw IngestFailure(
                .error, "document Word endommagé : word/document.xml n’est pas du XML valide (ligne \(parser.lineNumber))")
        }
        return reader.text
    }

    /// Within a table cell, line breaks and tabs become spaces: a row stays one line, its cells split by tabs.
    private var separator: String { rows.isEmpty ? "\n" : " " }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        if hiddenDepth > 0 {
            hiddenDepth += 1
            return
        }
        if namespaceURI == Self.markupCompatibility, elementName == "Fallback" {
            hiddenDepth = 1
            return
        }
        guard let namespaceURI, Self.wordNamespaces.contains(namespaceURI) else { return }
        switch elementName {
        case _ where Self.hiddenElements.contains(elementName): hiddenDepth = 1
        case "t": inText = true
        case "r": runDepth += 1
        case "tab" where runDepth > 0: text += rows.isEmpty ? "\t" : " "
        case "br", "cr": text += separator
        case "noBreakHyphen": text += "-"
        case "numPr": numbering = true
        case "numId" where numbering != nil:
            // The attribute is `w:val`; its prefix depends on the writer.
            if attributes.contains(where: { ($0.key == "val" || $0.key.hasSuffix(":val")) && $0.value == "0" }) {
                numbering = false
            }
        case "tr": rows.append(false)
        case "tc":
            if rows.last == true { text += "\t" }
            if !rows.isEmpty { rows[rows.count - 1] = true }
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        if hiddenDepth > 0 {
            hiddenDepth -= 1
            return
        }
        guard let namespaceURI, Self.wordNamespaces.contains(namespaceURI) else { return }
        switch elementName {
        case "t": inText = false
        case "r": runDepth -= 1
        case "document": complete = true
        case "numPr":
            if numbering == true { text += "- " }
            numbering = nil
        case "p": text += separator
        case "tc": trimTrailingSpaces()
        case "tr":
            rows.removeLast()
            trimTrailingSpaces()
            text += separator
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText, hiddenDepth == 0 { text += string }
    }

    private func trimTrailingSpaces() {
        while text.last == " " { text.removeLast() }
    }
}
