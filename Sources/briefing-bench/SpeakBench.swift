import ArgumentParser
import Articles
import Audio
import Foundation

/// `briefing-bench speak`: `briefing speak` against `espeak-ng -f` on the same text, and memory on a long text.
struct SpeakBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "speak",
        abstract: "Compare `briefing speak` with `espeak-ng -f` on one article, and measure peak memory on a long text.",
        discussion: """
            CPU time and duration are compared on the text that `briefing extract` prints for the article. \
            The long text is the article's paragraphs repeated to --big-mb megabytes; speaking it checks that \
            memory does not grow with the length of the text (it takes a few minutes a megabyte).
            """)

    @Option(help: "The article to speak.")
    var article = "../shared/seed/000_63ccd50869925d71.txt"

    @Option(help: "Runs of each program; the median CPU time is reported.")
    var repeats = 5

    @Option(name: .customLong("big-mb"), help: "Size of the long text in megabytes (0 to skip).")
    var bigMB = 2.0

    func run() throws {
        let briefing = briefingBinary()
        guard FileManager.default.isExecutableFile(atPath: briefing) else {
            throw BenchError("build the briefing binary first (swift build -c release)")
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("speak-bench-\(getpid())").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }

        let parsed = try ArticleLoader().load(article)
        guard let first = parsed.first else { throw BenchError("\(article): no article") }
        let text = ([first.title] + (first.subtitle.map { [$0] } ?? []) + first.paragraphs).joined(separator: "\n\n") + "\n"
        let textFile = "\(folder)/article.txt"
        try text.write(toFile: textFile, atomically: true, encoding: .utf8)

        var ours: [ChildRun] = [], theirs: [ChildRun] = []
        for _ in 0..<max(1, repeats) {
            ours.append(try ChildRun.run([briefing, "speak", article, "-o", "\(folder)/briefing.wav", "--quiet"]))
            theirs.append(try ChildRun.run(["espeak-ng", "-v", "en-us", "-f", textFile, "-w", "\(folder)/espeak.wav"]))
        }
        guard ours.allSatisfy({ $0.status == 0 }), theirs.allSatisfy({ $0.status == 0 }) else {
            throw BenchError("a run failed: briefing \(ours.map(\.status)), espeak-ng \(theirs.map(\.status))")
        }
        let ourDuration = try AudioFileReader(path: "\(folder)/briefing.wav").duration
        let theirDuration = try AudioFileReader(path: "\(folder)/espeak.wav").duration
        let ourCPU = median(ours.map(\.cpu)), theirCPU = median(theirs.map(\.cpu))
        print("article: \(article) (\(text.split(whereSeparator: \.isWhitespace).count) words)")
        print(String(format: "duration: briefing %.1f s, espeak-ng %.1f s (%+.1f%%)", ourDuration, theirDuration, (ourDuration / theirDuration - 1) * 100))
        print(String(format: "cpu (median of %d): briefing %.3f s, espeak-ng %.3f s (%+.1f%%)", ours.count, ourCPU, theirCPU, (ourCPU / theirCPU - 1) * 100))
        print(String(format: "peak memory: briefing %.1f MB, espeak-ng %.1f MB", Double(ours.map(\.peakMemory).max() ?? 0) / 1e6, Double(theirs.map(\.peakMemory).max() ?? 0) / 1e6))

        guard bigMB > 0 else { return }
        let bigFile = "\(folder)/long.txt"
        var big = first.title + "\n\n"
        var n = 0
        while big.utf8.count < Int(bigMB * 1_048_576) {
            big += first.paragraphs[n % first.paragraphs.count] + "\n\n"
            n += 1
        }
        try big.write(toFile: bigFile, atomically: true, encoding: .utf8)
        let run = try ChildRun.run([briefing, "speak", bigFile, "-o", "\(folder)/long.flac", "--quiet"])
        guard run.status == 0 else { throw BenchError("briefing speak on the long text failed with status \(run.status)") }
        let hours = try AudioFileReader(path: "\(folder)/long.flac").duration / 3600
        print(String(format: "long text: %.1f MB, %.1f hours of audio, cpu %.0f s, peak memory %.1f MB", Double(big.utf8.count) / 1_048_576, hours, run.cpu, Double(run.peakMemory) / 1e6))
    }
}
