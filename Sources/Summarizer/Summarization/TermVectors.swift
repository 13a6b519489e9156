import Foundation

/// TF-IDF vectors of an article's sentences, unit length, for cosine similarity.
struct TermVectors {
    /// Per sentence: sorted term ids and their weights.
    private(set) var terms: [[Int32]] = []
    private(set) var weights: [[Float]] = []
    /// Number of distinct terms per sentence.
    private(set) var termCounts: [Int] = []
    /// Per sentence: the mean share of the article's terms that its distinct terms have (SumBasic).
    private(set) var topicality: [Float] = []
    /// Per sentence: the share of its distinct terms that other sentences use too.
    private(set) var sharedShare: [Float] = []
    private var ids = TermTable()
    private var idf: [Float] = []

    /// Builds vectors from each sentence's term hashes (see `WordScan.terms`); document
    /// frequency is counted over the sentences themselves.
    init(terms sentences: [[UInt64]]) {
        var rawTerms: [[Int32]] = []
        rawTerms.reserveCapacity(sentences.count)
        var df: [Int32] = []
        var counts: [Int32] = []
        var total = 0
        var termCount = 0
        for hashes in sentences { termCount += hashes.count }
        ids = TermTable(capacity: termCount + 16)
        for hashes in sentences {
            var list: [Int32] = []
            list.reserveCapacity(hashes.count)
            for h in hashes {
                let id = ids.id(for: h, next: Int32(df.count))
                if Int(id) < df.count {
                    list.append(id)
                } else {
                    df.append(0)
                    counts.append(0)
                    list.append(id)
                }
            }
            for id in list { counts[Int(id)] += 1 }
            total += list.count
            list.sort()
            var previous: Int32 = -1
            for id in list where id != previous {
                df[Int(id)] += 1
                previous = id
            }
            rawTerms.append(list)
        }
        let n = Float(max(sentences.count, 1))
        idf = df.map { logf((n + 1) / (Float($0) + 0.5)) }
        terms.reserveCapacity(rawTerms.count)
        weights.reserveCapacity(rawTerms.count)
        for list in rawTerms {
            let (t, w) = vector(sortedIDs: list)
            terms.append(t)
            weights.append(w)
            termCounts.append(t.count)
            var share: Float = 0
            var shared = 0
            for id in t {
                share += Float(counts[Int(id)])
                if df[Int(id)] > 1 { shared += 1 }
            }
            sharedShare.append(t.isEmpty ? 0 : Float(shared) / Float(t.count))
            topicality.append(t.isEmpty ? 0 : share / Float(t.count) / Float(max(total, 1)))
        }
    }

    /// A unit vector for sorted term ids with repeats: (1 + log tf) × idf.
    private func vector(sortedIDs list: [Int32]) -> ([Int32], [Float]) {
        var t: [Int32] = []
        var w: [Float] = []
        t.reserveCapacity(list.count)
        w.reserveCapacity(list.count)
        var k = 0
        var norm: Float = 0
        while k < list.count {
            let id = list[k]
            var tf = 1
            while k + tf < list.count, list[k + tf] == id { tf += 1 }
            let weight = (1 + logf(Float(tf))) * idf[Int(id)]
            t.append(id)
            w.append(weight)
            norm += weight * weight
            k += tf
        }
        if norm > 0 {
            let inv = 1 / norm.squareRoot()
            for j in w.indices { w[j] *= inv }
        }
        return (t, w)
    }

    /// A unit vector for another text's term hashes (a title's), in the same term space; terms
    /// no sentence has are left out.
    func vector(forTerms hashes: [UInt64]) -> ([Int32], [Float]) {
        var list = hashes.compactMap { ids.existingID(for: $0) }
        list.sort()
        return vector(sortedIDs: list)
    }

    /// Cosine similarity of sentences `a` and `b`.
    func similarity(_ a: Int, _ b: Int) -> Float {
        Self.dot(terms[a], weights[a], terms[b], weights[b])
    }

    /// Cosine similarity of sentence `a` and a vector from `vector(for:)`.
    func similarity(_ a: Int, to v: ([Int32], [Float])) -> Float {
        Self.dot(terms[a], weights[a], v.0, v.1)
    }

    private static func dot(_ ta: [Int32], _ wa: [Float], _ tb: [Int32], _ wb: [Float]) -> Float {
        var i = 0
        var j = 0
        var sum: Float = 0
        while i < ta.count, j < tb.count {
            let x = ta[i]
            let y = tb[j]
            if x == y {
                sum += wa[i] * wb[j]
                i += 1
                j += 1
            } else if x < y {
                i += 1
            } else {
                j += 1
            }
        }
        return sum
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
