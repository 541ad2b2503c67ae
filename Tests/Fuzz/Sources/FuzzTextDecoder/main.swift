import CoachLensPipeline
import FuzzDriver
import Glibc

/// libFuzzer entry point: decodes arbitrary bytes as a file's content, then splits its front matter.
/// A refusal (`IngestFailure`) is a normal outcome; only a crash, a hang or a broken invariant is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzTextDecoder(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let (text, _) = try? TextDecoder.decode(bytes) else { return 0 }
    precondition(!text.utf8.contains(0x0D), "a decoded text keeps a carriage return")
    precondition(TextDecoder.normalize(text) == text, "decoding is not idempotent")
    let (metadata, body) = FrontMatter.split(text)
    precondition(metadata.isEmpty || body.utf8.count < text.utf8.count, "front matter found but not removed")
    precondition(metadata.keys.allSatisfy { !$0.isEmpty && $0 == $0.lowercased() }, "empty or uppercase front-matter key")
    return 0
}

var argumentCount = CommandLine.argc
var argumentValues = Optional(CommandLine.unsafeArgv)
exit(LLVMFuzzerRunDriver(&argumentCount, &argumentValues, fuzzTextDecoder))
