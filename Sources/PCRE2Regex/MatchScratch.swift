import CPCRE2

/// The mutable state one task needs to run patterns: match data, a match context with limits, and a JIT stack.
///
/// Create one per task (it is not Sendable) and reuse it for every pattern and document that task handles.
public final class MatchScratch {
    /// The default cap on backtracking steps; a pattern needing more fails with ``PatternError/matchLimit(pattern:)``.
    public static let defaultMatchLimit: UInt32 = 1_000_000

    let matchData: OpaquePointer
    let context: OpaquePointer
    private let jitStack: OpaquePointer?

    /// Creates scratch space whose matches give up after `matchLimit` steps.
    public init(matchLimit: UInt32 = MatchScratch.defaultMatchLimit) {
        matchData = pcre2_match_data_create_8(8, nil)!
        context = pcre2_match_context_create_8(nil)!
        pcre2_set_match_limit_8(context, matchLimit)
        pcre2_set_depth_limit_8(context, 10_000)
        jitStack = pcre2_jit_stack_create_8(32 * 1024, 1024 * 1024, nil)
        if let jitStack { pcre2_jit_stack_assign_8(context, nil, UnsafeMutableRawPointer(jitStack)) }
    }

    deinit {
        if let jitStack { pcre2_jit_stack_free_8(jitStack) }
        pcre2_match_context_free_8(context)
        pcre2_match_data_free_8(matchData)
    }
}
