import Articles
import Foundation

/// The weights the summarizer gives to each signal. The defaults were tuned on news (CNN/Daily Mail
/// and BBC articles); every score is between 0 and 1 before it is weighted.
public struct SummarizerOptions: Sendable, Hashable {
    /// Weight of position: the lead of a news story matters most.
    public var positionWeight: Double
    /// How fast the weight of position falls: sentence `i` (from 0) scores `1 / (1 + (i / scale)^decay)`.
    public var positionDecay: Double
    /// The position, in sentences, at which the weight of position has halved.
    public var positionScale: Double
    /// Weight of centrality: how much a sentence shares with the sentences after it.
    public var centralityWeight: Double
    /// Weight given to similarity with earlier sentences in centrality (negative: it repeats them).
    public var backwardCentrality: Double
    /// Similarity below which two sentences count as unrelated, for centrality.
    public var similarityThreshold: Double
    /// Weight of topicality: how often the article uses the sentence's words.
    public var topicWeight: Double
    /// Weight of the share of a sentence's words that other sentences use too (not a digression).
    public var sharedWeight: Double
    /// Weight of similarity with the lead, the first sentence that can be heard alone.
    public var leadWeight: Double
    /// Weight of overlap with the title (and subtitle).
    public var titleWeight: Double
    /// Weight of the penalty for sentences shorter or longer than a listener follows easily.
    public var lengthWeight: Double
    /// The shortest sentence, in words, that takes no length penalty.
    public var idealMinWords: Double
    /// The longest sentence, in words, that takes no length penalty.
    public var idealMaxWords: Double
    /// How much a sentence loses for repeating one already picked (maximal marginal relevance).
    public var redundancyWeight: Double
    /// Penalty for a sentence that opens with a pronoun when the sentence before it is not picked.
    public var pronounPenalty: Double
    /// Penalty for a sentence that opens with a quotation and names no speaker.
    public var quotePenalty: Double
    /// Penalty for quoted speech, times the share of the sentence's words inside quotation marks.
    public var quotationPenalty: Double
    /// Sentences with fewer words are fragments and never picked.
    public var minWords: Int

    /// Creates options; the defaults suit news articles.
    public init(
        positionWeight: Double = 1.0, positionDecay: Double = 1.0, positionScale: Double = 1.0,
        centralityWeight: Double = 0.3, backwardCentrality: Double = 0.0, similarityThreshold: Double = 0.05,
        topicWeight: Double = 0.0, sharedWeight: Double = 0.0, leadWeight: Double = 0.0, titleWeight: Double = 0.3, lengthWeight: Double = 0.2, idealMinWords: Double = 10,
        idealMaxWords: Double = 30, redundancyWeight: Double = 0.3, pronounPenalty: Double = 0.05,
        quotePenalty: Double = 0.05, quotationPenalty: Double = 0.0, minWords: Int = 5
    ) {
        self.positionWeight = positionWeight
        self.positionDecay = positionDecay
        self.positionScale = positionScale
        self.topicWeight = topicWeight
        self.leadWeight = leadWeight
        self.sharedWeight = sharedWeight
        self.quotationPenalty = quotationPenalty
        self.centralityWeight = centralityWeight
        self.backwardCentrality = backwardCentrality
        self.similarityThreshold = similarityThreshold
        self.titleWeight = titleWeight
        self.lengthWeight = lengthWeight
        self.idealMinWords = idealMinWords
        self.idealMaxWords = idealMaxWords
        self.redundancyWeight = redundancyWeight
        self.pronounPenalty = pronounPenalty
        self.quotePenalty = quotePenalty
        self.minWords = minWords
    }
}

/// Picks the key sentences of an article for listening: the lead, what the rest of the story
/// keeps coming back to, and what the headline is about, without repeats and without sentences
/// that cannot be understood on their own. Deterministic.
public struct Summarizer: Sendable {
    /// The weights in force.
    public var options: SummarizerOptions
    private let segmenter = SentenceSegmenter()

    /// Creates a summarizer.
    public init(options: SummarizerOptions = SummarizerOptions()) {
        self.options = options
    }

    /// The body sentences of an article, in order; `Summary` indices point into this list. Each
    /// sentence's `paragraph` is its index in `article.paragraphs` and its `range` is in that paragraph.
    public func sentences(of article: Article) -> [Sentence] {
        var all: [Sentence] = []
        for (p, paragraph) in article.paragraphs.enumerated() {
            for var sentence in segmenter.segment(paragraph) {
                sentence.paragraph = p
                all.append(sentence)
            }
        }
        return all
    }

    /// The key sentences of `article` within `budget`, in document order.
    public func summarize(_ article: Article, budget: SummaryBudget) -> Summary {
        let query = [article.title, article.subtitle ?? ""].joined(separator: " ")
        return summarize(sentences(of: article).map(\.text), query: query, budget: budget)
    }

    /// The key sentences of a text with an optional title, within `budget`, in document order.
    public func summarize(text: String, title: String = "", budget: SummaryBudget) -> Summary {
        summarize(segmenter.segment(text).map(\.text), query: title, budget: budget)
    }

    /// Every sentence worth reading, best first: the order in which `summarize` picks them when
    /// the budget allows. Scores are those of `summarize`.
    public func ranking(_ article: Article) -> [ScoredSentence] {
        summarize(article, budget: .sentences(Int.max), inPickOrder: true).sentences
    }

    func summarize(_ article: Article, budget: SummaryBudget, inPickOrder: Bool) -> Summary {
        let query = [article.title, article.subtitle ?? ""].joined(separator: " ")
        return summarize(sentences(of: article).map(\.text), query: query, budget: budget, inPickOrder: inPickOrder)
    }

    // MARK: Scoring and selection

    func summarize(_ texts: [String], query: String, budget: SummaryBudget, inPickOrder: Bool = false) -> Summary {
        var maxSentences = Int.max
        var maxWords = Int.max
        switch budget {
        case .sentences(let n): maxSentences = n
        case .words(let n): maxWords = n
        case .seconds(let s, let rate):
            let words = s * rate / 60
            maxWords = words.isFinite ? Int(max(0, min(words, Double(Int.max / 2)))) : 0
        }
        guard maxSentences > 0, maxWords > 0, !texts.isEmpty else { return Summary(sentences: []) }

        let o = options
        let traits = texts.map { SentenceTraits($0, minWords: o.minWords) }
        let vectors = TermVectors(sentences: traits.map(\.text))
        let n = texts.count

        // Candidates: sentences that can be heard alone; position counts among them only.
        var candidate = [Bool](repeating: false, count: n)
        var rank = [Int](repeating: 0, count: n)
        var r = 0
        for i in 0..<n where traits[i].exclusion == nil {
            candidate[i] = true
            rank[i] = r
            r += 1
        }
        guard r > 0 else { return Summary(sentences: []) }

        // Similarity graph, only between candidates.
        var sim = [Float](repeating: 0, count: n * n)
        for i in 0..<n where candidate[i] {
            for j in (i + 1)..<n where candidate[j] {
                let v = vectors.similarity(i, j)
                sim[i * n + j] = v
                sim[j * n + i] = v
            }
        }
        // Centrality, position-aware: shared content with later sentences counts; with earlier ones,
        // as weighted (PacSum, Zheng and Lapata 2019).
        var centrality = [Double](repeating: 0, count: n)
        let threshold = Float(o.similarityThreshold)
        for i in 0..<n where candidate[i] {
            var forward = 0.0
            var backward = 0.0
            for j in 0..<n where candidate[j] && j != i {
                let e = sim[i * n + j] - threshold
                if e <= 0 { continue }
                if j > i { forward += Double(e) } else { backward += Double(e) }
            }
            centrality[i] = forward + o.backwardCentrality * backward
        }
        normalize(&centrality, over: candidate)

        var lead = [Double](repeating: 0, count: n)
        if let first = candidate.firstIndex(of: true) {
            for i in 0..<n where candidate[i] { lead[i] = i == first ? 1 : Double(sim[first * n + i]) }
        }

        var topic = [Double](repeating: 0, count: n)
        for i in 0..<n where candidate[i] { topic[i] = Double(vectors.topicality[i]) }
        normalize(&topic, over: candidate)

        var title = [Double](repeating: 0, count: n)
        if !query.isEmpty {
            let q = vectors.vector(for: query)
            if !q.0.isEmpty {
                for i in 0..<n where candidate[i] { title[i] = Double(vectors.similarity(i, to: q)) }
                normalize(&title, over: candidate)
            }
        }

        var relevance = [Double](repeating: 0, count: n)
        for i in 0..<n where candidate[i] {
            let position = 1 / (1 + pow(Double(rank[i]) / max(o.positionScale, 1e-6), o.positionDecay))
            let w = Double(traits[i].words)
            let short = max(0, (o.idealMinWords - w) / max(o.idealMinWords, 1))
            let long = max(0, (w - o.idealMaxWords) / max(o.idealMaxWords, 1))
            var score =
                o.positionWeight * position + o.centralityWeight * centrality[i] + o.titleWeight * title[i]
                - o.lengthWeight * (short + long)
            score += o.topicWeight * topic[i] + o.leadWeight * lead[i] + o.sharedWeight * Double(vectors.sharedShare[i])
            score -= o.quotationPenalty * traits[i].quotedShare
            if traits[i].unattributedQuote { score -= o.quotePenalty }
            relevance[i] = score
        }
        let top = relevance.enumerated().filter { candidate[$0.offset] }.map(\.element).max() ?? 1
        let bottom = relevance.enumerated().filter { candidate[$0.offset] }.map(\.element).min() ?? 0
        let spread = top - bottom

        // Greedy selection with maximal marginal relevance.
        var picked = [Bool](repeating: false, count: n)
        var order: [Int] = []
        var redundancy = [Float](repeating: 0, count: n)
        var wordsLeft = maxWords
        while order.count < maxSentences {
            var best = -1
            var bestValue = -Double.infinity
            // Near-copies of a picked sentence are never read twice.
            for i in 0..<n where candidate[i] && !picked[i] && traits[i].words <= wordsLeft && redundancy[i] < 0.9 {
                let previousPicked = i > 0 && picked[i - 1]
                var value = relevance[i] - o.redundancyWeight * Double(redundancy[i])
                switch traits[i].dependence {
                case .none: break
                case .previous: if !previousPicked { continue }
                case .referent: if !previousPicked { value -= o.pronounPenalty }
                }
                if value > bestValue {
                    bestValue = value
                    best = i
                }
            }
            guard best >= 0 else { break }
            picked[best] = true
            order.append(best)
            wordsLeft -= traits[best].words
            for j in 0..<n where candidate[j] {
                redundancy[j] = max(redundancy[j], sim[best * n + j])
            }
        }
        if !inPickOrder { order.sort() }
        return Summary(
            sentences: order.map { i in
                let score = spread > 0 ? (relevance[i] - bottom) / spread : 1
                return ScoredSentence(index: i, text: traits[i].text, score: (score * 1000).rounded() / 1000)
            })
    }

    private func normalize(_ values: inout [Double], over mask: [Bool]) {
        var top = 0.0
        for i in values.indices where mask[i] { top = max(top, values[i]) }
        guard top > 0 else { return }
        for i in values.indices { values[i] /= top }
    }
}
