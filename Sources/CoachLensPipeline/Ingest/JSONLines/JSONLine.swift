/// One line of JSON input as read, before it is parsed (parsing happens in the analysis tasks).
public struct JSONLine: Sendable, Equatable {
    /// Its line number in the input, from 1.
    public var number: Int
    /// Its UTF-8 bytes, line break excluded.
    public var bytes: [UInt8]

    /// Creates a line.
    public init(number: Int, bytes: [UInt8]) {
        self.number = number
        self.bytes = bytes
    }
}
