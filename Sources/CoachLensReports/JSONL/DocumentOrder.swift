/// The order of an `analyze` run over one folder: path components compared one by one, each by its UTF-8 bytes,
/// which is how the walker lists a folder (so `a/b.txt` comes before `a-c.txt`, as folder `a` sorts before `a-c.txt`).
enum DocumentOrder {
    /// A key whose byte order is that order: the path's UTF-8 bytes with `/` turned into 0, which sorts a
    /// component before any longer name it starts.
    static func key(_ document: String) -> [UInt8] {
        document.utf8.map { $0 == UInt8(ascii: "/") ? 0 : $0 }
    }
}
