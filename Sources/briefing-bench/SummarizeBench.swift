import ArgumentParser
import Articles
import Foundation
import Summarizer

/// `briefing-bench summarize`: summarizes a JSON-lines data set and measures the speed.
struct SummarizeBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summarize",
        abstract: "Summarize every article of a JSON-lines data set and report articles per second.",
        discussion: """
            Reads {"id", "title", "text"} lines (paragraphs separated by a blank line) and writes \
            {"id", "summary"} lines, the summary's sentences separated by "\\n", ready for a ROUGE scorer. \
            The speed is measured from text to summary (segmentation included), on one core.
            """)

    @Option(help: "The data set: one {\"id\", \"title\", \"text\"} JSON object a line.")
    var dataset: String

    @Option(help: "Where to write the predictions, one {\"id\", \"summary\"} a line.")
    var out: String

    @Option(help: "Sentences in each summary.")
    var sentences = 3

    @Option(help: "Summarize the whole set this many times when timing (at least once).")
    var repeats = 5

    @Option(
        name: .customLong("set"),
        help: "Override a summarizer weight, as NAME=VALUE (repeatable). Names: \(SummarizeBench.weightNames).")
    var overrides: [String] = []

    @Flag(help: "Take the first sentences instead (the Lead-N baseline).")
    var lead = false

    struct Row: Decodable {
        var id: String
        var title: String?
        var text: String
    }

    struct Prediction: Encodable {
        var id: String
        var summary: String
    }

    static var weights: [String: WritableKeyPath<SummarizerOptions, Double>] {[
        "position": \.positionWeight, "decay": \.positionDecay, "scale": \.positionScale, "topic": \.topicWeight, "lead": \.leadWeight, "shared": \.sharedWeight,
        "quotation": \.quotationPenalty, "centrality": \.centralityWeight,
        "backward": \.backwardCentrality, "threshold": \.similarityThreshold, "title": \.titleWeight,
        "length": \.lengthWeight, "minIdeal": \.idealMinWords, "maxIdeal": \.idealMaxWords,
        "redundancy": \.redundancyWeight, "pronoun": \.pronounPenalty, "quote": \.quotePenalty,
    ]}
    static var weightNames: String { (weights.keys.sorted() + ["minWords"]).joined(separator: ", ") }

    /// The text's paragraphs: blocks separated by a line with nothing but spaces on it.
    static func paragraphs(_ text: String) -> [String] {
        var result: [String] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        var lineStart = utf8.startIndex
        var lineIsBlank = true
        var sawContent = false
        var i = utf8.startIndex
        func flush(upTo end: String.Index) {
            if sawContent { result.append(String(text[start..<end])) }
            sawContent = false
        }
        while i != utf8.endIndex {
            let b = utf8[i]
            if b == 0x0A {
                if lineIsBlank {
                    flush(upTo: lineStart)
                    start = utf8.index(after: i)
                } else {
                    sawContent = true
                }
                lineStart = utf8.index(after: i)
                lineIsBlank = true
            } else if b != 0x20 && b != 0x0D && b != 0x09 {
                lineIsBlank = false
            }
            i = utf8.index(after: i)
        }
        if !lineIsBlank { sawContent = true }
        flush(upTo: utf8.endIndex)
        return result
    }

    func run() throws {
        var options = SummarizerOptions()
        for item in overrides {
            let parts = item.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, let value = Double(parts[1]) else {
                throw ValidationError("--set takes NAME=VALUE, got \(item)")
            }
            if parts[0] == "minWords" {
                options.minWords = Int(value)
            } else if let path = Self.weights[parts[0]] {
                options[keyPath: path] = value
            } else {
                throw ValidationError("unknown weight \(parts[0]); known: \(Self.weightNames)")
            }
        }
        guard let data = FileManager.default.contents(atPath: dataset) else {
            throw ValidationError("cannot read \(dataset)")
        }
        let decoder = JSONDecoder()
        var rows: [Row] = []
        for line in data.split(separator: UInt8(ascii: "\n")) where !line.allSatisfy({ $0 == 0x20 || $0 == 0x0D }) {
            rows.append(try decoder.decode(Row.self, from: Data(line)))
        }
        let summarizer = Summarizer(options: options)
        let budget = SummaryBudget.sentences(sentences)
        let segmenter = SentenceSegmenter()

        // One pass that keeps the output, then timed passes.
        func summarize(_ row: Row) -> [String] {
            let paragraphs = Self.paragraphs(row.text)
            let article = Article(title: row.title ?? "", paragraphs: paragraphs)
            if lead {
                return Array(paragraphs.flatMap { segmenter.segment($0).map(\.text) }.prefix(sentences))
            }
            return summarizer.summarize(article, budget: budget).sentences.map(\.text)
        }
        var output = Data()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var totalSentences = 0
        for row in rows {
            let picked = summarize(row)
            totalSentences += picked.count
            output.append(try encoder.encode(Prediction(id: row.id, summary: picked.joined(separator: "\n"))))
            output.append(UInt8(ascii: "\n"))
        }
        guard FileManager.default.createFile(atPath: out, contents: output) else {
            throw ValidationError("cannot write \(out)")
        }

        let clock = ContinuousClock()
        var checksum = 0
        let elapsed = clock.measure {
            for _ in 0..<max(repeats, 1) {
                for row in rows { checksum &+= summarize(row).count }
            }
        }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let articles = Double(rows.count * max(repeats, 1))
        print("articles \(rows.count), sentences \(totalSentences), wrote \(out)")
        print(String(format: "%.0f articles/s (%.3f ms each), checksum %d", articles / seconds, 1000 * seconds / articles, checksum))
    }
}
