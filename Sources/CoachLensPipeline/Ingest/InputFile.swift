import Foundation

/// A file found by the walk, and whether it can be analysed.
public struct InputFile: Sendable, Equatable {
    /// What becomes of the file.
    public enum Disposition: Sendable, Equatable {
        /// A file in one of the analysed formats, to read.
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
    /// How it is read, from its extension.
    public var format: InputFormat
    /// For a file too large to analyse whole, the part of it this input stands for.
    public var section: Section?

    /// One part of a large file (see ``FileSections``).
    public struct Section: Sendable, Equatable {
        /// Its number, from 1.
        public var index: Int
        /// Its bytes in the file.
        public var range: Range<Int>
        /// The size of the whole file.
        public var fileSize: Int
    }

    /// Creates an input file.
    public init(
        path: String, document: String, size: Int = 0, disposition: Disposition = .analyze, format: InputFormat = .text
    ) {
        self.path = path
        self.document = document
        self.size = size
        self.disposition = disposition
        self.format = format
    }
}
