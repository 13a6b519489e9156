import ArgumentParser
import Audio
import Briefing
import Foundation
import Script

/// Options shared by `daily` and `script`: configuration file, sources, voice, length, date, window.
/// Command-line options override the configuration file.
struct BriefingOptions: ParsableArguments {
    @Option(name: .customLong("config"), help: "A configuration file (YAML); see examples/briefing.yml.")
    var config: String?

    @Option(name: .customLong("sources"), parsing: .upToNextOption, help: "Article files, folders, feeds or URLs (default: the configuration's, else the bundled examples).")
    var sources: [String] = []

    @Option(help: "Voice profile: a name from `briefing voices`, or the path of a profile file.")
    var voice: String?

    @Option(name: .customLong("headline-voice"), help: "A second voice profile for headlines.")
    var headlineVoice: String?

    @Option(help: "Fit the briefing into this many minutes, pauses included.")
    var minutes: Double?

    @Option(name: .customLong("max-stories"), help: "At most this many stories (default 8).")
    var maxStories: Int?

    @Option(help: "The date of the briefing, YYYY-MM-DD (default: now).")
    var date: String?

    @Option(name: .customLong("window-hours"), help: "Only stories published in the last N hours count as today's.")
    var windowHours: Double?

    @Flag(name: .customLong("include-seen"), help: "Tell stories that earlier briefings already told.")
    var includeSeen = false

    @Flag(help: "Never fetch from the network.")
    var offline = false

    func validate() throws {
        if let minutes, !(0.25...180).contains(minutes) { throw ValidationError("--minutes must be between 0.25 and 180") }
        if let maxStories, maxStories < 1 { throw ValidationError("--max-stories must be at least 1") }
        if let windowHours, windowHours <= 0 { throw ValidationError("--window-hours must be more than 0") }
        if let date, Self.parseDate(date) == nil { throw ValidationError("--date must be a date like 2026-11-27") }
    }

    /// A morning briefing on the given day: 08:00 local time.
    static func parseDate(_ text: String) -> Date? {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, text.count == 10 else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .current
        guard let date = calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2], hour: 8)),
            calendar.component(.day, from: date) == parts[2]
        else { return nil }
        return date
    }

    /// The configuration file's settings, or the defaults when there is none.
    func configuration() throws -> DailyConfiguration {
        guard let config else { return DailyConfiguration() }
        guard FileManager.default.fileExists(atPath: config) else { throw ConfigurationError(file: config, message: "no such configuration file") }
        return try DailyConfiguration.load(contentsOf: config)
    }

    /// The daily run the configuration and options describe.
    func dailyOptions(output: String?, audio: AudioOutputOptions = AudioOutputOptions(), baseURL: String?) throws -> DailyBriefing.Options {
        let c = try configuration()
        let catalog = ProfileCatalog.shipped()
        let profile = try catalog.profile(named: voice ?? c.voice ?? VoiceProfile.defaultName)
        let headline = try (headlineVoice ?? c.headlineVoice).map { name throws(ConfigurationError) in try catalog.profile(named: name) }
        var sourceSpecs = sources.map { SourceSpec($0) }
        if sourceSpecs.isEmpty { sourceSpecs = c.sources }
        if sourceSpecs.isEmpty { sourceSpecs = [SourceSpec(ResourceLocator.examplesFolder())] }
        var options = DailyBriefing.Options(
            sources: sourceSpecs, profile: profile, headlineProfile: headline, minutes: minutes ?? c.minutes,
            maxStories: maxStories ?? c.maxStories ?? 8, date: date.flatMap(Self.parseDate) ?? Date(),
            windowHours: windowHours ?? c.windowHours, includeSeen: includeSeen || (c.includeSeen ?? false),
            outputFolder: output ?? c.output ?? "output", templates: c.templates,
            title: c.title ?? "Daily Briefing", baseURL: baseURL ?? c.baseURL)
        var audioOptions = audio
        audioOptions.format = audioOptions.format ?? c.format
        audioOptions.sampleRate = audioOptions.sampleRate ?? c.sampleRate
        audioOptions.loudness = audioOptions.loudness ?? c.loudness
        options.audio = audioOptions
        options.sourceOptions.offline = offline
        return options
    }
}
