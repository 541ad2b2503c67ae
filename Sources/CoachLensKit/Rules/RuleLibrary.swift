import Foundation

/// Every rule pack of a run: the built-in packs shipped with the plugins, plus the user's `--rules DIR`.
/// A user pack whose id matches a built-in pack replaces it; any other user pack is added.
public struct RuleLibrary: Sendable {
    /// The packs, built-in first (in folder order), then the user's.
    public let packs: [CompiledRulePack]

    /// Creates a library from already loaded packs.
    public init(packs: [CompiledRulePack]) {
        self.packs = packs
    }

    /// Loads the built-in folders, then `user` if given.
    public static func load(builtin: [URL], user: URL? = nil) throws(RulePackError) -> RuleLibrary {
        var packs: [CompiledRulePack] = []
        for directory in builtin {
            packs += try RulePackLoader.loadDirectory(directory)
        }
        if let user {
            for pack in try RulePackLoader.loadDirectory(user) {
                if let index = packs.firstIndex(where: { $0.pack.id == pack.pack.id }) {
                    packs[index] = pack
                } else {
                    packs.append(pack)
                }
            }
        }
        return RuleLibrary(packs: packs)
    }

    /// The packs a plugin reads.
    public func packs(for plugin: String) -> [CompiledRulePack] {
        packs.filter { $0.pack.plugin == plugin }
    }
}
