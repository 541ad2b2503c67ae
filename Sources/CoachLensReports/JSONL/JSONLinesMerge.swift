import CoachLensKit
import CoachLensPipeline
import Foundation

/// Reads the outputs of several `analyze --format jsonl` runs over parts of one corpus (in any order, each part in
/// any order) and yields their documents in the order one run over the whole folder writes them
/// (``DocumentOrder``), so that the report writers produce the very same files:
///
/// ```
///  parts ──► check every line (same tables and packs) ──► sorted runs ──► k-way merge ──► outcomes, in order
///            a part already in order is one run; any other is sorted in chunks spilled to a temporary folder
/// ```
///
/// Memory holds one decoded line per run, plus one chunk while a part is sorted, whatever the size of the parts.
public final class JSONLinesMerge {
    /// The most bytes of lines sorted in memory at once.
    static let chunkBytes = 16 << 20

    /// The plugins' tables, as every line gives them.
    public let tables: [(id: String, table: TableSpec)]
    /// Files to read in order, each with the input it comes from.
    private var runs: [(path: String, source: String)] = []
    private var spillFolder: String?

    /// Checks every line of `paths` and prepares the sorted runs.
    public init(paths: [String]) throws(MergeError) {
        var first: (header: DocumentRecord.Header, source: String)?
        var unsorted: [String] = []
        for path in paths {
            var previous: [UInt8]?
            var inOrder = true
            try Self.forEachLine(of: path) { (line, number) throws(MergeError) in
                let header = try Self.decode(DocumentRecord.Header.self, line, path: path, line: number)
                if let first {
                    guard first.header.isCompatible(with: header) else {
                        throw MergeError(
                            path: path, line: number,
                            reason: "produit avec d’autres extensions, tables ou packs de règles que \(first.source)")
                    }
                } else {
                    first = (header, path)
                }
                let key = DocumentOrder.key(header.document)
                if let previous, !previous.lexicographicallyPrecedes(key) { inOrder = false }
                previous = key
            }
            if inOrder { runs.append((path, path)) } else { unsorted.append(path) }
        }
        guard let first else { throw MergeError(path: paths.joined(separator: ", "), reason: "aucun document à fusionner") }
        tables = first.header.tables
        for path in unsorted { try spillSorted(path) }
    }

    deinit {
        guard let spillFolder else { return }
        try? FileManager.default.removeItem(atPath: spillFolder)
    }

    /// Hands every document to `body` in the order of a single run; a document found twice is an error.
    public func forEach(_ body: (DocumentOutcome) -> Void) throws(MergeError) {
        var cursors: [Cursor] = []
        for run in runs { cursors.append(try Cursor(path: run.path, source: run.source)) }
        var previous: [UInt8]?
        while let index = cursors.indices.filter({ cursors[$0].current != nil }).min(by: {
            cursors[$0].current!.key.lexicographicallyPrecedes(cursors[$1].current!.key)
        }) {
            let current = cursors[index].current!
            if current.key == previous {
                throw MergeError(path: cursors[index].source, reason: "document « \(current.record.document) » présent deux fois")
            }
            do {
                body(try current.record.outcome())
            } catch {
                throw MergeError(path: cursors[index].source, reason: "« \(current.record.document) » : \(error.reason)")
            }
            previous = current.key
            try cursors[index].advance()
        }
    }

    /// Sorts the lines of `path` in chunks of at most ``chunkBytes``, each written as one run.
    private func spillSorted(_ path: String) throws(MergeError) {
        var chunk: [(key: [UInt8], line: [UInt8])] = []
        var bytes = 0
        func flush() throws(MergeError) {
            guard !chunk.isEmpty else { return }
            let folder = try spillFolderPath()
            let file = folder + "/run-\(runs.count).jsonl"
            var data = Data()
            for entry in chunk.sorted(by: { $0.key.lexicographicallyPrecedes($1.key) }) {
                data.append(contentsOf: entry.line)
                data.append(UInt8(ascii: "\n"))
            }
            guard FileManager.default.createFile(atPath: file, contents: data) else {
                throw MergeError(path: file, reason: "fichier temporaire impossible à écrire")
            }
            runs.append((file, path))
            chunk.removeAll()
            bytes = 0
        }
        try Self.forEachLine(of: path) { (line, number) throws(MergeError) in
            let header = try Self.decode(DocumentRecord.Header.self, line, path: path, line: number)
            chunk.append((DocumentOrder.key(header.document), line))
            bytes += line.count
            if bytes >= Self.chunkBytes { try flush() }
        }
        try flush()
    }

    private func spillFolderPath() throws(MergeError) -> String {
        if let spillFolder { return spillFolder }
        var template = Array((NSTemporaryDirectory() + "/coachlens-merge-XXXXXX").utf8CString)
        guard let folder = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!).map { String(cString: $0) } }) else {
            throw MergeError(path: NSTemporaryDirectory(), reason: "dossier temporaire impossible à créer")
        }
        spillFolder = folder
        return folder
    }

    /// Calls `body` with each non-blank line of `path` and its number.
    static func forEachLine(of path: String, _ body: ([UInt8], Int) throws(MergeError) -> Void) throws(MergeError) {
        guard let reader = LineReader(path: path) else { throw MergeError(path: path, reason: "fichier illisible") }
        var number = 0
        while let line = reader.next() {
            number += 1
            if line.contains(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }) { try body(line, number) }
        }
    }

    static func decode<Value: Decodable>(_ type: Value.Type, _ line: [UInt8], path: String, line number: Int?) throws(MergeError) -> Value {
        do {
            return try JSONDecoder().decode(type, from: Data(line))
        } catch {
            throw MergeError(path: path, line: number, reason: "ligne illisible : pas une sortie de « coachlens analyze --format jsonl »")
        }
    }

    /// The next line of one run, decoded.
    private struct Cursor {
        let reader: LineReader
        let path: String
        let source: String
        var number = 0
        var current: (key: [UInt8], record: DocumentRecord)?

        init(path: String, source: String) throws(MergeError) {
            guard let reader = LineReader(path: path) else { throw MergeError(path: path, reason: "fichier illisible") }
            self.reader = reader
            self.path = path
            self.source = source
            try advance()
        }

        mutating func advance() throws(MergeError) {
            current = nil
            while let line = reader.next() {
                number += 1
                guard line.contains(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }) else { continue }
                let record = try JSONLinesMerge.decode(
                    DocumentRecord.self, line, path: source, line: path == source ? number : nil)
                current = (DocumentOrder.key(record.document), record)
                return
            }
        }
    }
}
