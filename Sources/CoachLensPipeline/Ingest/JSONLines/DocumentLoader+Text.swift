import CoachLensKit
import PCRE2Regex

extension DocumentLoader {
    /// A document given as text instead of a file (a JSON line): normalised as a decoded file is (NFC, LF, the
    /// same empty-text checks), its front matter read with `metadata` laid over it, tokenized, its kind decided.
    func load(
        text: String, name: String, metadata: [String: String], encoding: TextEncoding, byteCount: Int,
        scratch: MatchScratch
    ) -> Result<(document: AnalyzedDocument, warnings: [String]), IngestFailure> {
        do {
            let (normalised, _) = try TextDecoder.decode(Array(text.utf8))
            return .success(classified(
                normalised, encoding: encoding, name: name, byteCount: byteCount, metadata: metadata, scratch: scratch))
        } catch {
            return .failure(error)
        }
    }
}
