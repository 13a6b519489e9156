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

    @Option(help: "Timed passes over the whole set (at least 1).")
    var repeats = 20

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

    static var weights: [String: WritableKeyPath<SummarizerOptions, Double>] {
        [
            "position": \.positionWeight, "scale": \.positionScale, "decay": \.positionDecay,
            "centrality": \.centralityWeight, "backward": \.backwardCentrality, "threshold": \.similarityThreshold,
            "topic": \.topicWeight, "shared": \.sharedWordsWeight, "title": \.titleWeight, "length": \.lengthWeight,
            "long": \.longSentencePenalty, "ideal": \.idealMaxWords, "quotation": \.quotationPenalty,
            "pronoun": \.pronounPenalty, "redundancy": \.redundancyWeight,
        ]
    }
    static var weightNames: String { (weights.keys.sorted() + ["minWords"]).joined(separator: ", ") }

    /// The text's paragraphs: blocks separated by a line with nothing but spaces on it.
    static func paragraphs(_ text: String) -> [String] {
        var text = text
        return text.withUTF8 { bytes -> [String] in
            var result: [String] = []
            var start = 0
            var lineStart = 0
            var lineIsBlank = true
            var sawContent = false
            func flush(upTo end: Int) {
                if sawContent { result.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)) }
                sawContent = false
            }
            for i in 0..<bytes.count {
                let b = bytes[i]
                if b == 0x0A {
                    if lineIsBlank {
                        flush(upTo: lineStart)
                        start = i + 1
                    } else {
                        sawContent = true
                    }
                    lineStart = i + 1
                    lineIsBlank = true
                } else if b != 0x20 && b != 0x0D && b != 0x09 {
                    lineIsBlank = false
                }
            }
            if !lineIsBlank { sawContent = true }
            flush(upTo: bytes.count)
            return result
        }
    }

    /// CPU time used by this thread so far, in seconds.
    static func threadCPUSeconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
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

        // Timed passes over the whole set; the median and the best pass are reported, so that
        // other work on the machine does not decide the result.
        let clock = ContinuousClock()
        var checksum = 0
        var passes: [Double] = []
        var cpu = 0.0
        for _ in 0..<max(repeats, 1) {
            let cpuStart = Self.threadCPUSeconds()
            let elapsed = clock.measure {
                for row in rows { checksum &+= summarize(row).count }
            }
            cpu += Self.threadCPUSeconds() - cpuStart
            passes.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
        }
        passes.sort()
        let n = Double(rows.count)
        let median = passes[passes.count / 2]
        print("articles \(rows.count), sentences \(totalSentences), wrote \(out)")
        print(
            String(
                format: "%.0f articles/s (median of %d passes, %.3f ms each), best pass %.0f/s, %.0f per CPU second; one thread",
                n / median, passes.count, 1000 * median / n, n / passes[0], n * Double(passes.count) / cpu))
        if checksum == -1 { print(checksum) }  // keeps the timed work from being optimized away
    }
}
