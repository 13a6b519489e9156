import ArgumentParser
import Briefing
import Foundation
import Logging

/// `briefing daily`: today's briefing from your sources, with transcript, captions, chapters,
/// an index page and a podcast feed.
struct DailyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "daily", abstract: "Make today's audio briefing from your sources.",
        discussion: "With no configuration it reads the bundled examples/ and writes output/briefing-YYYY-MM-DD.wav.")

    @OptionGroup var briefing: BriefingOptions

    @Option(name: .shortAndLong, help: "The folder to write into (default: output).")
    var output: String?

    @Option(name: .customLong("base-url"), help: "Where the output folder is served from, for the podcast feed's links.")
    var baseURL: String?

    @OptionGroup var audio: AudioOptions

    @Flag(name: .shortAndLong, help: "Print nothing but errors.")
    var quiet = false

    @Flag(help: "Print a JSON summary of what was made.")
    var json = false

    @Flag(name: .shortAndLong, help: "Log details to standard error.")
    var verbose = false

    func validate() throws {
        if quiet && verbose { throw ValidationError("--quiet and --verbose cannot be used together") }
        if let baseURL, !(baseURL.hasPrefix("http://") || baseURL.hasPrefix("https://")) {
            throw ValidationError("--base-url must be an http:// or https:// address")
        }
    }

    func run() throws {
        var logger = Logger(label: "briefing.daily")
        logger.logLevel = verbose ? .debug : .warning
        let options = try briefing.dailyOptions(output: output, audio: audio.outputOptions(for: nil), baseURL: baseURL)
        logger.debug("sources: \(options.sources.map(\.location).joined(separator: ", "))")
        logger.debug("voice: \(options.profile.name), minutes: \(options.minutes.map { "\($0)" } ?? "unlimited"), output: \(options.outputFolder)")
        let reporter = ProgressReporter(enabled: !quiet && !json)
        let result = try DailyBriefing(options: options).run { event in
            switch event {
            case .articlesRead(let count, let failed):
                reporter.line("read \(count) articles" + (failed > 0 ? " (\(failed) sources failed)" : ""))
            case .storiesChosen(let count, let told):
                reporter.line("chose \(told) of \(count) stories")
            case .rendering(let seconds, let total):
                reporter.status("rendering: \(Duration.format(seconds))" + (total > 0 ? " of \(Duration.format(total))" : ""))
            case .warning(let message):
                if !quiet { FileHandle.standardError.write(Data("warning: \(message)\n".utf8)) }
            }
        }
        reporter.finish()
        for failure in result.failures where !quiet {
            FileHandle.standardError.write(Data("warning: \(failure)\n".utf8))
        }
        logger.debug("chapters: \(result.chapters.map { "\($0.title) @ \($0.start)" }.joined(separator: "; "))")
        if json {
            print(Self.summaryJSON(result))
        } else if !quiet {
            print("\(result.audioPath)  \(Duration.format(result.duration))  \(result.stories) stories, \(result.chapters.count) chapters")
            for path in [result.transcriptPath, result.captionsPath, result.chaptersPath, result.indexPath, result.feedPath].compactMap({ $0 }) {
                print(path)
            }
        }
    }

    static func summaryJSON(_ r: DailyBriefing.Result) -> String {
        struct Summary: Encodable {
            var audio: String, transcript: String, captions: String, chapters: String
            var index: String?, feed: String?
            var duration: Double, articles: Int, stories: Int
            var chapterList: [Chapter]
            var failures: [String]
            enum CodingKeys: String, CodingKey {
                case audio, transcript, captions, chapters, index, feed, duration, articles, stories, failures
                case chapterList = "chapter_list"
            }
        }
        let summary = Summary(
            audio: r.audioPath, transcript: r.transcriptPath, captions: r.captionsPath, chapters: r.chaptersPath,
            index: r.indexPath, feed: r.feedPath, duration: (r.duration * 1000).rounded() / 1000, articles: r.articles,
            stories: r.stories, chapterList: r.chapters.map { Chapter(title: $0.title, start: ($0.start * 1000).rounded() / 1000, end: ($0.end * 1000).rounded() / 1000) }, failures: r.failures.map(\.description))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(summary)) ?? Data("{}".utf8), as: UTF8.self)
    }
}

/// Progress for people: a status line rewritten in place on a terminal, plain lines otherwise.
final class ProgressReporter {
    let enabled: Bool
    let terminal = isatty(STDERR_FILENO) == 1
    private var statusShown = false

    init(enabled: Bool) { self.enabled = enabled }

    func line(_ text: String) {
        guard enabled else { return }
        clearStatus()
        FileHandle.standardError.write(Data("\(text)\n".utf8))
    }

    func status(_ text: String) {
        guard enabled, terminal else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K\(text)".utf8))
        statusShown = true
    }

    func finish() { clearStatus() }

    private func clearStatus() {
        if statusShown {
            FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
            statusShown = false
        }
    }
}
