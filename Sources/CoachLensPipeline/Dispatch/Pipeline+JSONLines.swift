import CoachLensKit
import PCRE2Regex

extension Pipeline {
    /// Reads documents as JSON lines (see ``JSONLineInput``) from `reader` and hands each outcome to `sink`, in
    /// line order, with the same bounded, ordered concurrency as files. A line that cannot be read becomes an
    /// error row with its reason; the run goes on.
    public func run(lines reader: LineReader, sink: (DocumentOutcome) -> Void) async {
        let spool = SpoolDirectory()
        await run(batches: Batches(NumberedJSONLines(reader: reader), byteCount: \.bytes.count), process: { batch in
            let scratch = MatchScratch()
            return batch.map { self.process($0, spool: spool, scratch: scratch) }
        }, sink: sink)
        spool.remove()
    }

    /// Parses, loads and analyses one line.
    func process(_ line: JSONLine, spool: SpoolDirectory, scratch: MatchScratch) -> DocumentOutcome {
        let input: JSONLineInput
        switch JSONLineInput.parse(line) {
        case let .failure(failure):
            return DocumentOutcome(row: DocumentRow(document: failure.document, status: .error, reason: failure.reason))
        case let .success(parsed):
            input = parsed
        }
        switch input.content {
        case let .file(bytes):
            var walker = FileWalker(inputs: spool.write(bytes, number: line.number, document: input.id).map { [$0] } ?? [])
            guard var file = walker.next() else {
                return DocumentOutcome(row: DocumentRow(
                    document: input.id, status: .error, reason: "fichier temporaire impossible à écrire",
                    bytes: bytes.count))
            }
            defer { spool.delete(file.path) }
            file.document = input.id
            return process(file, scratch: scratch)
        case let .text(text):
            let byteCount = input.byteCount ?? text.utf8.count
            let loaded = loader.load(
                text: text, name: input.id, metadata: input.metadata, encoding: input.encoding ?? .utf8,
                byteCount: byteCount, scratch: scratch)
            switch loaded {
            case let .failure(failure):
                return DocumentOutcome(row: DocumentRow(
                    document: input.id, status: failure.status, reason: failure.reason, bytes: byteCount))
            case let .success((document, warnings)):
                return analyze(document, name: input.id, warnings: warnings, scratch: scratch)
            }
        }
    }
}
