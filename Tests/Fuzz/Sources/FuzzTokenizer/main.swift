import CoachLensKit
import CoachLensPipeline
import FuzzDriver
import Glibc

/// libFuzzer entry point: tokenizes arbitrary text the way the pipeline hands it over (valid UTF-8, LF, NFC)
/// and checks the structure the plugins rely on.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzTokenizer(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let text = TextDecoder.normalize(String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self))
    let utf8 = Array(text.utf8)
    let result = FrenchTokenizer.tokenize(utf8)
    TokenizationInvariants.check(result, utf8: utf8)
    _ = FrenchTokenizer.render(result, utf8: utf8)
    return 0
}

var argumentCount = CommandLine.argc
var argumentValues = Optional(CommandLine.unsafeArgv)
exit(LLVMFuzzerRunDriver(&argumentCount, &argumentValues, fuzzTokenizer))
