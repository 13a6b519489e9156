import Foundation

/// Scores an article's sentences and picks them greedily within a budget.
struct SentenceSelection {
    /// Only the first this-many sentences that can be picked are considered; news is read from the top.
    static let maxCandidates = 500

    private let options: SummarizerOptions
    private let traits: [SentenceTraits]
    /// Indices (into `traits`) of the sentences that can be picked, in document order.
    private let candidates: [Int]
    /// Similarity between candidates, `candidates.count` squared, row-major.
    private let similarity: [Float]
    /// Relevance of each candidate before redundancy and dependence are taken into account.
    private let relevance: [Double]

    init(sentences: [String], query: String, options: SummarizerOptions) {
        self.options = options
        let traits = sentences.map { SentenceTraits($0, minWords: options.minWords) }
        self.traits = traits
        var candidates: [Int] = []
        for i in traits.indices where traits[i].exclusion == nil {
            candidates.append(i)
            if candidates.count == Self.maxCandidates { break }
        }
        self.candidates = candidates
        let n = candidates.count
        guard n > 0 else {
            similarity = []
            relevance = []
            return
        }

        let vectors = TermVectors(terms: candidates.map { traits[$0].terms })
        let sim = vectors.similarityMatrix()
        similarity = sim

        // Centrality, position-aware (PacSum, Zheng and Lapata 2019): what a sentence shares with
        // the sentences after it, plus a weighted share with those before it.
        let o = options
        let threshold = Float(o.similarityThreshold)
        var centrality = [Double](repeating: 0, count: n)
        for a in 0..<n {
            var forward = 0.0
            var backward = 0.0
            for b in 0..<n where b != a {
                let e = sim[a * n + b] - threshold
                if e > 0 {
                    if b > a { forward += Double(e) } else { backward += Double(e) }
                }
            }
            centrality[a] = forward + o.backwardCentrality * backward
        }
        Self.scaleToUnit(&centrality)

        var topic = vectors.topicality.map(Double.init)
        Self.scaleToUnit(&topic)

        var title = [Double](repeating: 0, count: n)
        if !query.isEmpty {
            var query = query
            title = vectors.similarities(toTerms: query.withUTF8 { WordScan($0).terms }).map(Double.init)
            Self.scaleToUnit(&title)
        }

        var relevance = [Double](repeating: 0, count: n)
        for a in 0..<n {
            let t = traits[candidates[a]]
            let position = 1 / (1 + pow(Double(a) / max(o.positionScale, 1e-6), o.positionDecay))
            let words = Double(t.words)
            let ideal = max(o.idealMaxWords, 1)
            let length = o.lengthWeight * words / ideal - o.longSentencePenalty * max(0, words - ideal) / ideal
            relevance[a] =
                o.positionWeight * position + o.centralityWeight * centrality[a] + o.topicWeight * topic[a]
                + o.sharedWordsWeight * Double(vectors.sharedShare[a]) + o.titleWeight * title[a] + length
                - (t.hasQuotation ? o.quotationPenalty : 0)
        }
        self.relevance = relevance
    }

    /// Picks sentences best first within `budget`: each time the most relevant one that fits,
    /// less what it repeats of those already picked; a sentence that leans on the one before it
    /// only once that one is picked; never a near-copy of a picked sentence.
    func pick(within budget: SummaryBudget) -> [ScoredSentence] {
        var maxSentences = Int.max
        var wordsLeft = Int.max
        switch budget {
        case .sentences(let n):
            maxSentences = n
        case .words(let n):
            wordsLeft = n
        case .seconds(let seconds, let rate):
            let words = seconds * rate / 60
            wordsLeft = words.isFinite && words > 0 ? Int(min(words, 1e9)) : 0
        }
        let n = candidates.count
        guard maxSentences > 0, wordsLeft > 0, n > 0 else { return [] }

        let o = options
        var picked = [Bool](repeating: false, count: n)
        var redundancy = [Float](repeating: 0, count: n)
        var order: [Int] = []
        while order.count < maxSentences {
            var best = -1
            var bestValue = -Double.infinity
            for a in 0..<n where !picked[a] && redundancy[a] < 0.9 {
                let t = traits[candidates[a]]
                guard t.words <= wordsLeft else { continue }
                // The sentence just before it in the article, if it was picked.
                let previousPicked = a > 0 && picked[a - 1] && candidates[a - 1] == candidates[a] - 1
                var value = relevance[a] - o.redundancyWeight * Double(redundancy[a])
                switch t.dependence {
                case .none: break
                case .previous: if !previousPicked { continue }
                case .referent: if !previousPicked { value -= o.pronounPenalty }
                }
                if value > bestValue {
                    bestValue = value
                    best = a
                }
            }
            guard best >= 0 else { break }
            picked[best] = true
            order.append(best)
            wordsLeft -= traits[candidates[best]].words
            for b in 0..<n { redundancy[b] = max(redundancy[b], similarity[best * n + b]) }
        }

        var top = -Double.infinity
        var bottom = Double.infinity
        for r in relevance {
            top = max(top, r)
            bottom = min(bottom, r)
        }
        let spread = top - bottom
        return order.map { a in
            let score = spread > 0 ? (relevance[a] - bottom) / spread : 1
            return ScoredSentence(index: candidates[a], text: traits[candidates[a]].text, score: (score * 1000).rounded() / 1000)
        }
    }

    private static func scaleToUnit(_ values: inout [Double]) {
        guard let top = values.max(), top > 0 else { return }
        for i in values.indices { values[i] /= top }
    }
}
