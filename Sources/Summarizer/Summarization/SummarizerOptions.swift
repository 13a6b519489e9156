/// The weights the summarizer gives to each signal. Each signal is scaled to 0...1 before it is
/// weighted. The defaults were tuned on news (CNN/Daily Mail and BBC News articles) and suit news.
public struct SummarizerOptions: Sendable, Hashable {
    /// Weight of position: the lead of a news story matters most.
    public var positionWeight: Double
    /// Position `i` (from 0, among sentences that can be picked) scores `1 / (1 + (i / scale)^decay)`.
    public var positionScale: Double
    /// How fast the position score falls after `positionScale` sentences.
    public var positionDecay: Double
    /// Weight of centrality: how much a sentence has in common with the rest of the article
    /// (TF-IDF cosine similarity graph, position-aware as in PacSum).
    public var centralityWeight: Double
    /// In centrality, the weight of similarity with earlier sentences relative to later ones.
    public var backwardCentrality: Double
    /// Similarity below which two sentences count as unrelated in the graph.
    public var similarityThreshold: Double
    /// Weight of topicality: how often the article uses the sentence's content words (SumBasic).
    public var topicWeight: Double
    /// Weight of the share of a sentence's content words that other sentences use too; a
    /// sentence full of words found nowhere else is a digression.
    public var sharedWordsWeight: Double
    /// Weight of similarity with the title and subtitle, when the article has them.
    public var titleWeight: Double
    /// Weight of length up to `idealMaxWords`: longer sentences carry more, up to a point.
    public var lengthWeight: Double
    /// Penalty per `idealMaxWords` words beyond `idealMaxWords`: long sentences are hard to follow by ear.
    public var longSentencePenalty: Double
    /// The sentence length, in words, that the length preference peaks at.
    public var idealMaxWords: Double
    /// Penalty for a sentence with quoted speech: quotes seldom stand for a whole story.
    public var quotationPenalty: Double
    /// Penalty for a sentence that opens with a pronoun ("He said") when the sentence before it
    /// is not picked.
    public var pronounPenalty: Double
    /// How much a sentence loses per unit of similarity with one already picked (maximal
    /// marginal relevance).
    public var redundancyWeight: Double
    /// Sentences with fewer words are fragments and are never picked.
    public var minWords: Int

    /// Creates options; the defaults suit news articles.
    public init(
        positionWeight: Double = 1.0, positionScale: Double = 1.5, positionDecay: Double = 1.0,
        centralityWeight: Double = 0.2, backwardCentrality: Double = 0.5, similarityThreshold: Double = 0.05,
        topicWeight: Double = 0.4, sharedWordsWeight: Double = 0.6, titleWeight: Double = 0.3,
        lengthWeight: Double = 0.4, longSentencePenalty: Double = 0.5, idealMaxWords: Double = 30,
        quotationPenalty: Double = 0.3, pronounPenalty: Double = 0.25, redundancyWeight: Double = 1.2,
        minWords: Int = 5
    ) {
        self.positionWeight = positionWeight
        self.positionScale = positionScale
        self.positionDecay = positionDecay
        self.centralityWeight = centralityWeight
        self.backwardCentrality = backwardCentrality
        self.similarityThreshold = similarityThreshold
        self.topicWeight = topicWeight
        self.sharedWordsWeight = sharedWordsWeight
        self.titleWeight = titleWeight
        self.lengthWeight = lengthWeight
        self.longSentencePenalty = longSentencePenalty
        self.idealMaxWords = idealMaxWords
        self.quotationPenalty = quotationPenalty
        self.pronounPenalty = pronounPenalty
        self.redundancyWeight = redundancyWeight
        self.minWords = minWords
    }
}
