#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Creates output folders.
public enum OutputDirectory {
    /// Creates `path` and its parents when missing.
    public static func create(_ path: String) throws(OutputError) {
        var current = path.hasPrefix("/") ? "" : "."
        for component in path.split(separator: "/") {
            current += "/" + component
            var info = stat()
            if stat(current, &info) == 0 {
                guard info.st_mode & S_IFMT == S_IFDIR else {
                    throw OutputError(path: current, reason: "existe et n’est pas un dossier")
                }
                continue
            }
            guard mkdir(current, 0o755) == 0 || errno == EEXIST else {
                throw OutputError(path: current, reason: String(cString: strerror(errno)))
            }
        }
    }
}
