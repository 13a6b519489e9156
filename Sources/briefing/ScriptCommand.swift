import ArgumentParser
import Briefing
import Foundation
import Script

/// `briefing script`: prints the briefing script that `daily` would speak.
struct ScriptCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "script", abstract: "Print the briefing script for some sources, without speaking it.")

    @Argument(help: "Article files, folders, feeds or URLs (default: the bundled examples).")
    var sources: [String] = []

    @OptionGroup var briefing: BriefingOptions

    @Flag(help: "Show the pauses between segments.")
    var pauses = false

    func run() throws {
        let daily = try briefing.dailyBriefing(sources: sources, outputFolder: "output")
        let (stories, failures) = daily.gather()
        for failure in failures { FileHandle.standardError.write(Data("warning: \(failure)\n".utf8)) }
        guard !stories.isEmpty else { throw BriefingError("no articles found in \(daily.options.sources.joined(separator: ", "))") }
        let script = try daily.script(for: stories)
        print(script.renderText(showPauses: pauses), terminator: "")
    }
}

/// Options shared by `script` and `daily`: voice, length, date.
struct BriefingOptions: ParsableArguments {
    @Option(help: "Voice profile: a name from `briefing voices`, or the path of a profile file.")
    var voice: String = "anchor"

    @Option(help: "Fit the briefing into this many minutes, pauses included.")
    var minutes: Double?

    @Option(name: .customLong("max-stories"), help: "At most this many stories.")
    var maxStories: Int = 8

    @Option(help: "The date of the briefing, YYYY-MM-DD (default: today).")
    var date: String?

    @Flag(help: "Never fetch from the network.")
    var offline = false

    func validate() throws {
        if let minutes, !(0.25...180).contains(minutes) { throw ValidationError("--minutes must be between 0.25 and 180") }
        if maxStories < 1 { throw ValidationError("--max-stories must be at least 1") }
        if let date, Self.parseDate(date) == nil { throw ValidationError("--date must be a date like 2026-11-27") }
    }

    static func parseDate(_ text: String) -> Date? {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, text.count == 10 else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .current
        // Eight in the morning of that day: a morning briefing.
        guard let date = calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2], hour: 8)),
            calendar.component(.day, from: date) == parts[2]
        else { return nil }
        return date
    }

    func dailyBriefing(sources: [String], outputFolder: String, audio: AudioOptions? = nil) throws -> DailyBriefing {
        let profile = try ProfileCatalog.shipped().profile(named: voice)
        var options = DailyBriefing.Options(
            sources: sources.isEmpty ? [ResourceLocator.examplesFolder()] : sources, profile: profile,
            minutes: minutes, maxStories: maxStories, date: date.flatMap(Self.parseDate) ?? Date(),
            outputFolder: outputFolder)
        options.sourceOptions.offline = offline
        if let audio { options.audio = audio.outputOptions(for: nil) }
        return DailyBriefing(options: options)
    }
}
