/// How much of an article a summary may keep.
public enum SummaryBudget: Sendable, Hashable {
    /// At most this many sentences.
    case sentences(Int)
    /// At most this many words.
    case words(Int)
    /// At most this much speech, in seconds, at a speaking rate in words a minute.
    case seconds(Double, wordsPerMinute: Double)
}

/// A sentence picked for a summary.
public struct ScoredSentence: Sendable, Hashable {
    /// The sentence's position among the article's body sentences (see `Summarizer.sentences(of:)`).
    public var index: Int
    /// The sentence as it should be read: like `Summarizer.sentences(of:)[index].text`, less what
    /// makes no sense when heard (a dateline such as "LONDON (Reuters) -", a caption label,
    /// "Scroll down for video", asides such as "(pictured)").
    public var text: String
    /// How strongly it stands for the article, from 0 to 1; higher is better.
    public var score: Double

    /// Creates a scored sentence.
    public init(index: Int, text: String, score: Double) {
        self.index = index
        self.text = text
        self.score = score
    }
}

/// The key sentences of an article, in the order the article tells them.
public struct Summary: Sendable, Hashable {
    /// The picked sentences, in document order.
    public var sentences: [ScoredSentence]

    /// Creates a summary.
    public init(sentences: [ScoredSentence]) {
        self.sentences = sentences
    }

    /// The summary's words, counted as runs of non-space characters.
    public var wordCount: Int {
        sentences.reduce(0) { $0 + $1.text.split(whereSeparator: \.isWhitespace).count }
    }

    /// The sentences joined into one text, separated by spaces.
    public var text: String { sentences.map(\.text).joined(separator: " ") }
}
