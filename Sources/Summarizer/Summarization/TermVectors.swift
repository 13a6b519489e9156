import Foundation

/// TF-IDF vectors of an article's sentences, unit length, for cosine similarity.
struct TermVectors {
    /// All sentences' distinct term ids and weights, one sentence after another; sentence `k`
    /// owns `start[k]..<start[k + 1]`.
    private var ids: [Int32] = []
    private var weights: [Float] = []
    private var start: [Int] = [0]
    /// Per sentence: the mean share of the article's terms that its distinct terms have (SumBasic).
    private(set) var topicality: [Float] = []
    /// Per sentence: the share of its distinct terms that other sentences use too.
    private(set) var sharedShare: [Float] = []
    private var table = TermTable()
    private var idf: [Float] = []

    /// The number of sentences.
    var count: Int { start.count - 1 }

    /// Builds vectors from each sentence's term hashes (see `WordScan.terms`); document
    /// frequency is counted over the sentences themselves.
    init(terms sentences: [[UInt64]]) {
        var termCount = 0
        for hashes in sentences { termCount += hashes.count }
        table = TermTable(capacity: termCount + 16)
        // Term ids of every occurrence, sentence after sentence, each sentence's sorted.
        var occurrences: [Int32] = []
        occurrences.reserveCapacity(termCount)
        var df: [Int32] = []
        var counts: [Int32] = []
        var bounds: [Int] = [0]
        bounds.reserveCapacity(sentences.count + 1)
        for hashes in sentences {
            let first = occurrences.count
            for h in hashes {
                let id = table.id(for: h, next: Int32(df.count))
                if Int(id) == df.count {
                    df.append(0)
                    counts.append(0)
                }
                counts[Int(id)] += 1
                occurrences.append(id)
            }
            occurrences[first...].sort()
            var previous: Int32 = -1
            for k in first..<occurrences.count where occurrences[k] != previous {
                previous = occurrences[k]
                df[Int(previous)] += 1
            }
            bounds.append(occurrences.count)
        }
        let n = Float(max(sentences.count, 1))
        idf = df.map { logf((n + 1) / (Float($0) + 0.5)) }
        let total = Float(max(occurrences.count, 1))
        ids.reserveCapacity(occurrences.count)
        weights.reserveCapacity(occurrences.count)
        start.reserveCapacity(sentences.count + 1)
        topicality.reserveCapacity(sentences.count)
        sharedShare.reserveCapacity(sentences.count)
        for k in 0..<sentences.count {
            let from = ids.count
            appendVector(occurrences[bounds[k]..<bounds[k + 1]])
            start.append(ids.count)
            var share: Float = 0
            var shared = 0
            for j in from..<ids.count {
                let id = Int(ids[j])
                share += Float(counts[id])
                if df[id] > 1 { shared += 1 }
            }
            let distinct = Float(ids.count - from)
            sharedShare.append(distinct > 0 ? Float(shared) / distinct : 0)
            topicality.append(distinct > 0 ? share / distinct / total : 0)
        }
    }

    /// Appends the unit vector of sorted term ids with repeats: (1 + log tf) × idf.
    private mutating func appendVector(_ list: ArraySlice<Int32>) {
        let from = weights.count
        var k = list.startIndex
        var norm: Float = 0
        while k < list.endIndex {
            let id = list[k]
            var tf = 1
            while k + tf < list.endIndex, list[k + tf] == id { tf += 1 }
            let weight = (tf == 1 ? 1 : 1 + logf(Float(tf))) * idf[Int(id)]
            ids.append(id)
            weights.append(weight)
            norm += weight * weight
            k += tf
        }
        if norm > 0 {
            let inverse = 1 / norm.squareRoot()
            for j in from..<weights.count { weights[j] *= inverse }
        }
    }

    /// Cosine similarities of every pair of sentences, `count` squared, row-major, 0 on the diagonal.
    func similarityMatrix() -> [Float] {
        let n = count
        var matrix = [Float](repeating: 0, count: n * n)
        // Scatter one sentence's weights into a dense row, then dot the later sentences with it.
        var dense = [Float](repeating: 0, count: idf.count)
        for a in 0..<n {
            for j in start[a]..<start[a + 1] { dense[Int(ids[j])] = weights[j] }
            for b in (a + 1)..<n {
                var sum: Float = 0
                for j in start[b]..<start[b + 1] { sum += dense[Int(ids[j])] * weights[j] }
                matrix[a * n + b] = sum
                matrix[b * n + a] = sum
            }
            for j in start[a]..<start[a + 1] { dense[Int(ids[j])] = 0 }
        }
        return matrix
    }

    /// Cosine similarity of each sentence with another text, given its term hashes (a title's);
    /// terms no sentence has are left out.
    func similarities(toTerms hashes: [UInt64]) -> [Float] {
        var counts: [Int32: Int] = [:]
        for h in hashes {
            if let id = table.existingID(for: h) { counts[id, default: 0] += 1 }
        }
        var query: [Int32: Float] = [:]
        var norm: Float = 0
        for (id, tf) in counts {
            let weight = (1 + logf(Float(tf))) * idf[Int(id)]
            query[id] = weight
            norm += weight * weight
        }
        guard norm > 0 else { return [Float](repeating: 0, count: count) }
        let inverse = 1 / norm.squareRoot()
        return (0..<count).map { k in
            var sum: Float = 0
            for j in start[k]..<start[k + 1] { sum += (query[ids[j]] ?? 0) * weights[j] }
            return sum * inverse
        }
    }
}

/// Term hashes to dense ids: an open-addressing table, cheaper than a dictionary for keys that
/// are already hashes.
struct TermTable {
    private var keys: [UInt64]
    private var values: [Int32]
    private var mask: Int
    private var count = 0

    init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        values = [Int32](repeating: -1, count: size)
        mask = size - 1
    }

    /// The id of `key`, giving it `next` when it is new.
    mutating func id(for key: UInt64, next: Int32) -> Int32 {
        if count * 2 >= keys.count { grow() }
        var slot = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
        while values[slot] >= 0 {
            if keys[slot] == key { return values[slot] }
            slot = (slot + 1) & mask
        }
        keys[slot] = key
        values[slot] = next
        count += 1
        return next
    }

    /// The id of `key`, or nil when it was never added.
    func existingID(for key: UInt64) -> Int32? {
        var slot = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
        while values[slot] >= 0 {
            if keys[slot] == key { return values[slot] }
            slot = (slot + 1) & mask
        }
        return nil
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldValues = values
        keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
        values = [Int32](repeating: -1, count: oldKeys.count * 2)
        mask = keys.count - 1
        count = 0
        for k in oldKeys.indices where oldValues[k] >= 0 { _ = id(for: oldKeys[k], next: oldValues[k]) }
    }
}
