import CoachLensKit
import Foundation

/// A document given as one JSON line, `coachlens analyze -`:
///
/// ```
/// {"id": "notes/2026-03-01.txt", "text": "…", "meta": {"vendeur": "Claire Martin", "kind": "call", "encoding": "windows-1252", "bytes": 812}}
/// {"id": "notes/2026-03-02.docx", "base64": "UEsDBBQ…"}
/// ```
///
/// `text` is read like a decoded file (NFC, LF, front matter); `meta` fields are laid over its front matter,
/// except the source facts `encoding` and `bytes`, which fill the documents.csv columns (default `utf-8` and the
/// text's UTF-8 size). `base64` carries a file's bytes instead, read exactly as a file with that name.
struct JSONLineInput {
    /// What the line carries.
    enum Content {
        case text(String)
        case file([UInt8])
    }

    /// The document name (`id`).
    var id: String
    var content: Content
    /// Front matter fields from `meta`, keys lowercased.
    var metadata: [String: String]
    /// Source facts from `meta`.
    var encoding: TextEncoding?
    var byteCount: Int?

    /// Why a line gave no input: the document name to report (its `id` when readable) and the reason.
    struct Failure: Error {
        var document: String
        var reason: String
    }

    /// Parses `line`.
    static func parse(_ line: JSONLine) -> Result<JSONLineInput, Failure> {
        let fallback = "stdin:\(line.number)"
        let raw: Raw
        do {
            raw = try JSONDecoder().decode(Raw.self, from: Data(line.bytes))
        } catch {
            let id = (try? JSONDecoder().decode(IdentifierOnly.self, from: Data(line.bytes)))?.id?.text
            return .failure(Failure(document: id ?? fallback, reason: reason(for: error)))
        }
        guard let id = raw.id?.text, !id.isEmpty else {
            return .failure(Failure(document: fallback, reason: "ligne JSON sans « id »"))
        }
        do {
            return .success(try input(id: id, raw: raw))
        } catch {
            return .failure(Failure(document: id, reason: error.reason))
        }
    }

    private static func input(id: String, raw: Raw) throws(Failure) -> JSONLineInput {
        func fail(_ reason: String) -> Failure { Failure(document: id, reason: reason) }
        switch (raw.text, raw.base64) {
        case (nil, nil):
            throw fail("ligne JSON sans « text » ni « base64 »")
        case (.some, .some):
            throw fail("ligne JSON avec « text » et « base64 » à la fois")
        case let (nil, .some(base64)):
            guard raw.meta?.isEmpty ?? true else { throw fail("« meta » ne s’applique qu’à « text », pas à « base64 »") }
            guard let data = Data(base64Encoded: base64) else { throw fail("« base64 » invalide") }
            return JSONLineInput(id: id, content: .file(Array(data)), metadata: [:])
        case let (.some(text), nil):
            var metadata: [String: String] = [:]
            for (key, value) in raw.meta ?? [:] {
                if let text = value.text { metadata[key.lowercased()] = text }
            }
            var input = JSONLineInput(id: id, content: .text(text), metadata: metadata)
            if let name = metadata.removeValue(forKey: "encoding") {
                guard let encoding = TextEncoding(rawValue: name) else {
                    throw fail("encodage « \(name) » inconnu dans « meta » (\(TextEncoding.allCases.map(\.rawValue).joined(separator: ", ")))")
                }
                input.encoding = encoding
            }
            if let size = metadata.removeValue(forKey: "bytes") {
                guard let count = Int(size), count >= 0 else { throw fail("« bytes » doit être un entier positif dans « meta »") }
                input.byteCount = count
            }
            input.metadata = metadata
            return input
        }
    }

    /// A short French reason for a line the decoder refused.
    private static func reason(for error: any Error) -> String {
        guard let error = error as? DecodingError else { return "ligne JSON invalide" }
        switch error {
        case let .typeMismatch(_, context), let .valueNotFound(_, context), let .keyNotFound(_, context):
            let field = context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
            return field.isEmpty ? "ligne JSON : un objet était attendu" : "ligne JSON : « \(field) » n’a pas le type attendu"
        default:
            return "ligne JSON invalide (syntaxe ou UTF-8)"
        }
    }

    /// The line as decoded; unknown keys are ignored.
    private struct Raw: Decodable {
        var id: Identifier?
        var text: String?
        var base64: String?
        var meta: [String: MetaValue]?
    }

    private struct IdentifierOnly: Decodable {
        var id: Identifier?
    }

    /// An `id`: a string, or a number written as text.
    private struct Identifier: Decodable {
        var text: String

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let integer = try? container.decode(Int.self) {
                text = String(integer)
            } else {
                text = try container.decode(String.self)
            }
        }
    }

    /// A `meta` value: text, number or boolean (kept as text), or null (dropped).
    private struct MetaValue: Decodable {
        var text: String?

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() {
                text = nil
            } else if let flag = try? container.decode(Bool.self) {
                text = String(flag)
            } else if let integer = try? container.decode(Int.self) {
                text = String(integer)
            } else if let number = try? container.decode(Double.self) {
                text = String(number)
            } else {
                text = try container.decode(String.self)
            }
        }
    }
}
