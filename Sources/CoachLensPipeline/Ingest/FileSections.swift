/// Cuts a text file too large to analyse whole into sections of about ``sectionBytes``, each analysed as its own
/// document (`notes.txt#1`, `notes.txt#2`, …), so that memory stays flat whatever the size of one file.
///
/// A section ends at the last paragraph break before its nominal end, else the last line break, else the last
/// space, else the last UTF-8 character boundary: sentences are rarely cut, characters never. Only the bytes near
/// each cut are read here; each section is read whole by the task that analyses it. UTF-16 files are not cut (a
/// cut would need their byte order): they are read whole, as before.
struct FileSections: IteratorProtocol {
    /// Files larger than this are cut.
    static let threshold = 4 << 20
    /// The nominal size of a section.
    static let sectionBytes = 1 << 20
    /// How far back from a section's nominal end a break is looked for.
    static let searchBytes = 64 << 10

    private let file: InputFile
    private var offset = 0
    private var index = 0

    /// The sections of `file`, or nil when it is to be read whole.
    init?(_ file: InputFile) {
        guard file.disposition == .analyze, file.format == .text, file.size > Self.threshold,
              let head = try? FileReader.read(file.path, range: 0..<2),
              head != [0xFF, 0xFE], head != [0xFE, 0xFF] else { return nil }
        self.file = file
    }

    mutating func next() -> InputFile? {
        guard offset < file.size else { return nil }
        let end = offset + Self.sectionBytes >= file.size ? file.size : cut(before: offset + Self.sectionBytes)
        index += 1
        var section = file
        section.document = "\(file.document)#\(index)"
        section.size = end - offset
        section.section = InputFile.Section(index: index, range: offset..<end, fileSize: file.size)
        offset = end
        return section
    }

    /// Where to end a section whose nominal end is `nominalEnd`.
    private func cut(before nominalEnd: Int) -> Int {
        let windowStart = max(offset + 1, nominalEnd - Self.searchBytes)
        guard let window = try? FileReader.read(file.path, range: windowStart..<nominalEnd), !window.isEmpty else {
            return nominalEnd
        }
        func lastIndex(after predicate: (Int) -> Bool) -> Int? {
            window.indices.reversed().first(where: predicate).map { windowStart + $0 + 1 }
        }
        let newline = UInt8(ascii: "\n")
        return lastIndex { $0 > 0 && window[$0] == newline && window[$0 - 1] == newline }
            ?? lastIndex { window[$0] == newline }
            ?? lastIndex { window[$0] == UInt8(ascii: " ") }
            ?? lastIndex { $0 + 1 < window.count && window[$0 + 1] & 0xC0 != 0x80 }
            ?? nominalEnd
    }
}
