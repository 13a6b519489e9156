import Articles
import Audio
import Foundation
import Script
import Summarizer

/// The daily briefing: gather articles, tell each story once, fit the minutes asked for, speak it,
/// and publish the files beside it.
public struct DailyBriefing: Sendable {
    /// Everything a daily run needs to know.
    public struct Options: Sendable {
        /// Where articles come from: files, folders, feeds, URLs.
        public var sources: [SourceSpec]
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
        /// Only stories published this many hours before `date` or later count; nil for all.
        public var windowHours: Double?
        /// Tell stories that earlier briefings told already.
        public var includeSeen: Bool
        /// The folder the files go to.
        public var outputFolder: String
        /// Format, sample rate and loudness of the audio.
        public var audio: AudioOutputOptions
        /// The wording.
        public var templates: BriefingTemplates
        /// How sources are read.
        public var sourceOptions: SourceOptions
        /// The podcast's title.
        public var title: String
        /// Where the published files will be served from, for the feed's links.
        public var baseURL: String?

        /// Creates options.
        public init(
            sources: [SourceSpec], profile: VoiceProfile, headlineProfile: VoiceProfile? = nil, minutes: Double? = nil,
            maxStories: Int = 8, date: Date = Date(), timeZone: TimeZone = .current, windowHours: Double? = nil,
            includeSeen: Bool = false, outputFolder: String = "output", audio: AudioOutputOptions = AudioOutputOptions(),
            templates: BriefingTemplates = BriefingTemplates(), sourceOptions: SourceOptions = SourceOptions(),
            title: String = "Daily Briefing", baseURL: String? = nil
        ) {
            self.sources = sources
            self.profile = profile
            self.headlineProfile = headlineProfile
            self.minutes = minutes
            self.maxStories = maxStories
            self.date = date
            self.timeZone = timeZone
            self.windowHours = windowHours
            self.includeSeen = includeSeen
            self.outputFolder = outputFolder
            self.audio = audio
            self.templates = templates
            self.sourceOptions = sourceOptions
            self.title = title
            self.baseURL = baseURL
        }
    }

    /// A step of a daily run, reported as it happens.
    public enum Progress: Sendable {
        /// Articles were read from the sources.
        case articlesRead(count: Int, failed: Int)
        /// Stories were chosen (after the window, duplicates and memory).
        case storiesChosen(count: Int, told: Int)
        /// Seconds of audio rendered so far, of the expected total.
        case rendering(seconds: Double, of: Double)
        /// Something the user should know that does not stop the run.
        case warning(String)
    }

    /// What a daily run made.
    public struct Result: Sendable {
        /// The audio file.
        public var audioPath: String
        /// The transcript, captions and chapters files.
        public var transcriptPath: String, captionsPath: String, chaptersPath: String
        /// The podcast feed and index page, rewritten for this run.
        public var feedPath: String?, indexPath: String?
        /// Length of the audio in seconds.
        public var duration: Double
        /// The script spoken.
        public var script: BriefingScript
        /// Chapters of the audio.
        public var chapters: [Chapter]
        /// How many articles were read, and how many stories were told.
        public var articles: Int, stories: Int
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

    /// Reads the sources; unreadable ones are returned as failures, not thrown. Display names from
    /// the configuration replace the articles' own source names.
    public func gather() -> (articles: [Article], failures: [ArticlesError]) {
        let loader = ArticleLoader(options: options.sourceOptions)
        var articles: [Article] = []
        var failures: [ArticlesError] = []
        for source in options.sources {
            let batch = loader.loadAll([source.location])
            failures += batch.failures
            articles += batch.articles.map { article in
                var article = article
                if let name = source.name { article.source = name }
                return article
            }
        }
        return (articles, failures)
    }

    /// Keeps the articles that count as today's: published inside the window (undated ones count).
    public func today(_ articles: [Article]) -> [Article] {
        guard let hours = options.windowHours else { return articles }
        let start = options.date.addingTimeInterval(-hours * 3600)
        return articles.filter { article in article.published.map { $0 >= start } ?? true }
    }

    /// The script for `stories`, planned for the time budget.
    public func script(for stories: [Story]) throws -> BriefingScript {
        let preparation = try SpeechPreparation(profile: options.profile)
        let headlinePreparation = try options.headlineProfile.map { profile throws(BriefingError) in try SpeechPreparation(profile: profile) }
        let builderOptions = BriefingScriptBuilder.Options(
            profile: options.profile, headlineProfile: options.headlineProfile, templates: options.templates,
            budget: options.minutes.map { $0 * 60 }, maxStories: options.maxStories)
        let builder = BriefingScriptBuilder(options: builderOptions, timing: timing, prepare: preparation.prepare)
        var script = builder.build(stories: stories, date: options.date, timeZone: options.timeZone)
        if let headlinePreparation {
            for i in script.segments.indices where script.segments[i].kind == .headline {
                script.segments[i].spoken = headlinePreparation.normalizer.normalizeHeadline(script.segments[i].text)
            }
        }
        return script
    }

    /// Lands a script on the budget: measures what eSpeak NG really takes for each segment, scales the
    /// pauses, and when the content is too long or short for that, plans again with the error corrected.
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
            if best.map({ error < $0.error }) ?? true { best = (fitted, error) }
            if error < 0.015 { break }
            correction *= budget / total
            var options = self.options
            options.minutes = budget / 60 * correction
            script = try DailyBriefing(options: options, timing: timing).script(for: stories)
        }
        return best?.script ?? first
    }

    /// The script `run` would speak: gathered, chosen and fitted, without rendering audio.
    public func plannedScript(warn: (String) -> Void = { _ in }) throws -> BriefingScript {
        let (articles, failures) = gather()
        for failure in failures { warn(failure.description) }
        guard !articles.isEmpty else { throw noArticles(failures) }
        let memory = StoryMemory.load(folder: options.outputFolder)
        if let warning = memory.warning { warn(warning) }
        return try plan(articles, memory: memory.memory, warn: warn).script
    }

    /// Chooses today's stories (inside the window, each told once, not told before) and builds the
    /// script, landed on the budget when there is one.
    func plan(_ articles: [Article], memory: StoryMemory, warn: (String) -> Void) throws -> (clusters: [StoryCluster], script: BriefingScript) {
        let current = today(articles)
        guard !current.isEmpty else {
            throw BriefingError("none of the \(articles.count) articles was published in the last \(Int(options.windowHours ?? 0)) hours (raise window_hours or --window-hours)")
        }
        let all = StoryClusterer().clusters(current)
        let clusters = options.includeSeen ? all : memory.filter(all, on: options.date, timeZone: options.timeZone)
        guard !clusters.isEmpty else {
            throw BriefingError("no new stories: all \(all.count) were told in earlier briefings (--include-seen tells them again)")
        }
        let stories = clusters.map(\.story)
        var script = try script(for: stories)
        if let minutes = options.minutes {
            script = try fit(script, stories: stories, budget: minutes * 60)
            let planned = script.segments.reduce(0) { $0 + timing.seconds(toSpeak: $1.spoken, with: $1.profile) } + script.pauseSeconds
            if planned < minutes * 60 * 0.9 {
                warn("only about \(Int(planned)) seconds of news for a \(Int(minutes * 60))-second briefing: add sources or lower the minutes")
            }
        }
        return (clusters, script)
    }

    func noArticles(_ failures: [ArticlesError]) -> BriefingError {
        let reasons = failures.prefix(3).map(\.description).joined(separator: "; ")
        return BriefingError("no articles found in \(options.sources.map(\.location).joined(separator: ", "))\(reasons.isEmpty ? "" : " (\(reasons))")")
    }

    /// Gathers, chooses, fits and speaks the briefing, writes its files and republishes the folder.
    public func run(progress: @escaping (Progress) -> Void = { _ in }) throws -> Result {
        let (articles, failures) = gather()
        progress(.articlesRead(count: articles.count, failed: failures.count))
        guard !articles.isEmpty else { throw noArticles(failures) }
        var (memory, memoryWarning) = StoryMemory.load(folder: options.outputFolder)
        if let memoryWarning { progress(.warning(memoryWarning)) }
        let (clusters, script) = try plan(articles, memory: memory, warn: { progress(.warning($0)) })
        let told = script.stories.count
        progress(.storiesChosen(count: clusters.count, told: told))


        let day = Self.dayString(options.date, timeZone: options.timeZone)
        let base = (options.outputFolder as NSString).appendingPathComponent("briefing-\(day)")
        let format = options.audio.format ?? .wav
        let audioPath = "\(base).\(format.fileExtension)"
        do {
            try FileManager.default.createDirectory(atPath: options.outputFolder, withIntermediateDirectories: true)
        } catch {
            throw BriefingError("cannot create the output folder \(options.outputFolder): \(AtomicFile.reason(error))")
        }
        let expected = options.minutes.map { $0 * 60 } ?? 0
        let spoken = try ScriptFileRenderer(audio: options.audio).render(script, to: audioPath) { seconds in
            progress(.rendering(seconds: seconds, of: expected))
        }
        let transcriptPath = "\(base).txt", captionsPath = "\(base).vtt", chaptersPath = "\(base).chapters.json"
        try AtomicFile.write(Transcripts.text(script), to: transcriptPath)
        try AtomicFile.write(Transcripts.webVTT(spoken.rendered.captions), to: captionsPath)
        try AtomicFile.write(
            Transcripts.chaptersJSON(spoken.rendered.chapters, audioFile: (audioPath as NSString).lastPathComponent, duration: spoken.duration),
            to: chaptersPath)

        // Remember what was told, so tomorrow's briefing does not repeat it; then republish the folder.
        let toldArticles = Set(script.stories.map(\.article))
        memory.record(clusters.filter { toldArticles.contains($0.story.article) }, on: options.date, timeZone: options.timeZone)
        try memory.save()
        let publication = try Publisher.publish(folder: options.outputFolder, baseURL: options.baseURL, title: options.title, timeZone: options.timeZone)
        for warning in publication.warnings { progress(.warning(warning)) }
        return Result(
            audioPath: audioPath, transcriptPath: transcriptPath, captionsPath: captionsPath, chaptersPath: chaptersPath,
            feedPath: publication.feedPath, indexPath: publication.indexPath, duration: spoken.duration, script: script, chapters: spoken.rendered.chapters,
            articles: articles.count, stories: told, failures: failures)
    }

    /// `2026-11-27` in the listener's zone.
    public static func dayString(_ date: Date, timeZone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0)
    }
}
