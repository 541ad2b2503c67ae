import CoachLensKit
import Testing

@Suite struct RulePackLoaderTests {
    static let valid = """
        id: demo
        plugin: segments
        version: 1
        description: Démo.
        rules:
          - id: clients
            label: CS
            patterns: ["\\\\bclients?\\\\b"]
            unless: ["\\\\bclient mystère\\\\b"]
            examples:
              match: ["Nos clients paient."]
              no_match: ["Un client mystère est passé."]
        """

    @Test func loadsAndCompiles() throws {
        let pack = try RulePackLoader.load(yaml: Self.valid, file: "demo.yaml")
        #expect(pack.pack.id == "demo")
        #expect(pack.rules.count == 1)
        #expect(pack.rules[0].rule.weight == 1)
        #expect(pack.rules[0].rule.scope == .sentence)
        #expect(RuleExampleChecker.check(pack).isEmpty)
    }

    @Test func invalidPatternNamesFileLineRuleAndPattern() {
        let yaml = Self.valid.replacingOccurrences(of: "[\"\\\\bclients?\\\\b\"]", with: "[\"(clients\"]")
        do {
            _ = try RulePackLoader.load(yaml: yaml, file: "demo.yaml")
            Issue.record("should fail")
        } catch {
            guard case let .invalidPattern(file, line, _, rule, pattern, _) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(file == "demo.yaml")
            #expect(line == 8)
            #expect(rule == "clients")
            #expect(pattern == "(clients")
            #expect(error.description.hasPrefix("demo.yaml:8:"))
        }
    }

    @Test func unknownKeyIsAnErrorWithItsLine() {
        let yaml = Self.valid.replacingOccurrences(of: "    unless:", with: "    unles:")
        #expect(throws: RulePackError.self) { try RulePackLoader.load(yaml: yaml, file: "demo.yaml") }
        do {
            _ = try RulePackLoader.load(yaml: yaml, file: "demo.yaml")
        } catch {
            #expect(error.description.contains("demo.yaml:9:"))
            #expect(error.description.contains("unles"))
        }
    }

    @Test func missingKeyIsReported() {
        let yaml = Self.valid.replacingOccurrences(of: "    label: CS\n", with: "")
        do {
            _ = try RulePackLoader.load(yaml: yaml, file: "demo.yaml")
            Issue.record("should fail")
        } catch {
            #expect(error.description.contains("label"))
        }
    }

    @Test func malformedYAMLIsReportedWithALine() {
        do {
            _ = try RulePackLoader.load(yaml: "id: [unclosed\nplugin: x", file: "bad.yaml")
            Issue.record("should fail")
        } catch {
            #expect(error.description.hasPrefix("bad.yaml:"))
        }
    }

    @Test func failingExamplesAreReported() throws {
        let yaml = Self.valid.replacingOccurrences(of: "no_match: [\"Un client mystère est passé.\"]", with: "no_match: [\"Trois clients.\"]")
        let failures = RuleExampleChecker.check(try RulePackLoader.load(yaml: yaml, file: "demo.yaml"))
        #expect(failures.count == 1)
        #expect(failures.first?.example == "Trois clients.")
    }
}
