import ArgumentParser
import Articles
import Foundation
import Summarizer

/// `briefing summarize`: prints the key sentences of an article.
struct SummarizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summarize",
        abstract: "Print the key sentences of an article, one a line, in the order the article tells them.",
        discussion: """
            The budget is a number of sentences (the default is 3), a number of words, or seconds of \
            speech at --wpm words a minute; a summary never goes over it.
            """)

    @Argument(help: "An article file, or - for standard input.")
    var source: String

    @Option(name: .customLong("sentences"), help: "Keep at most this many sentences (default: 3).")
    var sentenceCount: Int?

    @Option(name: .customLong("words"), help: "Keep at most this many words.")
    var wordCount: Int?

    @Option(help: "Keep at most this many seconds of speech.")
    var seconds: Double?

    @Option(help: "Speaking rate for --seconds, in words a minute.")
    var wpm: Double = 175

    @Flag(help: "Print JSON: each sentence with its index among the article's sentences and its score.")
    var json = false

    func validate() throws {
        let given = [sentenceCount != nil, wordCount != nil, seconds != nil].filter { $0 }.count
        if given > 1 { throw ValidationError("give one budget: --sentences, --words or --seconds") }
        if let n = sentenceCount, n < 1 { throw ValidationError("--sentences must be 1 or more") }
        if let n = wordCount, n < 1 { throw ValidationError("--words must be 1 or more") }
        if let s = seconds, !(s > 0 && s.isFinite) { throw ValidationError("--seconds must be a positive number") }
        if !(wpm > 0 && wpm.isFinite) { throw ValidationError("--wpm must be a positive number") }
    }

    var budget: SummaryBudget {
        if let n = wordCount { return .words(n) }
        if let s = seconds { return .seconds(s, wordsPerMinute: wpm) }
        return .sentences(sentenceCount ?? 3)
    }

    struct Output: Encodable {
        var title: String
        var origin: String?
        var words: Int
        var sentences: [Line]

        struct Line: Encodable {
            var index: Int
            var text: String
            var score: Double
        }
    }

    func run() throws {
        let articles = try ArticleLoader().load(source)
        let summarizer = Summarizer()
        var outputs: [Output] = []
        var text = ""
        for (k, article) in articles.enumerated() {
            let summary = summarizer.summarize(article, budget: budget)
            if summary.sentences.isEmpty {
                let reason = summarizer.sentences(of: article).isEmpty ? "has no sentences" : "has no sentence that fits the budget"
                FileHandle.standardError.write(Data("warning: \(article.origin ?? source): \(article.title.isEmpty ? "the article" : "\"\(article.title)\"") \(reason)\n".utf8))
            }
            outputs.append(
                Output(
                    title: article.title, origin: article.origin, words: summary.wordCount,
                    sentences: summary.sentences.map { .init(index: $0.index, text: $0.text, score: $0.score) }))
            if articles.count > 1 {
                if k > 0 { text += "\n" }
                text += "# \(article.title)\n"
            }
            for sentence in summary.sentences { text += sentence.text + "\n" }
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            var data = try encoder.encode(outputs)
            data.append(UInt8(ascii: "\n"))
            FileHandle.standardOutput.write(data)
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }
}
