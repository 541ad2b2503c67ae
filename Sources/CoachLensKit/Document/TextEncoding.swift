/// The encoding a file was decoded from, as reported in the `encoding` column: a text encoding, or `docx` for
/// a Word document (UTF-8 XML inside a ZIP archive).
public enum TextEncoding: String, Sendable, CaseIterable {
    case utf8 = "utf-8"
    case utf8BOM = "utf-8-bom"
    case utf16LE = "utf-16le"
    case utf16BE = "utf-16be"
    case windows1252 = "windows-1252"
    case docx
}
