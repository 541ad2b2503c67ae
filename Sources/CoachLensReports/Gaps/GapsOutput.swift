/// Writes the `gaps` outputs into a folder — coverage.csv, gaps.md, gaps.html — each under a temporary name,
/// all renamed into place only once every one is complete.
public enum GapsOutput {
    /// The files written.
    public static let fileNames = ["coverage.csv", "gaps.md", "gaps.html"]

    /// Writes `report` into `directory` (created if needed).
    public static func write(_ report: GapReport, to directory: String, dialect: CSVDialect) throws(OutputError) {
        try OutputDirectory.create(directory)
        let coverage = try CSVTableWriter(path: directory + "/coverage.csv", header: CoverageCSV.header, dialect: dialect)
        for article in report.articles { coverage.write(CoverageCSV.row(article)) }
        var files: [AtomicFile] = []
        for (name, contents) in [("gaps.md", GapsMarkdown.render(report)), ("gaps.html", GapsHTML.render(report))] {
            let file: AtomicFile
            do {
                file = try AtomicFile(path: directory + "/" + name)
            } catch {
                coverage.discard()
                files.forEach { $0.discard() }
                throw error
            }
            file.write(contents)
            files.append(file)
        }
        try InterruptShield.run { () throws(OutputError) in
            try coverage.commit()
            for file in files { try file.commit() }
        }
    }
}
