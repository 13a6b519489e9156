import ArgumentParser
import Foundation
import Script

/// `briefing-bench normalize`: throughput of the speech normalizer over real news text.
struct NormalizeBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "normalize",
        abstract: "Measure speech-normalizer throughput (MB of text per second).")

    @Argument(help: "Corpus files: JSON Lines with \"title\" and \"text\" fields, or plain text.")
    var corpus: [String] = [
        "../shared/eval/summarization/bbc-dev.jsonl", "../shared/eval/summarization/cnndm-dev.jsonl",
    ]

    @Option(help: "How many times to normalize the whole corpus.")
    var rounds = 5

    @Option(help: "A lexicon file to apply (to measure its cost).")
    var lexicon: String?

    func run() throws {
        var documents: [String] = []
        for path in corpus {
            let text = try String(contentsOfFile: path, encoding: .utf8)
            if path.hasSuffix(".jsonl") {
                for line in text.split(separator: "\n") {
                    guard let data = line.data(using: .utf8),
                        let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
                    else { continue }
                    let title = object["title"] as? String ?? ""
                    let body = object["text"] as? String ?? ""
                    documents.append(title.isEmpty ? body : title + "\n\n" + body)
                }
            } else {
                documents.append(text)
            }
        }
        let bytes = documents.reduce(0) { $0 + $1.utf8.count }
        guard bytes > 0 else { throw ValidationError("the corpus is empty") }
        let lex = try lexicon.map { try Lexicon.load(contentsOf: $0) } ?? .empty
        let normalizer = SpeechNormalizer(lexicon: lex)
        var outputBytes = 0
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            for _ in 0..<max(1, rounds) {
                for d in documents { outputBytes += normalizer.normalize(d).utf8.count }
            }
        }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        let megabytes = Double(bytes * max(1, rounds)) / 1_000_000
        print("documents: \(documents.count), corpus: \(bytes) bytes, rounds: \(max(1, rounds))")
        print(String(format: "normalized %.2f MB in %.3f s: %.2f MB/s (output %d bytes)",
                     megabytes, seconds, megabytes / seconds, outputBytes))
    }
}
