import Foundation

/// Content words of a text as hashed, lightly stemmed terms, so sentences can be compared.
enum Terms {
    /// The hashed content terms of `text`, in order, stop words left out.
    static func hashes(of text: String, into out: inout [UInt64]) {
        var text = text
        text.withUTF8 { bytes in
            var word: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)  // 32 bytes of scratch
            withUnsafeMutableBytes(of: &word) { scratch in
                var length = 0
                var i = 0
                let n = bytes.count
                func flush() {
                    if length > 0 {
                        if let h = term(scratch, length) { out.append(h) }
                        length = 0
                    }
                }
                while i < n {
                    let b = bytes[i]
                    if b < 0x80 {
                        if TextBytes.isAlphanumeric(b) {
                            if length < 32 { scratch[length] = TextBytes.lower(b); length += 1 }
                        } else {
                            flush()
                        }
                        i += 1
                    } else if b == 0xE2 || b == 0xC2 {
                        // General punctuation (quotes, dashes) and Latin-1 symbols separate words.
                        flush()
                        i += b == 0xE2 ? 3 : 2
                    } else {
                        if length < 32 { scratch[length] = b; length += 1 }
                        i += 1
                    }
                }
                flush()
            }
        }
    }

    /// Stems a lower-case word in place and hashes it; nil for stop words and one-letter words.
    private static func term(_ w: UnsafeMutableRawBufferPointer, _ count: Int) -> UInt64? {
        guard count >= 2 else { return nil }
        let raw = fnv(w, count)
        if count <= 10, stopWords.contains(raw) { return nil }
        var n = count
        @inline(__always) func ends(_ suffix: StaticString) -> Bool {
            let k = suffix.utf8CodeUnitCount
            guard n > k else { return false }
            let p = suffix.utf8Start
            for j in 0..<k where w[n - k + j] != p[j] { return false }
            return true
        }
        if ends("ies"), n > 4 {
            n -= 2
            w[n - 1] = 0x79  // y
        } else if ends("sses") {
            n -= 2
        } else if ends("s"), !ends("ss"), !ends("us"), !ends("is"), n > 3 {
            n -= 1
        }
        if ends("ing"), n > 5 {
            n -= 3
        } else if ends("ed"), n > 4 {
            n -= 2
        } else if ends("ly"), n > 4 {
            n -= 2
        }
        if n > 2, w[n - 1] == 0x65 /* e */ { n -= 1 }
        return fnv(w, n)
    }

    @inline(__always)
    private static func fnv(_ w: UnsafeMutableRawBufferPointer, _ count: Int) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for j in 0..<count {
            h = (h ^ UInt64(w[j])) &* 0x100_0000_01b3
        }
        return h
    }

    private static func fnv(_ word: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in word.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h
    }

    /// Common English function words, hashed.
    private static let stopWords: Set<UInt64> = Set(
        """
        a about above after again against all also am an and any are as at be because been before being
        below between both but by can could did do does doing down during each even ever every few for
        from further had has have having he her here hers herself him himself his how however i if in
        into is it its itself just last like made make many may me might more most much must my myself
        new no nor not now of off on once one only or other our ours ourselves out over own per said same
        say says she should since so some still such than that the their theirs them themselves then there
        these they this those though through to too two under until up upon us very was we were what when
        where which while who whom whose why will with would yet you your yours yourself yourselves
        according added adding told tell tells year years time times week day days get got go going went
        well back way three first another around including
        """.split(whereSeparator: \.isWhitespace).map { fnv(String($0)) })
}

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
    private var ids: [UInt64: Int32] = [:]
    private var idf: [Float] = []

    /// Builds vectors for `sentences`; document frequency is counted over the sentences themselves.
    init(sentences: [String]) {
        var hashes: [UInt64] = []
        var rawTerms: [[Int32]] = []
        rawTerms.reserveCapacity(sentences.count)
        var df: [Int32] = []
        var counts: [Int32] = []
        var total = 0
        ids.reserveCapacity(sentences.count * 8)
        for text in sentences {
            hashes.removeAll(keepingCapacity: true)
            Terms.hashes(of: text, into: &hashes)
            var list: [Int32] = []
            list.reserveCapacity(hashes.count)
            for h in hashes {
                if let id = ids[h] {
                    list.append(id)
                } else {
                    let id = Int32(df.count)
                    ids[h] = id
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

    /// A unit vector for another text (a title), in the same term space; unknown terms are left out.
    func vector(for text: String) -> ([Int32], [Float]) {
        var hashes: [UInt64] = []
        Terms.hashes(of: text, into: &hashes)
        var list = hashes.compactMap { ids[$0] }
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
