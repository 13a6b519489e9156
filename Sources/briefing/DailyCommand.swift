import ArgumentParser
import Briefing
import Foundation

/// `briefing daily`: today's briefing from your sources, as audio with transcript, captions and chapters.
struct DailyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "daily", abstract: "Make today's audio briefing from your sources.")

    @Option(name: .customLong("sources"), parsing: .upToNextOption, help: "Article files, folders, feeds or URLs (default: the bundled examples).")
    var sources: [String] = []

    @Option(name: .shortAndLong, help: "The folder to write into.")
    var output: String = "output"

    @OptionGroup var briefing: BriefingOptions
    @OptionGroup var audio: AudioOptions

    @Flag(name: .shortAndLong, help: "Print nothing but errors.")
    var quiet = false

    func run() throws {
        let daily = try briefing.dailyBriefing(sources: sources, outputFolder: output, audio: audio)
        let result = try daily.run { message in if !quiet { print(message) } }
        for failure in result.failures { FileHandle.standardError.write(Data("warning: \(failure)\n".utf8)) }
        if !quiet {
            print("\(result.audioPath)  \(Duration.format(result.duration))  \(result.chapters.count) chapters")
            print("\(result.transcriptPath)\n\(result.captionsPath)\n\(result.chaptersPath)")
        }
    }
}
