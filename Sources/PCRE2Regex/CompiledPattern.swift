import CPCRE2

/// A PCRE2 pattern compiled once (UTF, UCP, optionally caseless, JIT when available) and shared by every task.
///
/// PCRE2 documents compiled code as read-only during matching, so one instance is safely shared across threads;
/// each task brings its own ``MatchScratch`` for the mutable match data.
public final class CompiledPattern: @unchecked Sendable {
    /// The pattern as written.
    public let source: String
    /// Whether JIT compilation succeeded.
    public let isJITCompiled: Bool
    private let code: OpaquePointer

    /// Compiles `source`; throws ``PatternError/compile(pattern:message:offset:)`` with PCRE2's message and offset.
    public init(_ source: String, caseless: Bool = true) throws(PatternError) {
        var options = UInt32(PCRE2_UTF | PCRE2_UCP | PCRE2_USE_OFFSET_LIMIT)
        if caseless { options |= UInt32(PCRE2_CASELESS) }
        var errorCode: Int32 = 0
        var errorOffset = 0
        let compiled = source.utf8CString.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: UInt8.self, capacity: buffer.count) { bytes in
                pcre2_compile_8(bytes, buffer.count - 1, options, &errorCode, &errorOffset, nil)
            }
        }
        guard let compiled else {
            throw .compile(pattern: source, message: Self.message(for: errorCode), offset: errorOffset)
        }
        self.source = source
        self.code = compiled
        self.isJITCompiled = pcre2_jit_compile_8(compiled, UInt32(PCRE2_JIT_COMPLETE)) == 0
    }

    deinit { pcre2_code_free_8(code) }

    /// Calls `body` with the UTF-8 byte range of each non-overlapping match in `text[range]`, in order,
    /// until `body` returns false. Lookbehinds may see bytes before `range`.
    ///
    /// With `starts`, only matches starting in `starts` are found, while the match itself and its lookarounds
    /// see the whole of `text[range]`: the way to search a few sentences of a long text exactly as the whole
    /// text would be searched.
    public func forEachMatch(
        in text: UnsafeBufferPointer<UInt8>,
        range: Range<Int>? = nil,
        starts: Range<Int>? = nil,
        scratch: MatchScratch,
        _ body: (Range<Int>) -> Bool
    ) throws(PatternError) {
        guard let base = text.baseAddress else { return }
        let limit = range?.upperBound ?? text.count
        var start = max(range?.lowerBound ?? 0, starts?.lowerBound ?? 0)
        let lastStart = min(limit, (starts?.upperBound).map { $0 - 1 } ?? limit)
        pcre2_set_offset_limit_8(scratch.context, starts == nil ? ~0 : lastStart)
        while start <= lastStart {
            let rc = pcre2_match_8(
                code, base, limit, start, UInt32(PCRE2_NO_UTF_CHECK), scratch.matchData, scratch.context)
            if rc == PCRE2_ERROR_NOMATCH { return }
            if rc == PCRE2_ERROR_MATCHLIMIT || rc == PCRE2_ERROR_DEPTHLIMIT || rc == PCRE2_ERROR_JIT_STACKLIMIT {
                throw .matchLimit(pattern: source)
            }
            if rc < 0 { throw .match(pattern: source, message: Self.message(for: rc)) }
            let ovector = pcre2_get_ovector_pointer_8(scratch.matchData)!
            let lower = ovector[0], upper = ovector[1]
            guard body(lower..<upper) else { return }
            if upper > lower {
                start = upper
            } else {
                // An empty match: step over one whole UTF-8 scalar so the next search starts on a boundary.
                start = upper + 1
                while start < limit, text[start] & 0xC0 == 0x80 { start += 1 }
            }
        }
    }

    /// The first match in `text[range]`, if any.
    public func firstMatch(
        in text: UnsafeBufferPointer<UInt8>, range: Range<Int>? = nil, scratch: MatchScratch
    ) throws(PatternError) -> Range<Int>? {
        var found: Range<Int>?
        try forEachMatch(in: text, range: range, scratch: scratch) { match in
            found = match
            return false
        }
        return found
    }

    /// Every match in a Swift string, as UTF-8 byte ranges; a convenience for tests and small inputs.
    public func matches(in string: String, scratch: MatchScratch) throws(PatternError) -> [Range<Int>] {
        let utf8 = Array(string.utf8)
        var result: [Range<Int>] = []
        var failure: PatternError?
        utf8.withUnsafeBufferPointer { buffer in
            do throws(PatternError) {
                try forEachMatch(in: buffer, scratch: scratch) { match in
                    result.append(match)
                    return true
                }
            } catch {
                failure = error
            }
        }
        if let failure { throw failure }
        return result
    }

    static func message(for errorCode: Int32) -> String {
        var buffer = [UInt8](repeating: 0, count: 256)
        let length = pcre2_get_error_message_8(errorCode, &buffer, buffer.count)
        guard length > 0 else { return "erreur PCRE2 \(errorCode)" }
        return String(decoding: buffer[0..<Int(length)], as: UTF8.self)
    }
}
