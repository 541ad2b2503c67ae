#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Walks files and folders recursively in a deterministic order (byte order of names, folder by folder),
/// lazily, so a folder of 200,000 files costs one directory listing at a time, not the whole tree.
///
/// Symbolic links are followed; a link back to a folder already being walked is reported as a loop.
/// Hidden entries inside folders are not walked; a hidden file named as an input is read.
public struct FileWalker: Sequence, IteratorProtocol {
    private struct Frame {
        var directory: String
        var prefix: String
        var names: [String]
        var next = 0
        var ancestry: [DeviceInode]
    }

    private struct DeviceInode: Equatable {
        var device: UInt64
        var inode: UInt64
    }

    private var pendingInputs: [String]
    private var stack: [Frame] = []
    private var queued: [InputFile] = []

    /// Walks `inputs` (files or folders) in the given order.
    public init(inputs: [String]) {
        pendingInputs = inputs.reversed()
    }

    public mutating func next() -> InputFile? {
        while true {
            if !queued.isEmpty { return queued.removeFirst() }
            if var frame = stack.popLast() {
                guard frame.next < frame.names.count else { continue }
                let name = frame.names[frame.next]
                frame.next += 1
                stack.append(frame)
                // Hidden entries (.git, .DS_Store) are not part of a corpus, as in git and ripgrep.
                if name.hasPrefix(".") { continue }
                visit(path: frame.directory + "/" + name, document: frame.prefix + name, ancestry: frame.ancestry)
                continue
            }
            guard let input = pendingInputs.popLast() else { return nil }
            var root = input
            while root.count > 1, root.hasSuffix("/") { root.removeLast() }
            var info = stat()
            if stat(root, &info) == 0, info.st_mode & S_IFMT == S_IFDIR {
                openDirectory(root, prefix: "", ancestry: [], info: info, document: root)
            } else {
                let name = root.split(separator: "/").last.map(String.init) ?? root
                visit(path: root, document: name, ancestry: [])
            }
        }
    }

    private mutating func visit(path: String, document: String, ancestry: [DeviceInode]) {
        var info = stat()
        guard lstat(path, &info) == 0 else {
            queued.append(InputFile(path: path, document: document, disposition: .fail("introuvable ou illisible")))
            return
        }
        if info.st_mode & S_IFMT == S_IFLNK {
            guard stat(path, &info) == 0 else {
                let reason = errno == ELOOP ? "boucle de liens symboliques" : "lien symbolique cassé"
                queued.append(InputFile(path: path, document: document, disposition: .fail(reason)))
                return
            }
        }
        switch info.st_mode & S_IFMT {
        case S_IFDIR:
            openDirectory(path, prefix: document + "/", ancestry: ancestry, info: info, document: document)
        case S_IFREG:
            let name = document.split(separator: "/").last.map(String.init) ?? document
            let size = Int(info.st_size)
            if let format = InputFormat(fileName: name) {
                queued.append(InputFile(path: path, document: document, size: size, format: format))
            } else {
                let reason = "extension non prise en charge (sont analysés : \(InputFormat.extensionList))"
                queued.append(InputFile(path: path, document: document, size: size, disposition: .skip(reason)))
            }
        default:
            queued.append(InputFile(path: path, document: document, disposition: .skip("pas un fichier ordinaire")))
        }
    }

    private mutating func openDirectory(
        _ path: String, prefix: String, ancestry: [DeviceInode], info: stat, document: String
    ) {
        let identity = DeviceInode(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
        guard !ancestry.contains(identity) else {
            queued.append(InputFile(path: path, document: document, disposition: .fail("boucle de liens symboliques")))
            return
        }
        guard let names = Self.listDirectory(path) else {
            queued.append(InputFile(path: path, document: document, disposition: .fail("dossier illisible")))
            return
        }
        stack.append(Frame(directory: path, prefix: prefix, names: names, ancestry: ancestry + [identity]))
    }

    /// The entry names of a folder, sorted by their UTF-8 bytes; nil when it cannot be read.
    static func listDirectory(_ path: String) -> [String]? {
        guard let handle = opendir(path) else { return nil }
        defer { closedir(handle) }
        var names: [String] = []
        while let entry = readdir(handle) {
            // Read the name in place: the record is only as long as its name, so copying the whole `d_name`
            // array (256 bytes) can read past the end of the directory buffer.
            let name = String(cString: UnsafeRawPointer(entry)
                .advanced(by: MemoryLayout<dirent>.offset(of: \dirent.d_name)!).assumingMemoryBound(to: CChar.self))
            if name != ".", name != ".." { names.append(name) }
        }
        return names.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }
}
