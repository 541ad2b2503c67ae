/// Groups walked files into batches of consecutive files, small enough to keep memory flat and large enough
/// that a folder of tiny files does not pay one task per file.
struct BatchIterator: IteratorProtocol {
    private var walker: FileWalker
    private var lookahead: InputFile?
    private var sections: FileSections?

    init(walker: FileWalker) {
        self.walker = walker
    }

    mutating func next() -> [InputFile]? {
        var batch: [InputFile] = []
        var bytes = 0
        while let file = lookahead ?? nextInput() {
            lookahead = nil
            if !batch.isEmpty, bytes + file.size > Pipeline.batchBytes || batch.count >= Pipeline.batchFiles {
                lookahead = file
                break
            }
            batch.append(file)
            bytes += file.size
        }
        return batch.isEmpty ? nil : batch
    }

    /// The next file of the walk, or the next section of a file too large to analyse whole.
    private mutating func nextInput() -> InputFile? {
        if let section = sections?.next() { return section }
        sections = nil
        guard let file = walker.next() else { return nil }
        sections = FileSections(file)
        return sections?.next() ?? file
    }
}
