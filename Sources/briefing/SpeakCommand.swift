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

    @OptionGroup var reading: ReadingOptions

    @OptionGroup var audio: AudioOptions

    @Flag(name: .shortAndLong, help: "Print nothing but errors.")
    var quiet = false

    func run() throws {
        let profile = try ProfileCatalog.shipped().profile(named: reading.voice)
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
        let result = try speaker.speak(article, mode: reading.mode(rate: profile.rate), to: path)
        if !quiet {
            print("\(result.path)  \(Duration.format(result.duration))  (\(result.info.format.rawValue), \(result.info.sampleRate) Hz)")
        }
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
