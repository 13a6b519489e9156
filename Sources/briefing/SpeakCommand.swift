import ArgumentParser
import Articles
import Audio
import Briefing
import Foundation
import Script
import Summarizer

/// `briefing speak`: one article to an audio file.
struct SpeakCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "speak", abstract: "Read one article aloud into an audio file.")

    @Argument(help: "The article: a file (text, Markdown, HTML), a URL, or - for standard input. A feed gives its first item.")
    var source: String

    @Option(name: .shortAndLong, help: "The audio file to write (default: output/<title>.wav).")
    var output: String?

    @Option(help: "Voice profile: a name from `briefing voices`, or the path of a profile file.")
    var voice: String = "anchor"

    @Flag(help: "Read the title and the key sentences instead of the whole article.")
    var summary = false

    @Option(help: "With --summary: how many sentences.")
    var sentences: Int?

    @Option(help: "With --summary: at most this many words.")
    var words: Int?

    @Option(help: "With --summary: at most this many seconds of speech.")
    var seconds: Double?

    @OptionGroup var audio: AudioOptions

    @Flag(name: .shortAndLong, help: "Print nothing but errors.")
    var quiet = false

    func validate() throws {
        let budgets = [sentences != nil, words != nil, seconds != nil].filter { $0 }.count
        if budgets > 1 { throw ValidationError("give only one of --sentences, --words and --seconds") }
        if let sentences, sentences < 1 { throw ValidationError("--sentences must be at least 1") }
        if let words, words < 1 { throw ValidationError("--words must be at least 1") }
        if let seconds, seconds <= 0 { throw ValidationError("--seconds must be more than 0") }
    }

    func run() throws {
        let profile = try ProfileCatalog.shipped().profile(named: voice)
        let articles = try ArticleLoader().load(source)
        guard let article = articles.first else { throw BriefingError("\(source): no article found") }
        let speaker = try ArticleSpeaker(profile: profile, audio: audio.outputOptions(for: output))
        let path: String
        if let output {
            path = output
        } else {
            path = Self.defaultPath(for: article, format: audio.format ?? .wav)
            try? FileManager.default.createDirectory(atPath: "output", withIntermediateDirectories: true)
        }
        let result = try speaker.speak(article, mode: mode(rate: profile.rate), to: path)
        if !quiet {
            print("\(result.path)  \(Duration.format(result.duration))  (\(result.info.format.rawValue), \(result.info.sampleRate) Hz)")
        }
    }

    func mode(rate: Int) -> ReadingMode {
        if let sentences { return .summary(.sentences(sentences)) }
        if let words { return .summary(.words(words)) }
        if let seconds { return .summary(.seconds(seconds, wordsPerMinute: Double(rate))) }
        return summary ? .summary(.sentences(3)) : .fullText
    }

    static func defaultPath(for article: Article, format: AudioFormat) -> String {
        "output/\(Slug.make(article.title)).\(format.fileExtension)"
    }
}

/// Durations as people read them: `1:05.3`, `12.0 s`.
enum Duration {
    static func format(_ seconds: Double) -> String {
        if seconds < 60 { return String(format: "%.1f s", seconds) }
        let minutes = Int(seconds) / 60
        return String(format: "%d:%04.1f", minutes, seconds - Double(minutes * 60))
    }
}
