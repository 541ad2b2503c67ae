import Foundation

/// A private temporary folder where the bytes of a file given on standard input (`base64`) are written under
/// the file's own name, so that it goes through exactly the ingest of a file on disk (extension, decoding,
/// transcripts, Word documents); each file is removed as soon as it is read.
final class SpoolDirectory: Sendable {
    /// The folder, or nil when it could not be created.
    let path: String?

    /// Creates the folder under the system's temporary folder.
    init() {
        var template = Array((NSTemporaryDirectory() + "/coachlens-stdin-XXXXXX").utf8CString)
        path = template.withUnsafeMutableBufferPointer { buffer in
            mkdtemp(buffer.baseAddress!).map { String(cString: $0) }
        }
    }

    /// Writes `bytes` as line `number`'s file, named after the last component of `document`; nil on failure.
    func write(_ bytes: [UInt8], number: Int, document: String) -> String? {
        guard let path else { return nil }
        let name = document.split(separator: "/").last.map(String.init) ?? ""
        let file = path + "/\(number)-" + name
        return FileManager.default.createFile(atPath: file, contents: Data(bytes)) ? file : nil
    }

    /// Removes one spooled file.
    func delete(_ file: String) {
        unlink(file)
    }

    /// Removes the folder (empty once every file was read).
    func remove() {
        if let path { rmdir(path) }
    }
}
