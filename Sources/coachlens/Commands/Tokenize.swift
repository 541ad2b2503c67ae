import ArgumentParser
import CoachLensKit
import CoachLensPipeline
import Foundation

/// `coachlens tokenize FILE`: one token per line, an empty line between sentences.
struct Tokenize: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Affiche les mots d’un fichier, un par ligne, une ligne vide entre les phrases.")

    @Argument(help: "Fichier texte (UTF-8, UTF-16 avec BOM ou Windows-1252).")
    var file: String

    func run() throws {
        let bytes: [UInt8]
        do {
            bytes = Array(try Data(contentsOf: URL(fileURLWithPath: file)))
        } catch {
            throw ValidationError("fichier illisible : \(file)")
        }
        let text: String
        do {
            text = try TextDecoder.decode(bytes).text
        } catch {
            AnalysisRun.printError("\(file) : \(error.reason)")
            throw ExitCode(1)
        }
        let utf8 = Array(text.utf8)
        let tokenized = FrenchTokenizer.tokenize(utf8)
        var output: [UInt8] = []
        output.reserveCapacity(utf8.count * 2)
        for (index, sentence) in tokenized.sentences.enumerated() {
            if index > 0 { output.append(UInt8(ascii: "\n")) }
            for token in tokenized.tokens[sentence.tokens] {
                output += utf8[token.utf8Range]
                output.append(UInt8(ascii: "\n"))
            }
        }
        FileHandle.standardOutput.write(Data(output))
    }
}
