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
            let (frontMatter, body) = FrontMatter.split(normalised)
            let document = Document(
                path: name, text: body, kind: .other, metadata: frontMatter.merging(metadata) { $1 },
                encoding: encoding, byteCount: byteCount)
            let analyzed = AnalyzedDocument(document)
            let (kind, warning) = classifier.classify(analyzed, assumeCalls: assumeCalls, scratch: scratch)
            return .success((analyzed.withKind(kind), warning.map { [$0] } ?? []))
        } catch {
            return .failure(error)
        }
    }
}
