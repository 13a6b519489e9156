import Articles
import Audio
import Foundation
import Script
import Summarizer

/// The daily briefing: gather articles, build one script that fits the time asked for, and speak it.
public struct DailyBriefing: Sendable {
    /// Everything a daily run needs to know.
    public struct Options: Sendable {
        /// Where articles come from: files, folders, feeds, URLs.
        public var sources: [String]
        /// The main voice.
        public var profile: VoiceProfile
        /// The voice for headlines, when it differs.
        public var headlineProfile: VoiceProfile?
        /// The length to fit, in minutes; nil for the default number of sentences a story.
        public var minutes: Double?
        /// At most this many stories.
        public var maxStories: Int
        /// The moment the briefing is for; its date names the files.
        public var date: Date
        /// The listener's time zone, for the weekday and "yesterday".
        public var timeZone: TimeZone
        /// The folder the files go to.
        public var outputFolder: String
        /// Format, sample rate and loudness of the audio.
        public var audio: AudioOutputOptions
        /// The wording.
        public var templates: BriefingTemplates
        /// How sources are read.
        public var sourceOptions: SourceOptions

        /// Creates options.
        public init(
            sources: [String], profile: VoiceProfile, headlineProfile: VoiceProfile? = nil, minutes: Double? = nil,
            maxStories: Int = 8, date: Date = Date(), timeZone: TimeZone = .current, outputFolder: String = "output",
            audio: AudioOutputOptions = AudioOutputOptions(), templates: BriefingTemplates = BriefingTemplates(),
            sourceOptions: SourceOptions = SourceOptions()
        ) {
            self.sources = sources
            self.profile = profile
            self.headlineProfile = headlineProfile
            self.minutes = minutes
            self.maxStories = maxStories
            self.date = date
            self.timeZone = timeZone
            self.outputFolder = outputFolder
            self.audio = audio
            self.templates = templates
            self.sourceOptions = sourceOptions
        }
    }

    /// What a daily run made.
    public struct Result: Sendable {
        /// The audio file.
        public var audioPath: String
        /// The transcript, captions and chapters files.
        public var transcriptPath: String, captionsPath: String, chaptersPath: String
        /// Length of the audio in seconds.
        public var duration: Double
        /// The script spoken.
        public var script: BriefingScript
        /// Chapters of the audio.
        public var chapters: [Chapter]
        /// Sources that could not be read, with the reason.
        public var failures: [ArticlesError]
    }

    /// The options in force.
    public var options: Options
    private let timing: MeasuredSpeechTiming

    /// Creates a daily run.
    public init(options: Options, timing: MeasuredSpeechTiming = MeasuredSpeechTiming()) {
        self.options = options
        self.timing = timing
    }

    /// Reads the sources; unreadable ones are returned as failures, not thrown.
    public func gather() -> (stories: [Story], failures: [ArticlesError]) {
        let loader = ArticleLoader(options: options.sourceOptions)
        var articles: [Article] = []
        var failures: [ArticlesError] = []
        for source in options.sources {
            do { articles += try loader.load(source) } catch { failures.append(error) }
        }
        return (articles.map { Story(article: $0) }, failures)
    }

    /// The script for `stories`, fitted to the time budget.
    public func script(for stories: [Story]) throws -> BriefingScript {
        let preparation = try SpeechPreparation(profile: options.profile)
        var builderOptions = BriefingScriptBuilder.Options(
            profile: options.profile, headlineProfile: options.headlineProfile, templates: options.templates,
            budget: options.minutes.map { $0 * 60 }, maxStories: options.maxStories)
        builderOptions.previewCount = 3
        let builder = BriefingScriptBuilder(options: builderOptions, timing: timing, prepare: preparation.prepare)
        return builder.build(stories: stories, date: options.date, timeZone: options.timeZone)
    }

    /// Lands a script on the budget: measures what eSpeak NG really takes for each segment, scales the
    /// pauses, and when the content is too long or short for that, rebuilds with the planning corrected.
    func fit(_ first: BriefingScript, stories: [Story], budget: Double) throws -> BriefingScript {
        let renderer = ScriptRenderer()
        var script = first
        var best: (script: BriefingScript, error: Double)?
        var correction = 1.0
        for _ in 0..<4 {
            let speech = try renderer.measure(script)
            let fitted = BriefingScriptBuilder.fitPauses(script, to: budget, speech: speech)
            let total = speech.reduce(0, +) + fitted.pauseSeconds
            let error = abs(total - budget) / budget
            if best == nil || error < best!.error { best = (fitted, error) }
            if error < 0.015 { break }
            // Plan again as if the budget were off by what this attempt missed by.
            correction *= budget / total
            var options = self.options
            options.minutes = (options.minutes ?? 0) * correction
            script = try DailyBriefing(options: options, timing: timing).script(for: stories)
        }
        return best?.script ?? first
    }

    /// Gathers, builds, fits and speaks the briefing, and writes its files.
    public func run(progress: ((String) -> Void)? = nil) throws -> Result {
        let (stories, failures) = gather()
        guard !stories.isEmpty else {
            let reasons = failures.map(\.description).joined(separator: "; ")
            throw BriefingError("no articles found in \(options.sources.joined(separator: ", "))\(reasons.isEmpty ? "" : " (\(reasons))")")
        }
        progress?("\(stories.count) articles read")
        var script = try script(for: stories)
        if let minutes = options.minutes {
            script = try fit(script, stories: stories, budget: minutes * 60)
        }
        progress?("\(Set(script.segments.compactMap(\.story)).count) stories chosen")

        let day = Self.dayString(options.date, timeZone: options.timeZone)
        let base = (options.outputFolder as NSString).appendingPathComponent("briefing-\(day)")
        let format = options.audio.format ?? .wav
        let audioPath = "\(base).\(format.fileExtension)"
        try FileManager.default.createDirectory(atPath: options.outputFolder, withIntermediateDirectories: true)
        let spoken = try ScriptFileRenderer(audio: options.audio).render(script, to: audioPath)
        let transcriptPath = "\(base).txt", captionsPath = "\(base).vtt", chaptersPath = "\(base).chapters.json"
        try AtomicFile.write(Transcripts.text(script), to: transcriptPath)
        try AtomicFile.write(Transcripts.webVTT(spoken.rendered.captions), to: captionsPath)
        try AtomicFile.write(
            Transcripts.chaptersJSON(spoken.rendered.chapters, audioFile: (audioPath as NSString).lastPathComponent, duration: spoken.duration),
            to: chaptersPath)
        return Result(
            audioPath: audioPath, transcriptPath: transcriptPath, captionsPath: captionsPath, chaptersPath: chaptersPath,
            duration: spoken.duration, script: script, chapters: spoken.rendered.chapters, failures: failures)
    }

    /// `2026-11-27` in the listener's zone.
    public static func dayString(_ date: Date, timeZone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0)
    }
}
