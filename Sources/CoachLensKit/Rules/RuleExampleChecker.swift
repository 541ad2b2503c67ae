import PCRE2Regex

/// Runs every rule's examples: each `match` example must fire the rule, each `no_match` must not, and the
/// match must land on the same words when the example is prefixed with accented text and an emoji
/// (which proves the byte-to-scalar offsets).
public enum RuleExampleChecker {
    /// A prefix of multi-byte scalars that shifts byte and scalar offsets differently.
    static let offsetProbe = "Émoji 🙂 déjà. "

    /// One example that did not behave.
    public struct Failure: Sendable, Equatable, CustomStringConvertible {
        /// The pack file.
        public var file: String
        /// The rule id.
        public var rule: String
        /// The example text.
        public var example: String
        /// What went wrong, in French.
        public var problem: String

        public var description: String { "\(file): règle \(rule) : \(problem) : « \(example) »" }
    }

    /// The failures of every example of every rule in `pack`.
    public static func check(_ pack: CompiledRulePack, scratch: MatchScratch = MatchScratch()) -> [Failure] {
        var failures: [Failure] = []
        for (index, rule) in pack.rules.enumerated() {
            func fail(_ example: String, _ problem: String) {
                failures.append(Failure(file: pack.file, rule: rule.rule.id, example: example, problem: problem))
            }
            for example in rule.rule.examples.match {
                let plain = matchedWords(of: index, in: pack, text: example, scratch: scratch)
                if plain.isEmpty {
                    fail(example, "devrait correspondre mais ne correspond pas")
                } else if matchedWords(of: index, in: pack, text: offsetProbe + example, scratch: scratch) != plain {
                    fail(example, "la correspondance se décale après un préfixe accentué (décalage d’offsets)")
                }
            }
            for example in rule.rule.examples.noMatch
            where !matchedWords(of: index, in: pack, text: example, scratch: scratch).isEmpty {
                fail(example, "ne devrait pas correspondre mais correspond")
            }
        }
        return failures
    }

    /// The words each hit of rule `index` covers, found through the scalar offsets of its findings.
    static func matchedWords(of index: Int, in pack: CompiledRulePack, text: String, scratch: MatchScratch) -> [String] {
        let document = AnalyzedDocument(Document(path: "exemple", text: text))
        let scalars = Array(text.unicodeScalars)
        return RuleMatcher.scan(pack, in: document, scratch: scratch).hits
            .filter { $0.rule == index }
            .map { hit in
                let finding = document.finding(rule: "", label: "", utf8Range: hit.utf8Range)
                var words = String.UnicodeScalarView()
                words.append(contentsOf: scalars[finding.start..<finding.end])
                return String(words)
            }
    }
}
