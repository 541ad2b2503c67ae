import CoachLensKit
import PCRE2Regex

/// Reads one input file into an analysed document: read, decode (text, transcript or Word document),
/// normalise, front matter, tokenize, kind.
public struct DocumentLoader: Sendable {
    let classifier: KindClassifier
    let assumeCalls: Bool

    /// Creates a loader that decides kinds with `classifier`.
    public init(classifier: KindClassifier, assumeCalls: Bool) {
        self.classifier = classifier
        self.assumeCalls = assumeCalls
    }

    /// The analysed document and the warnings about it, or why the file gave none.
    public func load(
        _ file: InputFile, scratch: MatchScratch
    ) -> Result<(document: AnalyzedDocument, warnings: [String]), IngestFailure> {
        switch file.disposition {
        case let .skip(reason): return .failure(IngestFailure(.skipped, reason))
        case let .fail(reason): return .failure(IngestFailure(.error, reason))
        case .analyze: break
        }
        do throws(IngestFailure) {
            let bytes = try FileReader.read(file.path, range: file.section?.range)
            switch file.format {
            case .text:
                let (text, encoding) = try TextDecoder.decode(bytes)
                var loaded = classified(text, encoding: encoding, name: file.document, byteCount: bytes.count, scratch: scratch)
                if let section = file.section {
                    let megabytes = (section.fileSize + (1 << 19)) >> 20
                    loaded.warnings.insert("partie \(section.index) d’un fichier de \(megabytes) Mo analysé par parties", at: 0)
                }
                return .success(loaded)
            case .webVTT, .subRip:
                let (text, encoding) = try TextDecoder.decode(bytes)
                let transcript = try Transcript.read(text)
                let document = Document(
                    path: file.document, text: transcript.text, kind: .session, encoding: encoding,
                    byteCount: bytes.count, turns: transcript.turns)
                let warnings = transcript.turns.isEmpty
                    ? ["aucun nom de locuteur dans la transcription : pas de chiffres par locuteur"] : []
                return .success((AnalyzedDocument(document), warnings))
            case .word:
                let text = TextDecoder.normalize(try WordDocumentReader.text(of: bytes, at: file.path))
                guard text.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else {
                    throw IngestFailure(.skipped, "document Word sans texte")
                }
                return .success(classified(text, encoding: .docx, name: file.document, byteCount: bytes.count, scratch: scratch))
            }
        } catch {
            return .failure(error)
        }
    }

    /// A text document named `name` with its front matter read (`metadata` laid over it) and its kind decided.
    func classified(
        _ text: String, encoding: TextEncoding, name: String, byteCount: Int, metadata: [String: String] = [:],
        scratch: MatchScratch
    ) -> (document: AnalyzedDocument, warnings: [String]) {
        let (frontMatter, body) = FrontMatter.split(text)
        let document = Document(
            path: name, text: body, kind: .other, metadata: frontMatter.merging(metadata) { $1 }, encoding: encoding,
            byteCount: byteCount)
        let analyzed = AnalyzedDocument(document)
        let (kind, warning) = classifier.classify(analyzed, assumeCalls: assumeCalls, scratch: scratch)
        return (analyzed.withKind(kind), warning.map { [$0] } ?? [])
    }
}
