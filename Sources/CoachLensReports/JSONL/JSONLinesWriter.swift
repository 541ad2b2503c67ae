import CoachLensPipeline
import Foundation

/// Streams `--format jsonl` output: one ``DocumentJSON`` line per outcome, to standard output as each arrives
/// (`-`), or to a file written under a temporary name and renamed into place by ``commit()``.
public final class JSONLinesWriter {
    private let encoder: DocumentJSON
    private let file: AtomicFile?

    /// Writes to `path`, or to standard output when it is `-`.
    public init(path: String, encoder: DocumentJSON) throws(OutputError) {
        self.encoder = encoder
        file = path == "-" ? nil : try AtomicFile(path: path)
    }

    /// Writes one document's line.
    public func add(_ outcome: DocumentOutcome) {
        let line = encoder.line(outcome) + "\n"
        if let file {
            file.write(line)
        } else {
            FileHandle.standardOutput.write(Data(line.utf8))
        }
    }

    /// Renames the file into place (nothing to do for standard output).
    public func commit() throws(OutputError) {
        try file?.commit()
    }

    /// Drops the temporary file.
    public func discard() {
        file?.discard()
    }
}
