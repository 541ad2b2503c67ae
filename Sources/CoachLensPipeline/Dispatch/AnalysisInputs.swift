/// The files of a walk, each file too large to analyse whole replaced by its sections (``FileSections``).
struct AnalysisInputs: IteratorProtocol {
    private var walker: FileWalker
    private var sections: FileSections?

    init(walker: FileWalker) {
        self.walker = walker
    }

    mutating func next() -> InputFile? {
        if let section = sections?.next() { return section }
        sections = nil
        guard let file = walker.next() else { return nil }
        sections = FileSections(file)
        return sections?.next() ?? file
    }
}
