import ArgumentParser
import CoachLensPipeline
import Foundation

/// Builds a benchmark corpus of at least a given size from corpus/: every source text is rotated through many
/// copies, each varied (paragraphs shifted, names and figures changed) so no two files are identical.
enum BenchCorpus {
    static let firstNames = ["Claire", "Marc", "Sophie", "Karim", "Julie", "Thomas", "Inès", "Paul", "Léa", "Hugo"]

    /// Writes files into `directory` until they add up to `megabytes`; returns the number of files.
    static func generate(from sources: [String], into directory: URL, megabytes: Int) throws -> Int {
        let texts = sources.flatMap { source in
            FileWalker(inputs: [source]).compactMap { file -> String? in
                guard file.disposition == .analyze, let data = FileManager.default.contents(atPath: file.path) else { return nil }
                return String(data: data, encoding: .utf8)
            }
        }
        guard !texts.isEmpty else { throw ValidationError("aucun texte UTF-8 dans \(sources.joined(separator: ", "))") }
        let target = megabytes * 1_048_576
        var written = 0, index = 0
        while written < target {
            let text = vary(texts[index % texts.count], copy: index / texts.count)
            let folder = directory.appendingPathComponent(String(format: "lot-%03d", index / 1_000))
            if index % 1_000 == 0 { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
            let data = Data(text.utf8)
            try data.write(to: folder.appendingPathComponent(String(format: "texte-%06d.txt", index)))
            written += data.count
            index += 1
        }
        return index
    }

    /// A variant of `text`: paragraphs rotated by `copy`, a first name and the digits changed.
    static func vary(_ text: String, copy: Int) -> String {
        guard copy > 0 else { return text }
        var paragraphs = text.components(separatedBy: "\n\n")
        let shift = copy % max(paragraphs.count, 1)
        paragraphs = Array(paragraphs[shift...] + paragraphs[..<shift])
        let name = firstNames[copy % firstNames.count]
        let digit = Character(String(copy % 10))
        let body = paragraphs.joined(separator: "\n\n").map { $0.isNumber && $0.isASCII ? digit : $0 }
        return "Note de \(name), version \(copy).\n\n" + String(body)
    }

}
