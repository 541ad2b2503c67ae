import CoachLensKit
import PCRE2Regex

/// Reads one input file into an analysed document: read, decode, normalise, front matter, tokenize, kind.
public struct DocumentLoader: Sendable {
    private let classifier: KindClassifier
    private let assumeCalls: Bool

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
        do {
            let bytes = try FileReader.read(file.path)
            let (text, encoding) = try TextDecoder.decode(bytes)
            let (metadata, body) = FrontMatter.split(text)
            let document = Document(
                path: file.document, text: body, kind: .other, metadata: metadata,
                encoding: encoding, byteCount: bytes.count)
            let analyzed = AnalyzedDocument(document)
            let (kind, warning) = classifier.classify(analyzed, assumeCalls: assumeCalls, scratch: scratch)
            return .success((analyzed.withKind(kind), warning.map { [$0] } ?? []))
        } catch {
            return .failure(error)
        }
    }
}
