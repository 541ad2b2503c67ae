import CoachLensKit
import Foundation

/// Helpers shared by the tests.
public enum Fixtures {
    /// The repository's root, found from this file's location.
    public static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A fresh temporary folder.
    public static func temporaryDirectory(_ name: String = "coachlens") throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("\(name)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// An analysed document for a text (kind given), tokenized as the pipeline would.
    public static func document(_ text: String, kind: DocumentKind = .other, path: String = "test.txt") -> AnalyzedDocument {
        AnalyzedDocument(Document(path: path, text: text, kind: kind))
    }
}
