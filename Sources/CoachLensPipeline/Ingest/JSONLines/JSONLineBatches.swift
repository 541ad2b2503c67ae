/// Groups the non-blank lines of a ``LineReader`` into batches the way ``BatchIterator`` groups files: at most
/// ``Pipeline/batchBytes`` bytes or ``Pipeline/batchFiles`` lines each, so memory stays bounded.
struct JSONLineBatches: IteratorProtocol {
    private let reader: LineReader
    private var lookahead: JSONLine?
    private var lineNumber = 0

    init(reader: LineReader) {
        self.reader = reader
    }

    mutating func next() -> [JSONLine]? {
        var batch: [JSONLine] = []
        var bytes = 0
        while let line = lookahead ?? nextLine() {
            lookahead = nil
            if !batch.isEmpty, bytes + line.bytes.count > Pipeline.batchBytes || batch.count >= Pipeline.batchFiles {
                lookahead = line
                break
            }
            batch.append(line)
            bytes += line.bytes.count
        }
        return batch.isEmpty ? nil : batch
    }

    /// The next line holding anything but spaces (blank lines, such as a final one, are not documents).
    private mutating func nextLine() -> JSONLine? {
        while let bytes = reader.next() {
            lineNumber += 1
            if bytes.contains(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }) {
                return JSONLine(number: lineNumber, bytes: bytes)
            }
        }
        return nil
    }
}
