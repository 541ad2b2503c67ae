/// The lines of a ``LineReader`` that hold anything but spaces (blank lines, such as a final one, are not
/// documents), each with its line number.
struct NumberedJSONLines: IteratorProtocol {
    private let reader: LineReader
    private var lineNumber = 0

    init(reader: LineReader) {
        self.reader = reader
    }

    mutating func next() -> JSONLine? {
        while let bytes = reader.next() {
            lineNumber += 1
            if bytes.contains(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }) {
                return JSONLine(number: lineNumber, bytes: bytes)
            }
        }
        return nil
    }
}
