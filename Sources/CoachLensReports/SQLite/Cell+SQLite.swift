import CoachLensKit
import GRDB

extension Cell {
    /// The column type a table declares for a cell like this one.
    var columnType: Database.ColumnType {
        switch self {
        case .text: return .text
        case .integer: return .integer
        case .decimal: return .real
        }
    }

    /// The value stored: a decimal is rounded to its digits exactly as the CSV shows it, so SQL and CSV agree.
    var databaseValue: DatabaseValue {
        switch self {
        case let .text(value): return value.databaseValue
        case let .integer(value): return value.databaseValue
        case let .decimal(value, digits): return Double(CSVDialect.format(value, digits: digits)).databaseValue
        }
    }
}
