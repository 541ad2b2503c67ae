import ArgumentParser
import CoachLensPipeline
import CoachLensReports
import Foundation

extension AnalysisRun {
    /// The input that means JSON lines on standard input.
    static let standardInput = "-"

    /// Runs the pipeline over `inputs` (files and folders, or `-` alone: JSON lines on standard input), handing
    /// each outcome to `sink` in input order.
    func analyze(inputs: [String], sink: (DocumentOutcome) -> Void) async {
        if inputs == [Self.standardInput] {
            await pipeline.run(lines: LineReader(descriptor: FileHandle.standardInput.fileDescriptor), sink: sink)
        } else {
            await pipeline.run(inputs: inputs, sink: sink)
        }
    }

    /// Runs over `inputs` writing one JSON line per document to `writer` (and `database`), then commits them.
    func run(
        inputs: [String], options: AnalysisOptionsGroup, writer: JSONLinesWriter, database: SQLiteReport?
    ) async throws -> RunTotals {
        let progress = Self.progressBar(for: inputs, mode: options.progress)
        var totals = RunTotals()
        await analyze(inputs: inputs) { outcome in
            writer.add(outcome)
            database?.add(outcome)
            totals.add(outcome.row)
            progress.advance(bytes: outcome.row.bytes)
        }
        progress.finish()
        do {
            try writer.commit()
        } catch {
            writer.discard()
            Self.printError(error.description)
            throw ExitCode(2)
        }
        try database?.finish()
        return totals
    }
}
