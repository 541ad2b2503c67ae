import ArgumentParser
import CoachLensKit
import CoachLensPipeline
import CoachLensReports
import Foundation

/// One measured phase of `coachlens bench`, run in a child process (hidden from help).
struct BenchPhase: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "bench-phase", shouldDisplay: false)

    @Argument var phase: String
    @Argument var folder: String
    @Option var jobs = 1
    @Option var out: String

    func run() async throws {
        switch phase {
        case "read":
            // The reference: read every file the run would read, as `cat` would.
            var total = 0
            for file in FileWalker(inputs: [folder]) where file.disposition == .analyze {
                total += FileManager.default.contents(atPath: file.path)?.count ?? 0
            }
            guard total > 0 else { throw ExitCode(1) }
        case "tokenizer":
            // The tokenizer alone, on one core: files are read and decoded untimed into batches of about 8 MB, and
            // only the tokenizing of each batch is timed, in CPU time of this thread (time the system gives to other
            // processes is not counted, nor the clock reads: two per batch, not per file); the seconds are written
            // to `out` for the parent to use instead of the process's whole time.
            var seconds = 0.0, tokens = 0
            var batch: [[UInt8]] = [], batchBytes = 0
            func tokenizeBatch() {
                let start = Self.threadCPUSeconds()
                for text in batch { tokens += FrenchTokenizer.tokenize(text).tokens.count }
                seconds += Self.threadCPUSeconds() - start
                batch.removeAll(keepingCapacity: true)
                batchBytes = 0
            }
            for file in FileWalker(inputs: [folder]) where file.disposition == .analyze {
                guard let data = FileManager.default.contents(atPath: file.path),
                      let text = try? TextDecoder.decode(Array(data)).text else { continue }
                let utf8 = Array(text.utf8)
                batchBytes += utf8.count
                batch.append(utf8)
                if batchBytes >= 8 << 20 { tokenizeBatch() }
            }
            tokenizeBatch()
            guard tokens > 0 else { throw ExitCode(1) }
            try String(seconds).write(toFile: out, atomically: true, encoding: .utf8)
        case "tokenize":
            // Read, decode and tokenize only: what `coachlens tokenize` does, over every file, on `jobs` tasks.
            let files = FileWalker(inputs: [folder]).filter { $0.disposition == .analyze }.map(\.path)
            let tokens = await withTaskGroup(of: Int.self) { group in
                for part in 0..<jobs {
                    group.addTask {
                        var count = 0
                        for path in stride(from: part, to: files.count, by: jobs).map({ files[$0] }) {
                            guard let data = FileManager.default.contents(atPath: path),
                                  let text = try? TextDecoder.decode(Array(data)).text else { continue }
                            count += FrenchTokenizer.tokenize(Array(text.utf8)).tokens.count
                        }
                        return count
                    }
                }
                return await group.reduce(0, +)
            }
            guard tokens > 0 else { throw ExitCode(1) }
        case "full":
            var options = try AnalysisOptionsGroup.parse(["--out", out, "--jobs", String(jobs), "--progress", "never"])
            options.out = out
            let run = try AnalysisRun(options: options, pluginIDs: nil, analysis: AnalysisOptions())
            let report = try AnalysisReport(
                directory: out, plugins: run.plugins.map { (type(of: $0).id, $0.table) }, dialect: .rfc4180)
            _ = try await run.run(inputs: [folder], options: options, report: report)
        default:
            let options = try AnalysisOptionsGroup.parse(["--jobs", String(jobs)])
            let run = try AnalysisRun(options: options, pluginIDs: [phase], analysis: AnalysisOptions())
            await run.pipeline.run(inputs: [folder]) { _ in }
        }
    }

    /// The CPU time this thread has used, in seconds.
    static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
