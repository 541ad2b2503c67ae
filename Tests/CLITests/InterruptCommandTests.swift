import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Ctrl-C during `analyze` into a folder that holds a previous report: whenever the interrupt lands, the folder
/// holds exactly the previous files or exactly the new complete set — no temporary file, no truncated file.
@Suite(.serialized) struct InterruptCommandTests {
    static let corpus = Fixtures.repositoryRoot.appendingPathComponent("corpus").path
    static let mini = Fixtures.repositoryRoot.appendingPathComponent("Tests/CLITests/Fixtures/mini").path

    /// Every file in `folder`, hidden ones included, with its bytes.
    func snapshot(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            files[name] = try Data(contentsOf: folder.appendingPathComponent(name))
        }
        return files
    }

    func write(_ files: [String: Data], into folder: URL) throws {
        for (name, data) in files { try data.write(to: folder.appendingPathComponent(name)) }
    }

    func analyze(_ input: String, into folder: URL) throws -> Process {
        let process = Process()
        process.executableURL = CommandRunner.executable
        process.arguments = ["analyze", input, "--out", folder.path, "--progress", "never"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Interrupts at a spread of moments, from before the output is opened to after the run ends, and checks
    /// the folder each time; which of the two states each moment gives is up to the machine's speed.
    @Test func interruptLeavesThePreviousOrTheNewReport() throws {
        let previousFolder = try Fixtures.temporaryDirectory(), newFolder = try Fixtures.temporaryDirectory()
        try analyze(Self.mini, into: previousFolder).waitUntilExit()
        try analyze(Self.corpus, into: newFolder).waitUntilExit()
        let previous = try snapshot(previousFolder), new = try snapshot(newFolder)
        #expect(previous.keys.contains("summary.md") && new.keys.contains("summary.md"))
        #expect(previous != new)

        // nil: as soon as the run's first temporary file shows, so at least one interrupt lands mid-write.
        for delay in [nil, 0, 5, 20, 50, 100, 200, 400, 800, 1_600] as [Int?] {
            let folder = try Fixtures.temporaryDirectory()
            try write(previous, into: folder)
            let process = try analyze(Self.corpus, into: folder)
            if let delay {
                usleep(useconds_t(delay * 1_000))
            } else {
                while process.isRunning, try !snapshot(folder).keys.contains(where: { $0.hasSuffix(".tmp") }) { usleep(1_000) }
            }
            if process.isRunning { kill(process.processIdentifier, SIGINT) }
            process.waitUntilExit()
            let left = try snapshot(folder)
            #expect(left == previous || left == new,
                    "interrupted after \(delay.map { "\($0) ms" } ?? "the first temporary file"), the folder holds \(left.keys.sorted())")
        }
    }
}
