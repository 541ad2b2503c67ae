import CoachLensKit
import CoachLensPipeline

/// Reads the kept rows of a plugin's table by column name, so the reports depend on the output contract's
/// column names and not on the plugins' internals or column positions.
struct TableColumns {
    /// The table read.
    let table: TableAggregate

    /// Whether the table has column `name`.
    func has(_ name: String) -> Bool { table.spec.columns.contains(name) }

    /// The cell of column `name` in `row`, if the table has that column.
    func cell(_ row: TableAggregate.SampleRow, _ name: String) -> Cell? {
        guard let index = table.spec.columns.firstIndex(of: name), index < row.cells.count else { return nil }
        return row.cells[index]
    }

    /// The number in column `name`, if any.
    func number(_ row: TableAggregate.SampleRow, _ name: String) -> Double? {
        cell(row, name)?.number
    }

    /// The text of column `name` (numbers as written in CSV), or "".
    func text(_ row: TableAggregate.SampleRow, _ name: String) -> String {
        switch cell(row, name) {
        case let .text(value)?: return value
        case let cell?: return CSVDialect.rfc4180.field(cell)
        case nil: return ""
        }
    }

    /// The `|`-separated values of column `name`.
    func values(_ row: TableAggregate.SampleRow, _ name: String) -> [String] {
        text(row, name).split(separator: "|").map(String.init)
    }

    /// How often each `|`-separated value of column `name` occurred over every row of the run.
    func counts(_ name: String) -> [String: Int] {
        guard let index = table.spec.columns.firstIndex(of: name), index < table.valueCounts.count else { return [:] }
        return table.valueCounts[index]
    }

    /// The sum of numeric column `name` over every row of the run.
    func sum(_ name: String) -> Double {
        guard let index = table.spec.columns.firstIndex(of: name), index < table.sums.count else { return 0 }
        return table.sums[index]
    }

    /// The step columns of a steps table: those between `method` and `coverage` (or every `S<n>` column).
    var stepColumns: [String] { Self.stepColumns(of: table.spec) }

    /// The step columns of a steps table spec.
    static func stepColumns(of spec: TableSpec) -> [String] {
        let columns = spec.columns
        if let start = columns.firstIndex(of: "method"), let end = columns.firstIndex(of: "coverage"), start < end {
            return Array(columns[(start + 1)..<end])
        }
        return columns.filter { $0.first == "S" && Int($0.dropFirst()) != nil }
    }
}
