import Foundation

/// A file found by the walk, and whether it can be analysed.
public struct InputFile: Sendable, Equatable {
    /// What becomes of the file.
    public enum Disposition: Sendable, Equatable {
        /// A `.txt` or `.md` file to read.
        case analyze
        /// Not for analysis (wrong extension, hidden file); the reason is shown to the user.
        case skip(String)
        /// Could not be reached (broken link, symlink loop, unreadable folder).
        case fail(String)
    }

    /// The file on disk.
    public var path: String
    /// Its path relative to the input folder it came from, with `/` separators (the `document` column).
    public var document: String
    /// Its size in bytes, when known from the walk.
    public var size: Int
    /// What becomes of it.
    public var disposition: Disposition

    /// Creates an input file.
    public init(path: String, document: String, size: Int = 0, disposition: Disposition = .analyze) {
        self.path = path
        self.document = document
        self.size = size
        self.disposition = disposition
    }
}
