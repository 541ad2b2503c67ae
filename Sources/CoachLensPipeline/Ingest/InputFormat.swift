/// How an input file is read, decided by its extension.
public enum InputFormat: String, Sendable, Equatable, CaseIterable {
    /// Plain text or Markdown (`.txt`, `.md`).
    case text
    /// A WebVTT transcript (`.vtt`), as Teams, Zoom and Google Meet export.
    case webVTT
    /// A SubRip transcript (`.srt`).
    case subRip
    /// A Word document (`.docx`).
    case word

    /// The extensions of each format, lowercase, without the dot.
    public var extensions: [String] {
        switch self {
        case .text: ["txt", "md"]
        case .webVTT: ["vtt"]
        case .subRip: ["srt"]
        case .word: ["docx"]
        }
    }

    /// Every analysed extension with its dot, for messages: « .txt .md .vtt .srt .docx » (no comma, so a
    /// documents.csv reason that lists them needs no quotes).
    public static var extensionList: String {
        allCases.flatMap(\.extensions).map { "." + $0 }.joined(separator: " ")
    }

    /// The format of a file name by its extension (any case); nil when it is not analysed.
    public init?(fileName: String) {
        guard let dot = fileName.lastIndex(of: ".") else { return nil }
        let ext = fileName[fileName.index(after: dot)...].lowercased()
        guard let format = Self.allCases.first(where: { $0.extensions.contains(ext) }) else { return nil }
        self = format
    }
}
