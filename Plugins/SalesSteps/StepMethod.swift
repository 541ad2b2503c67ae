import CoachLensKit

/// A step method ready to score documents: its steps, what each of its rules evidences, the kinds of text it
/// applies to, and the marker packs read around its cues.
struct StepMethod: Sendable {
    /// The method's pack.
    let pack: CompiledRulePack
    /// The role of each rule of `pack`, in pack order.
    let roles: [RuleRole]
    /// The kinds of document scored (`call` when the pack names none).
    let appliesTo: Set<DocumentKind>
    /// Packs holding only markers, with the kinds they apply to (all kinds when they name none).
    let markerPacks: [(pack: CompiledRulePack, kinds: Set<DocumentKind>)]

    /// The ordered steps.
    var steps: [StepDefinition] { pack.pack.steps }

    /// Checks `pack` (unique step ids, known prerequisites, every rule label meaningful) and the marker packs.
    init(pack: CompiledRulePack, markerPacks: [CompiledRulePack]) throws(RulePackError) {
        let ids = pack.pack.steps.map(\.id)
        let idSet = Set(ids)
        func invalid(_ file: String, _ message: String) -> RulePackError {
            .invalid(file: file, line: 1, column: 1, message: message)
        }
        guard idSet.count == ids.count else {
            throw invalid(pack.file, "méthode \(pack.pack.id) : identifiant d’étape en double")
        }
        for step in pack.pack.steps {
            if let unknown = step.requires.first(where: { !idSet.contains($0) }) {
                throw invalid(pack.file, "étape \(step.id) : prérequis inconnu « \(unknown) »")
            }
        }
        var roles: [RuleRole] = []
        for rule in pack.pack.rules {
            guard let role = RuleRole(label: rule.label, stepIDs: idSet) else {
                throw invalid(pack.file, "règle \(rule.id) : étiquette « \(rule.label) » inconnue (attendues : "
                    + "\(ids.joined(separator: ", ")), order:<étape> ou un marqueur)")
            }
            roles.append(role)
        }
        for markers in markerPacks {
            for rule in markers.pack.rules where MarkerKind(rawValue: rule.label) == nil {
                throw invalid(markers.file, "règle \(rule.id) : marqueur « \(rule.label) » inconnu (attendus : "
                    + "\(MarkerKind.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
        }
        self.pack = pack
        self.roles = roles
        appliesTo = Set(pack.pack.appliesTo.isEmpty ? [.call] : pack.pack.appliesTo)
        self.markerPacks = markerPacks.map { ($0, Set($0.pack.appliesTo.isEmpty ? DocumentKind.allCases : $0.pack.appliesTo)) }
    }

    /// The marker packs that apply to documents of `kind`.
    func markerPacks(for kind: DocumentKind) -> [CompiledRulePack] {
        markerPacks.filter { $0.kinds.contains(kind) }.map(\.pack)
    }

    /// The step with this id.
    func step(_ id: String) -> StepDefinition? {
        steps.first { $0.id == id }
    }
}
