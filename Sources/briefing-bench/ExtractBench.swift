import ArgumentParser
import Articles
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `briefing-bench extract`: article extraction over a folder of saved pages.
struct ExtractBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract the body of every *.html page in a folder; report CPU time per page.",
        discussion: """
            Writes {page id: body text} as JSON (the page id is the file name without .html), \
            ready for the evaluation's score.py.
            """)

    @Option(help: "Folder of *.html pages.")
    var pages: String

    @Option(help: "Where to write the JSON predictions.")
    var out: String

    @Option(help: "Extract every page this many times; the fastest run of each page counts.")
    var repeats: Int = 3

    func run() throws {
        do {
            try measure()
        } catch let error as BenchError {
            FileHandle.standardError.write(Data("error: \(error.description)\n".utf8))
            throw ExitCode(1)
        }
    }

    private func measure() throws {
        let folder = URL(fileURLWithPath: pages)
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: pages)
                .filter { $0.lowercased().hasSuffix(".html") }
                .sorted()
        } catch {
            throw BenchError("cannot read \(pages): \(error.localizedDescription)")
        }
        guard !names.isEmpty else { throw BenchError("no *.html pages in \(pages)") }
        let parser = HTMLArticleParser()
        var predictions: [String: String] = [:]
        var times: [Double] = []
        var failures: [String] = []
        for name in names {
            let path = folder.appendingPathComponent(name).path
            guard let data = FileManager.default.contents(atPath: path) else {
                failures.append("\(name): cannot read"); continue
            }
            let id = String(name.dropLast(".html".count))
            var best = Double.infinity
            var body = ""
            for _ in 0..<max(1, repeats) {
                let start = cpuTime()
                let result = Result { () throws(ArticlesError) -> Article in try parser.parse(data, origin: path) }
                best = min(best, cpuTime() - start)
                switch result {
                case .success(let article): body = article.bodyText
                case .failure(let error): body = ""; if failures.last != error.description { failures.append(error.description) }
                }
            }
            times.append(best)
            predictions[id] = body
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            try encoder.encode(predictions).write(to: URL(fileURLWithPath: out), options: .atomic)
        } catch {
            throw BenchError("cannot write \(out): \(error.localizedDescription)")
        }
        times.sort()
        let median = percentile(times, 0.5) * 1000
        let p95 = percentile(times, 0.95) * 1000
        let empty = predictions.values.filter(\.isEmpty).count
        print("pages=\(names.count) empty=\(empty) failures=\(failures.count)")
        for f in failures { print("  \(f)") }
        print(String(format: "cpu per page: median %.2f ms, p95 %.2f ms, max %.2f ms", median, p95, (times.last ?? 0) * 1000))
        print("predictions written to \(out)")
    }

    private func percentile(_ sorted: [Double], _ q: Double) -> Double {
        guard !sorted.isEmpty else { return 0 }
        let rank = q * Double(sorted.count - 1)
        let lo = Int(rank.rounded(.down)), hi = Int(rank.rounded(.up))
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (rank - Double(lo))
    }

    private func cpuTime() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}

/// A benchmark that cannot run: printed as one `error: ...` line, exit status 1.
struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ message: String) { description = message }
}
