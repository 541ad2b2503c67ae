import Foundation
import PCRE2Regex
import Yams

/// Reads YAML rule packs, checks their shape strictly (unknown keys are errors, so a typo never silently
/// disables a rule) and compiles every pattern once.
public enum RulePackLoader {
    /// Loads every `.yaml`/`.yml` file under `directory`, recursively, in path order.
    public static func loadDirectory(_ directory: URL) throws(RulePackError) -> [CompiledRulePack] {
        let files: [URL]
        do {
            files = try yamlFiles(under: directory)
        } catch {
            throw .unreadable(file: directory.path, reason: error.localizedDescription)
        }
        var packs: [CompiledRulePack] = []
        for file in files {
            packs.append(try loadFile(file))
        }
        return packs
    }

    /// Loads one pack file.
    public static func loadFile(_ file: URL) throws(RulePackError) -> CompiledRulePack {
        let text: String
        do {
            text = try String(contentsOf: file, encoding: .utf8)
        } catch {
            throw .unreadable(file: file.path, reason: "fichier illisible ou pas en UTF-8")
        }
        return try load(yaml: text, file: file.path)
    }

    /// Loads a pack from YAML text; `file` names it in messages.
    public static func load(yaml: String, file: String) throws(RulePackError) -> CompiledRulePack {
        let node: Node
        do {
            guard let composed = try Yams.compose(yaml: yaml) else {
                throw RulePackError.invalid(file: file, line: 1, column: 1, message: "pack vide")
            }
            node = composed
        } catch let error as RulePackError {
            throw error
        } catch let error as YamlError {
            throw yamlError(error, file: file)
        } catch {
            throw .invalid(file: file, line: 1, column: 1, message: "\(error)")
        }
        try checkKeys(node, file: file)
        let pack: RulePack
        do {
            pack = try YAMLDecoder().decode(RulePack.self, from: node)
        } catch let error as DecodingError {
            throw decodingError(error, root: node, file: file)
        } catch {
            throw .invalid(file: file, line: 1, column: 1, message: "\(error)")
        }
        return try compile(pack, node: node, file: file)
    }

    static func compile(_ pack: RulePack, node: Node, file: String) throws(RulePackError) -> CompiledRulePack {
        var seen: Set<String> = []
        var rules: [CompiledRule] = []
        for (ruleIndex, rule) in pack.rules.enumerated() {
            let ruleNode = node["rules"]?.sequence?[ruleIndex]
            guard seen.insert(rule.id).inserted else {
                let mark = ruleNode?["id"]?.mark
                throw .invalid(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1,
                               message: "règle \(rule.id) : identifiant en double")
            }
            guard !rule.patterns.isEmpty else {
                let mark = ruleNode?.mark
                throw .invalid(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1,
                               message: "règle \(rule.id) : aucun motif")
            }
            func compileAll(_ sources: [String], key: String) throws(RulePackError) -> [CompiledPattern] {
                var compiled: [CompiledPattern] = []
                for (index, source) in sources.enumerated() {
                    do {
                        compiled.append(try CompiledPattern(AccentTolerance.expand(source)))
                    } catch {
                        let mark = ruleNode?[key]?.sequence?[index].mark ?? ruleNode?.mark
                        var message = error.description
                        if case let .compile(_, reason, offset) = error { message = "\(reason) (octet \(offset))" }
                        throw .invalidPattern(
                            file: file, line: mark?.line ?? 1, column: mark?.column ?? 1,
                            rule: rule.id, pattern: source, message: message)
                    }
                }
                return compiled
            }
            rules.append(CompiledRule(
                rule: rule,
                patterns: try compileAll(rule.patterns, key: "patterns"),
                unless: try compileAll(rule.unless, key: "unless"),
                prefilters: rule.patterns.map(LiteralPrefilter.of)))
        }
        return CompiledRulePack(pack: pack, file: file, rules: rules)
    }

    /// Rejects keys the pack format does not define, naming the line of the offending key.
    static func checkKeys(_ root: Node, file: String) throws(RulePackError) {
        try checkMapping(root, allowed: RulePack.keys, what: "pack", file: file)
        for rule in root["rules"]?.sequence ?? [] {
            try checkMapping(rule, allowed: Rule.keys, what: "règle", file: file)
            if let examples = rule["examples"] {
                try checkMapping(examples, allowed: ["match", "no_match"], what: "examples", file: file)
            }
        }
        for step in root["steps"]?.sequence ?? [] {
            try checkMapping(step, allowed: StepDefinition.keys, what: "étape", file: file)
        }
    }

    static func checkMapping(_ node: Node, allowed: Set<String>, what: String, file: String) throws(RulePackError) {
        guard let mapping = node.mapping else {
            let mark = node.mark
            throw .invalid(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1,
                           message: "\(what) : une table clé: valeur est attendue")
        }
        for key in mapping.keys {
            guard let name = key.string, allowed.contains(name) else {
                throw .invalid(
                    file: file, line: key.mark?.line ?? 1, column: key.mark?.column ?? 1,
                    message: "\(what) : clé inconnue « \(key.string ?? "?") » (attendues : \(allowed.sorted().joined(separator: ", ")))")
            }
        }
    }

    static func yamlError(_ error: YamlError, file: String) -> RulePackError {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _):
            let detail = [context?.description, problem].compactMap { $0 }.joined(separator: " ")
            return .invalid(file: file, line: mark.line, column: mark.column, message: "YAML invalide : \(detail)")
        default:
            return .invalid(file: file, line: 1, column: 1, message: "YAML invalide : \(error)")
        }
    }

    static func decodingError(_ error: DecodingError, root: Node, file: String) -> RulePackError {
        let (path, message): ([any CodingKey], String)
        switch error {
        case let .keyNotFound(key, context):
            (path, message) = (context.codingPath, "clé « \(key.stringValue) » manquante")
        case let .typeMismatch(_, context), let .valueNotFound(_, context), let .dataCorrupted(context):
            (path, message) = (context.codingPath, "valeur invalide pour « \(context.codingPath.last?.stringValue ?? "?") » : \(context.debugDescription)")
        @unknown default:
            (path, message) = ([], "\(error)")
        }
        var node: Node? = root
        var mark = root.mark
        for key in path {
            if let index = key.intValue { node = node?.sequence?[index] } else { node = node?[key.stringValue] }
            if let found = node?.mark { mark = found }
        }
        return .invalid(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1, message: message)
    }

    static func yamlFiles(under directory: URL) throws -> [URL] {
        guard let enumerator = FileManager.default.enumerator(
            at: directory, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        else { throw CocoaError(.fileReadNoSuchFile) }
        var files: [URL] = []
        for case let url as URL in enumerator where ["yaml", "yml"].contains(url.pathExtension.lowercased()) {
            files.append(url)
        }
        guard !files.isEmpty || FileManager.default.fileExists(atPath: directory.path) else {
            throw CocoaError(.fileReadNoSuchFile)
        }
        return files.sorted { $0.path < $1.path }
    }
}
