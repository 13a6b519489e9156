import ArgumentParser
import Articles
import Audio
import Briefing
import Foundation
import Script

/// `briefing batch`: every article of folders, feeds and files to its own audio file, rendered by
/// parallel worker processes.
struct BatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Render every article of folders, feeds and files to its own audio file, in parallel.",
        discussion: """
            Outputs mirror the input tree below the output folder (articles/world/story.html -> \
            OUT/world/story.wav); each item of a feed becomes OUT/<feed name>/<title>.wav. Files that \
            cannot be read are reported and skipped; the exit status is 1 if any failed, 130 when \
            interrupted (finished files are kept: run again with --resume to finish). --shard I/N \
            renders part I (from 0) of N, for splitting a batch across machines (see docs/BATCH.md).
            """)

    @Argument(help: ArgumentHelp("Article files, folders, feeds, URLs, or - for standard input.", valueName: "source"))
    var sources: [String]

    @Option(name: .shortAndLong, help: "The folder to write into.")
    var output: String = "output"

    @Option(name: .shortAndLong, help: "Worker processes to run (default: the number of cores).")
    var jobs: Int?

    @OptionGroup var reading: ReadingOptions

    @OptionGroup var audio: AudioOptions

    @Flag(help: "Skip outputs that are up to date: made from the same input with the same options.")
    var resume = false

    @Option(help: ArgumentHelp("Render only part I of N (I from 0), e.g. 0/4; N machines render each article once.", valueName: "I/N"))
    var shard: String?

    @Flag(help: "Print one JSON line per file: input, item, output, seconds, status, error.")
    var json = false

    @Flag(name: .shortAndLong, help: "Print nothing but errors and the list of failures.")
    var quiet = false

    @Flag(help: "Never fetch from the network; URL sources fail.")
    var offline = false

    func validate() throws {
        if sources.isEmpty { throw ValidationError("give at least one source (a file, folder, feed, URL or -)") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if let shard {
            do { _ = try BatchShard(parsing: shard) } catch { throw ValidationError(error.message) }
        }
    }

    func run() throws {
        let profile = try ProfileCatalog.shipped().profile(named: reading.voice)
        var options = audio.outputOptions(for: nil)
        options.format = audio.format ?? .wav
        let settings = BatchSettings(profile: profile, mode: reading.mode(rate: profile.rate), audio: options)
        try settings.validate()
        let shard = try self.shard.map { text throws(BriefingError) in try BatchShard(parsing: text) }
        let sourceOptions = SourceOptions(offline: offline)

        let planner = BatchPlanner(
            sources: sources, outputFolder: output, format: settings.format, sourceOptions: sourceOptions,
            shard: shard, resumeOptions: resume ? settings.fingerprint() : nil)
        let plan = planner.plan()
        let workers = min(jobs ?? ProcessInfo.processInfo.activeProcessorCount, max(1, plan.jobs.count))
        let runner = try BatchRunner(
            settings: settings, outputFolder: output, jobs: workers, shard: shard, sourceOptions: sourceOptions,
            workerCommand: [Self.executablePath(), "batch-worker"])
        InterruptHandler.takeOver { signal in runner.interrupt(signal: signal) }

        let display = BatchDisplay(json: json, quiet: quiet)
        for result in plan.failures + plan.upToDate { display.report(result, progress: nil) }
        let summary = try runner.run(plan) { event in
            switch event {
            case .finished(let result, let progress): display.report(result, progress: progress)
            case .tick(let progress): display.show(progress)
            }
        }
        display.finish(summary, workers: workers)
        if let signal = summary.interruptedBy { throw ExitCode(128 + signal) }
        if !summary.results(.failed).isEmpty { throw ExitCode(1) }
    }

    /// This binary, which also runs the workers.
    static func executablePath() -> String {
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return path }
        return CommandLine.arguments.first.map { ($0 as NSString).standardizingPath } ?? "briefing"
    }
}

/// What a batch shows while it runs: a progress bar on a terminal, a line per file otherwise (or
/// a JSON line per file with --json), and a summary at the end on standard error.
final class BatchDisplay {
    private let json: Bool
    private let quiet: Bool
    private let bar: Bool
    private let lines: Bool
    private var barShown = false

    init(json: Bool, quiet: Bool) {
        self.json = json
        self.quiet = quiet
        bar = !quiet && isatty(STDERR_FILENO) == 1
        lines = json || (!quiet && isatty(STDOUT_FILENO) != 1)
    }

    /// One file's outcome.
    func report(_ result: BatchFileResult, progress: BatchProgress?) {
        if json {
            out(result.jsonLine() + "\n")
        } else if lines {
            out(Self.text(result) + "\n")
        }
        if bar, result.status == .failed, !lines {
            clearBar()
            err("error: \(Self.name(result)): \(result.error ?? "failed")\n")
        }
        if let progress { show(progress) }
    }

    /// Redraws the progress bar.
    func show(_ progress: BatchProgress) {
        guard bar else { return }
        err("\r\u{1B}[K" + progress.barLine(width: Self.terminalWidth()))
        barShown = true
    }

    /// The summary: what was rendered, what failed and why.
    func finish(_ summary: BatchSummary, workers: Int) {
        clearBar()
        let done = summary.results(.done)
        let skipped = summary.results(.skipped)
        let failures = summary.failures
        var text = ""
        if let signal = summary.interruptedBy {
            let name = signal == SIGINT ? "interrupted" : "stopped by signal \(signal)"
            text += "\(name): rendered \(done.count) of \(summary.planned) files; \(summary.unfinished) not finished. "
            text += "Finished files are kept and no partial file is left; run again with --resume to finish.\n"
        } else if !quiet && summary.planned == 0 {
            text += "Nothing to render"
            text += skipped.isEmpty ? "." : ": \(skipped.count) up to date."
            if summary.otherShards > 0 { text += " \(summary.otherShards) left to other shards." }
            text += "\n"
        } else if !quiet {
            text += "Rendered \(done.count) file\(done.count == 1 ? "" : "s"), \(BatchProgress.clock(summary.audioSeconds)) of audio, "
            text += "in \(BatchProgress.clock(summary.elapsed))"
            if summary.elapsed > 0, summary.audioSeconds > 0 { text += String(format: " (%.1fx real time)", summary.audioSeconds / summary.elapsed) }
            text += " with \(workers) worker\(workers == 1 ? "" : "s")."
            if !skipped.isEmpty { text += " \(skipped.count) up to date, skipped." }
            if summary.otherShards > 0 { text += " \(summary.otherShards) left to other shards." }
            text += "\n"
        }
        if !failures.isEmpty {
            text += "\(failures.count) failed:\n"
            for failure in failures { text += "  \(Self.name(failure)): \(failure.error ?? "failed")\n" }
        }
        err(text)
    }

    static func name(_ result: BatchFileResult) -> String {
        result.item.map { "\(result.input) (\"\($0)\")" } ?? result.input
    }

    static func text(_ result: BatchFileResult) -> String {
        switch result.status {
        case .done:
            "done     \(name(result)) -> \(result.output ?? "")  \(BatchProgress.clock(result.seconds ?? 0))"
        case .skipped:
            "skipped  \(name(result)) -> \(result.output ?? "")  up to date"
        case .failed:
            "failed   \(name(result)): \(result.error ?? "failed")"
        }
    }

    private func clearBar() {
        if barShown {
            err("\r\u{1B}[K")
            barShown = false
        }
    }

    private func out(_ text: String) { FileHandle.standardOutput.write(Data(text.utf8)) }
    private func err(_ text: String) { FileHandle.standardError.write(Data(text.utf8)) }

    static func terminalWidth() -> Int {
        var size = winsize()
        if ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return 80
    }
}
