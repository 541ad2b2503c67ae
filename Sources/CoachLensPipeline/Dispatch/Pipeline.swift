import CoachLensKit
import PCRE2Regex

/// The run, end to end:
///
/// ```
///  paths ──► FileWalker ──► batches ──► [task: load ─► tokenize ─► kind ─► plugins] × jobs ──► reorder ──► sink
///            (lazy, sorted)  (≤ 1 MB)     one MatchScratch per task                          (input order)
/// ```
///
/// At most `jobs` batches are in flight or waiting to be emitted, so memory is bounded by the batch size
/// times the job count (plus the largest single file), whatever the number of files.
public struct Pipeline: Sendable {
    /// The bytes a batch of small files may add up to before a new batch starts.
    public static let batchBytes = 1 << 20
    /// The most files in one batch.
    public static let batchFiles = 256

    private let plugins: [any AnalysisPlugin]
    let loader: DocumentLoader
    private let jobs: Int

    /// Creates a pipeline running `plugins` on every document, `jobs` batches at a time.
    public init(plugins: [any AnalysisPlugin], loader: DocumentLoader, jobs: Int) {
        self.plugins = plugins
        self.loader = loader
        self.jobs = max(1, jobs)
    }

    /// Walks `inputs` and hands each file's outcome to `sink`, in input order, on the calling task.
    public func run(inputs: [String], sink: (DocumentOutcome) -> Void) async {
        let files = AnalysisInputs(walker: FileWalker(inputs: inputs))
        await run(batches: Batches(files, byteCount: \.size), process: { self.process($0) }, sink: sink)
    }

    /// Runs `process` on `batches`, `jobs` at a time, and hands the outcomes to `sink` in batch order.
    func run<BatchStream: IteratorProtocol>(
        batches: BatchStream, process: @escaping @Sendable (BatchStream.Element) -> [DocumentOutcome],
        sink: (DocumentOutcome) -> Void
    ) async where BatchStream.Element: Sendable {
        var batches = batches
        await withTaskGroup(of: (Int, [DocumentOutcome]).self) { group in
            var nextToEmit = 0
            var submitted = 0
            var finished: [Int: [DocumentOutcome]] = [:]
            func emitReady() {
                while let outcomes = finished.removeValue(forKey: nextToEmit) {
                    for outcome in outcomes { sink(outcome) }
                    nextToEmit += 1
                }
            }
            while let batch = batches.next() {
                // The window counts batches both running and waiting to be emitted: a slow first batch
                // makes the producer wait instead of piling up finished results.
                while submitted - nextToEmit >= jobs, let (index, outcomes) = await group.next() {
                    finished[index] = outcomes
                    emitReady()
                }
                let index = submitted
                group.addTask { (index, process(batch)) }
                submitted += 1
            }
            while let (index, outcomes) = await group.next() {
                finished[index] = outcomes
                emitReady()
            }
        }
    }

    /// Loads and analyses one batch with one scratch space.
    func process(_ batch: [InputFile]) -> [DocumentOutcome] {
        let scratch = MatchScratch()
        return batch.map { process($0, scratch: scratch) }
    }

    /// Loads and analyses one file.
    public func process(_ file: InputFile, scratch: MatchScratch) -> DocumentOutcome {
        switch loader.load(file, scratch: scratch) {
        case let .failure(failure):
            return DocumentOutcome(row: DocumentRow(
                document: file.document, status: failure.status, reason: failure.reason, bytes: file.size))
        case let .success((document, warnings)):
            return analyze(document, name: file.document, warnings: warnings, scratch: scratch)
        }
    }

    /// Runs every plugin on a loaded document and builds its outcome.
    func analyze(_ document: AnalyzedDocument, name: String, warnings: [String], scratch: MatchScratch) -> DocumentOutcome {
        let results = plugins.map { $0.analyze(document, scratch: scratch) }
        let allWarnings = warnings + results.flatMap(\.warnings)
        let row = DocumentRow(
            document: name, kind: document.document.kind, status: .ok,
            reason: allWarnings.joined(separator: " ; "), encoding: document.document.encoding,
            bytes: document.document.byteCount, tokens: document.tokens.count,
            sentences: document.sentences.count)
        return DocumentOutcome(row: row, metadata: document.document.metadata, results: results)
    }
}
