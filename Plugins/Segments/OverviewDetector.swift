/// Finds the sentences that only list the canvas blocks ("Clients, proposition de valeur, canaux…", or a list
/// of items "1. Clients : qui vous aidez", "2. Valeur apportée : votre contribution"…).
///
/// An overview introduces the blocks without discussing any of them, so its cues count only
/// ``SegmentAnalysis/overviewFactor`` of their weight. A sentence is an overview when it names at least
/// ``minimumBlocks`` distinct blocks; a run of consecutive short sentences (list items of at most
/// ``maximumItemWords`` words, numbering alone allowed in between) is one when together they name that many.
enum OverviewDetector {
    /// Distinct block names that make an enumeration.
    static let minimumBlocks = 4
    /// The longest sentence read as a list item.
    static let maximumItemWords = 16
    /// A sentence this short with no block name (a number, a bullet) does not break a run of list items.
    static let fillerWords = 2

    /// The overview sentences, as runs of sentence indexes in text order.
    static func overviews(names: [Set<SegmentCode>], words: [Int]) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var runStart: Int?
        var runNames: Set<SegmentCode> = []
        var lastNamed = 0
        func closeRun() {
            if let start = runStart, runNames.count >= minimumBlocks { found.append(start..<(lastNamed + 1)) }
            runStart = nil
            runNames = []
        }
        for index in names.indices {
            let named = names[index]
            if named.count >= minimumBlocks && words[index] > maximumItemWords {
                closeRun()
                found.append(index..<(index + 1))
            } else if !named.isEmpty && words[index] <= maximumItemWords {
                if runStart == nil { runStart = index }
                runNames.formUnion(named)
                lastNamed = index
            } else if named.isEmpty && words[index] <= fillerWords && runStart != nil {
                continue
            } else {
                closeRun()
            }
        }
        closeRun()
        return found
    }
}
