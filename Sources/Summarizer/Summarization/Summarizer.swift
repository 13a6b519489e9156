import Articles

/// Picks the key sentences of an article for listening: the lead, what the rest of the story
/// keeps coming back to, and what the headline is about, without repeats and without sentences
/// that make no sense when heard on their own. Deterministic, and cheap enough to call again
/// with a bigger budget.
public struct Summarizer: Sendable {
    /// The weights in force.
    public var options: SummarizerOptions
    private let segmenter = SentenceSegmenter()

    /// Creates a summarizer.
    public init(options: SummarizerOptions = SummarizerOptions()) {
        self.options = options
    }

    /// The body sentences of an article, in order; summary indices point into this list. Each
    /// sentence's `paragraph` is its index in `article.paragraphs`, and its `range` is in that paragraph.
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
        let selection = selection(article)
        return Summary(sentences: selection.pick(within: budget).sorted { $0.index < $1.index })
    }

    /// The key sentences of a text with an optional title, within `budget`, in document order;
    /// indices point into `SentenceSegmenter().segment(text)`.
    public func summarize(text: String, title: String = "", budget: SummaryBudget) -> Summary {
        let selection = SentenceSelection(sentences: segmenter.segment(text).map(\.text), query: title, options: options)
        return Summary(sentences: selection.pick(within: budget).sorted { $0.index < $1.index })
    }

    /// Every sentence that can be picked, best first: the order in which `summarize` picks them
    /// when the budget allows, so the first `k` are the `.sentences(k)` summary.
    public func ranking(_ article: Article) -> [ScoredSentence] {
        selection(article).pick(within: .sentences(Int.max))
    }

    private func selection(_ article: Article) -> SentenceSelection {
        let query = article.subtitle.map { article.title + " " + $0 } ?? article.title
        return SentenceSelection(sentences: sentences(of: article).map(\.text), query: query, options: options)
    }
}
