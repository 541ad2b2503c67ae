import CoachLensKit

/// salespeople.csv: one row per salesperson — notes, mean coverage, the steps most often missing, order
/// violations — in the run's CSV dialect.
enum SalespeopleCSV {
    /// The columns.
    static let columns = ["salesperson", "notes", "mean_coverage", "most_missing", "order_violations"]

    /// The whole file.
    static func render(_ aggregate: CallsAggregate, dialect: CSVDialect) -> String {
        let separator = String(Unicode.Scalar(dialect.separator))
        func line(_ cells: [Cell]) -> String { cells.map(dialect.field).joined(separator: separator) + "\r\n" }
        var text = String(decoding: dialect.preamble, as: UTF8.self) + line(columns.map(Cell.text))
        for person in aggregate.salespeople {
            let missing = person.mostMissing().map { aggregate.method.steps[$0].id }
            text += line([
                .text(person.name), .integer(person.notes), .decimal(person.meanCoverage, digits: 3),
                .text(missing.joined(separator: "|")), .integer(person.orderViolations),
            ])
        }
        return text
    }
}
