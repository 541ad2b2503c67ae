import Foundation
import ZIPFoundation

/// Reads the text of a Word document (.docx): unzips word/document.xml with ZIPFoundation and reads its
/// paragraphs, line breaks, tabs, list items and table cells (``WordXMLText``). Whatever is wrong with the file
/// (not a ZIP archive, truncated, corrupt, protected by a password, an old .doc renamed) is an
/// ``IngestFailure`` with a reason in plain French, never a crash.
enum WordDocumentReader {
    /// The part of the package that holds the body text.
    static let documentPart = "word/document.xml"
    /// The most bytes word/document.xml may unzip to: far above any call note, it stops a ZIP bomb.
    static let maximumPartBytes = 256 << 20
    /// The first bytes of an OLE compound file: a password-protected .docx, or a Word 97-2003 .doc.
    static let compoundFileSignature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
    /// The stream that Office's password protection puts in the compound file, named in UTF-16LE.
    static let encryptedPackage: [UInt8] = Array("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })

    /// The text of the document at `path`, whose bytes are `bytes`.
    static func text(of bytes: [UInt8], at path: String) throws(IngestFailure) -> String {
        guard !bytes.isEmpty else { throw IngestFailure(.skipped, "fichier vide") }
        if bytes.starts(with: compoundFileSignature) {
            throw bytes.firstRange(of: encryptedPackage) != nil
                ? IngestFailure(.error, "document Word protégé par un mot de passe : enregistrez-le sans mot de passe pour l’analyser")
                : IngestFailure(.error, "ancien format Word 97-2003 (.doc) sous l’extension .docx : enregistrez-le au format .docx")
        }
        guard bytes.starts(with: [0x50, 0x4B]) else {
            throw IngestFailure(.error, "pas un document Word : le fichier n’est pas une archive .docx (ZIP)")
        }
        let archive: Archive
        do {
            // From the file, not from memory: a corrupt archive may point past its end, which a file reads as
            // nothing and an in-memory archive does not survive.
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw IngestFailure(.error, "document Word tronqué ou endommagé : archive ZIP illisible")
        }
        guard let entry = archive[documentPart] else {
            if hasEncryptedEntry(bytes) {
                throw IngestFailure(.error, "archive .docx chiffrée par un mot de passe : enregistrez-la sans mot de passe")
            }
            // The part's name is in the file, but the archive's directory does not lead to it.
            if bytes.firstRange(of: Array(documentPart.utf8)) != nil {
                throw IngestFailure(.error, "document Word endommagé : le sommaire de l’archive ZIP est illisible")
            }
            throw IngestFailure(.error, "pas un document Word : l’archive ne contient pas word/document.xml")
        }
        guard entry.uncompressedSize <= maximumPartBytes else {
            throw IngestFailure(.error, "document Word trop volumineux ou endommagé (word/document.xml dépasse 256 Mo)")
        }
        var xml = Data()
        do {
            let checksum = try archive.extract(entry) { chunk in
                xml.append(chunk)
                // The declared size can lie: count what really comes out.
                if xml.count > maximumPartBytes { throw Archive.ArchiveError.invalidEntrySize }
            }
            // Extracting to a consumer leaves the checksum to the caller.
            guard checksum == entry.checksum else { throw Archive.ArchiveError.invalidCRC32 }
        } catch Archive.ArchiveError.invalidCRC32 {
            throw IngestFailure(.error, "document Word endommagé : word/document.xml ne correspond pas à sa somme de contrôle")
        } catch Archive.ArchiveError.invalidEntrySize {
            throw IngestFailure(.error, "document Word trop volumineux ou endommagé (word/document.xml dépasse 256 Mo)")
        } catch {
            throw IngestFailure(.error, "document Word endommagé : word/document.xml illisible")
        }
        return try WordXMLText.text(of: xml)
    }

    /// True when a local file header of the archive has its encryption flag set (a ZIP protected by a
    /// password, whose entries ZIPFoundation does not list).
    static func hasEncryptedEntry(_ bytes: [UInt8]) -> Bool {
        let signature: [UInt8] = [0x50, 0x4B, 0x03, 0x04]
        var searchStart = 0
        while let header = bytes[searchStart...].firstRange(of: signature) {
            let flags = header.lowerBound + 6
            if flags < bytes.count, bytes[flags] & 1 == 1 { return true }
            searchStart = header.upperBound
        }
        return false
    }
}
