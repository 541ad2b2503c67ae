/// Groups the items of a stream (files, JSON lines) into batches of consecutive items: at most
/// ``Pipeline/batchBytes`` bytes or ``Pipeline/batchFiles`` items each, small enough to keep memory flat and large
/// enough that a stream of tiny documents does not pay one task per document.
struct Batches<Items: IteratorProtocol>: IteratorProtocol {
    private var items: Items
    private let byteCount: (Items.Element) -> Int
    private var lookahead: Items.Element?

    /// Batches `items`, each weighing `byteCount` bytes.
    init(_ items: Items, byteCount: @escaping (Items.Element) -> Int) {
        self.items = items
        self.byteCount = byteCount
    }

    mutating func next() -> [Items.Element]? {
        var batch: [Items.Element] = []
        var bytes = 0
        while let item = lookahead ?? items.next() {
            lookahead = nil
            let size = byteCount(item)
            if !batch.isEmpty, bytes + size > Pipeline.batchBytes || batch.count >= Pipeline.batchFiles {
                lookahead = item
                break
            }
            batch.append(item)
            bytes += size
        }
        return batch.isEmpty ? nil : batch
    }
}
