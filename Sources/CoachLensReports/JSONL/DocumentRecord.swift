import CoachLensKit
import CoachLensPipeline
import Foundation

/// One line written by ``DocumentJSON``, read back into the outcome it came from (for `coachlens merge`).
struct DocumentRecord: Decodable {
    /// What every line repeats: the plugins' tables and the rule-pack versions, which the parts of one run share.
    struct Header: Decodable, Equatable {
        struct Table: Decodable, Equatable {
            var plugin: String
            var file: String
            var columns: [String]
        }

        var document: String
        var rulePacks: [String: Int]
        var results: [Table]

        enum CodingKeys: String, CodingKey {
            case document, results
            case rulePacks = "rule_packs"
        }

        /// The tables, as the report writers take them.
        var tables: [(id: String, table: TableSpec)] {
            results.map { ($0.plugin, TableSpec(fileName: $0.file, columns: $0.columns)) }
        }

        /// Whether `other` comes from a run with the same plugins, tables and packs.
        func isCompatible(with other: Header) -> Bool {
            rulePacks == other.rulePacks && results == other.results
        }
    }

    struct Result: Decodable {
        var plugin: String
        var columns: [String]
        var row: [String: Value]?
        var decimals: [String: Int]
        var findings: [FindingRecord]
        var warnings: [String]
    }

    struct FindingRecord: Decodable {
        var rule: String
        var label: String
        var sentence: Int
        var start: Int
        var end: Int
        var excerpt: String
        var note: String
        var highlight: [Int]
    }

    /// A row value: text, number, or null (a decimal that was not finite).
    enum Value: Decodable {
        case text(String)
        case number(Double)
        case null

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() {
                self = .null
            } else if let number = try? container.decode(Double.self) {
                self = .number(number)
            } else {
                self = .text(try container.decode(String.self))
            }
        }
    }

    /// Why a record cannot be turned back into an outcome.
    struct Invalid: Error {
        var reason: String
    }

    var document: String
    var kind: String?
    var status: String
    var reason: String
    var encoding: String?
    var bytes: Int
    var tokens: Int
    var sentences: Int
    var metadata: [String: String]
    var results: [Result]

    /// The outcome the line was written from.
    func outcome() throws(Invalid) -> DocumentOutcome {
        guard let status = DocumentStatus(rawValue: status) else { throw Invalid(reason: "statut « \(status) » inconnu") }
        let kind = try kind.map { name throws(Invalid) in
            guard let kind = DocumentKind(rawValue: name) else { throw Invalid(reason: "type « \(name) » inconnu") }
            return kind
        }
        let encoding = try encoding.map { name throws(Invalid) in
            guard let encoding = TextEncoding(rawValue: name) else { throw Invalid(reason: "encodage « \(name) » inconnu") }
            return encoding
        }
        let row = DocumentRow(
            document: document, kind: kind, status: status, reason: reason, encoding: encoding, bytes: bytes,
            tokens: tokens, sentences: sentences)
        // A file that was not analysed has no results, as in the run that wrote it.
        guard status == .ok else { return DocumentOutcome(row: row, metadata: metadata) }
        return DocumentOutcome(row: row, metadata: metadata, results: try results.map { result throws(Invalid) in
            try pluginResult(result)
        })
    }

    private func pluginResult(_ result: Result) throws(Invalid) -> PluginResult {
        let cells = try result.row.map { values throws(Invalid) in
            try result.columns.map { column throws(Invalid) -> Cell in
                switch (values[column], result.decimals[column]) {
                case let (.number(value)?, digits?): return .decimal(value, digits: digits)
                case let (.null?, digits?): return .decimal(.nan, digits: digits)
                case let (.number(value)?, nil):
                    guard let integer = Int(exactly: value) else {
                        throw Invalid(reason: "« \(column) » de \(result.plugin) : entier attendu")
                    }
                    return .integer(integer)
                case let (.text(value)?, nil): return .text(value)
                default: throw Invalid(reason: "« \(column) » de \(result.plugin) manquant ou mal typé")
                }
            }
        }
        let findings = try result.findings.map { finding throws(Invalid) in
            guard finding.highlight.count == 2, finding.highlight[0] <= finding.highlight[1] else {
                throw Invalid(reason: "« highlight » invalide dans \(result.plugin)")
            }
            return Finding(
                rule: finding.rule, label: finding.label, sentence: finding.sentence - 1, start: finding.start,
                end: finding.end, excerpt: finding.excerpt, highlight: finding.highlight[0]..<finding.highlight[1],
                note: finding.note)
        }
        return PluginResult(plugin: result.plugin, row: cells, findings: findings, warnings: result.warnings)
    }
}
