import CoachLensKit
import FuzzDriver
import Glibc

/// libFuzzer entry point: loads arbitrary text as a YAML rule pack (shape check, decoding, PCRE2 compilation of
/// every pattern, literal prefilters) and, when it loads, runs its examples through the matcher.
/// A `RulePackError` is a normal outcome; only a crash or a hang is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzRulePack(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let yaml = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    guard let pack = try? RulePackLoader.load(yaml: yaml, file: "fuzz.yaml") else { return 0 }
    _ = RuleExampleChecker.check(pack)
    return 0
}

var argumentCount = CommandLine.argc
var argumentValues = Optional(CommandLine.unsafeArgv)
exit(LLVMFuzzerRunDriver(&argumentCount, &argumentValues, fuzzRulePack))
