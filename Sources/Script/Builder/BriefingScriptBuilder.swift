import Articles
import Foundation
import Summarizer

/// A story for the briefing: the article to tell it from, and the other sources that reported it.
public struct Story: Sendable, Hashable {
    /// The fullest version of the story.
    public var article: Article
    /// Other publications that reported the same story.
    public var alsoReportedBy: [String]

    /// Creates a story.
    public init(article: Article, alsoReportedBy: [String] = []) {
        self.article = article
        self.alsoReportedBy = alsoReportedBy
    }

    /// The name the story is credited to.
    public var sourceName: String {
        if let source = article.source, !source.isEmpty { return source }
        if let host = article.url.flatMap({ URL(string: $0)?.host }) {
            return host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
        }
        return "your sources"
    }
}

/// Arranges stories into a spoken briefing: greeting, preview, stories with transitions, outro.
public struct BriefingScriptBuilder: Sendable {
    /// How the builder decides what goes in.
    public struct Options: Sendable {
        /// The voice for everything but headlines.
        public var profile: VoiceProfile
        /// The voice for headlines, when it differs.
        public var headlineProfile: VoiceProfile?
        /// The wording.
        public var templates: BriefingTemplates
        /// The length to fit, in seconds, pauses included; nil for no limit.
        public var budget: Double?
        /// At most this many stories.
        public var maxStories: Int
        /// Key sentences per story when there is no time budget.
        public var sentencesPerStory: Int
        /// How many headlines the preview names (0 for no preview).
        public var previewCount: Int

        /// Creates options.
        public init(
            profile: VoiceProfile, headlineProfile: VoiceProfile? = nil, templates: BriefingTemplates = BriefingTemplates(),
            budget: Double? = nil, maxStories: Int = 10, sentencesPerStory: Int = 3, previewCount: Int = 3
        ) {
            self.profile = profile
            self.headlineProfile = headlineProfile
            self.templates = templates
            self.budget = budget
            self.maxStories = maxStories
            self.sentencesPerStory = sentencesPerStory
            self.previewCount = previewCount
        }
    }

    /// The options in force.
    public var options: Options
    /// Turns written text into the words eSpeak NG reads.
    public var prepare: @Sendable (String) -> String
    /// Predicts speaking time, for the budget.
    public var timing: any SpeechTiming
    private let summarizer = Summarizer()

    /// Creates a builder.
    public init(options: Options, timing: any SpeechTiming, prepare: @escaping @Sendable (String) -> String) {
        self.options = options
        self.timing = timing
        self.prepare = prepare
    }

    /// Orders stories most important first: more sources, more recent, longer; stable for ties.
    public static func rank(_ stories: [Story], now: Date) -> [Story] {
        func score(_ story: Story) -> Double {
            let sources = Double(1 + story.alsoReportedBy.count)
            var recency = 0.5
            if let published = story.article.published {
                let hours = max(0, now.timeIntervalSince(published) / 3600)
                recency = 1 / (1 + hours / 24)
            }
            let length = log(Double(max(50, story.article.wordCount)))
            return 3 * log2(sources + 1) + 1.5 * recency + 0.25 * length
        }
        return stories.enumerated()
            .map { (index: $0.offset, story: $0.element, score: score($0.element)) }
            .sorted { $0.score != $1.score ? $0.score > $1.score : $0.index < $1.index }
            .map(\.story)
    }

    /// Builds the briefing for `stories` on `date` (the clock and zone of the listener).
    public func build(stories: [Story], date: Date, timeZone: TimeZone = .current) -> BriefingScript {
        let ranked = Array(Self.rank(stories, now: date).prefix(options.maxStories))
        let dateValues = Self.dateValues(date, timeZone: timeZone)
        let summaries = ranked.map { SummaryLadder(story: $0, summarizer: summarizer) }

        // How many sentences each story gets: all stories with the default count, or fitted to the budget.
        var counts: [Int]
        if let budget = options.budget {
            counts = fit(summaries, budget: budget, dateValues: dateValues, now: date)
        } else {
            counts = summaries.map { min(options.sentencesPerStory, $0.available) }
        }
        let chosen = zip(summaries, counts).filter { $0.1 > 0 }
        var script = assemble(chosen.map { ($0.0, $0.1) }, dateValues: dateValues, now: date)
        if let budget = options.budget { script = Self.fitPauses(script, to: budget, speech: script.segments.map { estimate($0) }) }
        return script
    }

    /// Scales the pauses of `script` so that speech plus pauses last `budget` seconds, within limits.
    ///
    /// `speech` holds each segment's speaking time (estimated, or measured by a dry run).
    public static func fitPauses(_ script: BriefingScript, to budget: Double, speech: [Double]) -> BriefingScript {
        let spoken = speech.reduce(0, +)
        let pauses = script.pauseSeconds
        guard pauses > 0 else { return script }
        let scale = min(2.0, max(0.5, (budget - spoken) / pauses))
        var fitted = script
        for i in fitted.segments.indices { fitted.segments[i].pauseAfter = (fitted.segments[i].pauseAfter * scale * 1000).rounded() / 1000 }
        return fitted
    }

    /// Predicted speaking time of a segment, pause excluded.
    func estimate(_ segment: ScriptSegment) -> Double {
        segment.spoken.isEmpty ? 0 : timing.seconds(toSpeak: segment.spoken, with: segment.profile)
    }

    /// Chooses sentence counts so the briefing fills `budget`: stories in rank order get a first
    /// sentence while they fit, then sentences are added round-robin.
    private func fit(_ ladders: [SummaryLadder], budget: Double, dateValues: [String: String], now: Date) -> [Int] {
        var counts = [Int](repeating: 0, count: ladders.count)
        func total(_ counts: [Int]) -> Double {
            let chosen = zip(ladders, counts).filter { $0.1 > 0 }.map { ($0.0, $0.1) }
            let script = assemble(chosen, dateValues: dateValues, now: now)
            return script.segments.reduce(0) { $0 + estimate($1) } + script.pauseSeconds
        }
        // Leave room for pause scaling to land exactly: aim a little under the budget.
        let target = budget * 0.97
        for i in ladders.indices where ladders[i].available > 0 {
            counts[i] = 1
            if total(counts) > target { counts[i] = 0; break }
        }
        var grew = true
        while grew {
            grew = false
            for i in ladders.indices where counts[i] > 0 && counts[i] < ladders[i].available {
                counts[i] += 1
                if total(counts) > target { counts[i] -= 1 } else { grew = true }
            }
        }
        // Too short even for one story's first sentence: take the top story anyway.
        if counts.allSatisfy({ $0 == 0 }), let first = ladders.indices.first(where: { ladders[$0].available > 0 }) {
            counts[first] = 1
        }
        return counts
    }

    /// Lays out the segments for the chosen stories and sentence counts.
    private func assemble(_ chosen: [(SummaryLadder, Int)], dateValues: [String: String], now: Date) -> BriefingScript {
        let t = options.templates
        let profile = options.profile
        let headlineProfile = options.headlineProfile ?? profile
        let pauses = profile.pauses
        var segments: [ScriptSegment] = []
        func add(_ kind: ScriptSegment.Kind, _ text: String, pause: Double, profile p: VoiceProfile? = nil, chapter: String? = nil, story: Int? = nil, headline: Bool = false) {
            let text = text.trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else { return }
            segments.append(ScriptSegment(kind: kind, text: text, spoken: prepare(text), profile: p ?? profile, pauseAfter: pause, chapter: chapter, story: story))
        }

        add(.intro, BriefingTemplates.fill(t.intro, dateValues), pause: pauses.afterTitle, chapter: "Introduction")
        // A preview is worth its time only when there are several stories and a few minutes to fill.
        if options.previewCount > 0 && chosen.count > 2 && (options.budget ?? .infinity) >= 150 {
            let headlines = chosen.prefix(options.previewCount).map { Self.plainHeadline($0.0.story.article.title) }
            add(.preview, BriefingTemplates.fill(t.preview, ["headlines": Self.list(headlines, separator: "; ")]), pause: pauses.afterStory)
        }
        var previousTransition: String?
        for (index, (ladder, count)) in chosen.enumerated() {
            let story = ladder.story
            let transition: String
            if index == 0 {
                transition = chosen.count == 1 ? "" : t.firstTransition
            } else if index == chosen.count - 1 {
                transition = t.lastTransition
            } else {
                let options = t.transitions.isEmpty ? [t.firstTransition] : t.transitions
                var pick = options[(index - 1) % options.count]
                if pick == previousTransition, options.count > 1 { pick = options[index % options.count] }
                transition = pick
            }
            previousTransition = transition
            let headline = Self.plainHeadline(story.article.title)
            add(.transition, transition, pause: 0.3, chapter: headline, story: index)
            let startsChapter = transition.isEmpty
            add(.headline, headline + (headline.last.map { ".!?".contains($0) } == true ? "" : "."), pause: pauses.afterTitle, profile: headlineProfile, chapter: startsChapter ? headline : nil, story: index)
            add(.body, ladder.sentences(count).joined(separator: " "), pause: pauses.afterParagraph, story: index)
            let also = story.alsoReportedBy.isEmpty ? "" : BriefingTemplates.fill(t.alsoReportedBy, ["sources": Self.list(story.alsoReportedBy, separator: ", ")])
            let ago = story.article.published.map { Self.ago($0, now: now) }.map { $0.isEmpty ? "" : ", \($0)" } ?? ""
            add(.attribution, BriefingTemplates.fill(t.attribution, ["source": story.sourceName, "ago": ago, "also": also]), pause: pauses.afterStory, story: index)
        }
        add(.outro, BriefingTemplates.fill(t.outro, dateValues), pause: 0, chapter: "Closing")
        if let last = segments.indices.last { segments[last].pauseAfter = 0 }
        return BriefingScript(
            title: "Briefing for \(dateValues["weekday"] ?? "") \(dateValues["day"] ?? "") \(dateValues["month"] ?? "")",
            segments: segments, stories: chosen.map(\.0.story))
    }

    /// A headline as a sentence to read: capitals of shouting headlines lowered by the normalizer later.
    static func plainHeadline(_ title: String) -> String {
        title.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// "a, b and c".
    static func list(_ items: [String], separator: String) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: separator) + (separator == ", " ? " and " : "; and ") + items[items.count - 1]
    }

    /// "2 hours ago", "yesterday", "3 days ago"; empty when in the future or under an hour.
    static func ago(_ published: Date, now: Date) -> String {
        let hours = Int(now.timeIntervalSince(published) / 3600)
        switch hours {
        case ..<1: return ""
        case 1: return "an hour ago"
        case 2..<24: return "\(hours) hours ago"
        case 24..<48: return "yesterday"
        default: return "\(hours / 24) days ago"
        }
    }

    /// The values of the date placeholders.
    static func dateValues(_ date: Date, timeZone: TimeZone) -> [String: String] {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let c = calendar.dateComponents([.year, .month, .day, .weekday, .hour], from: date)
        let weekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        let day = c.day ?? 1
        let suffix = (11...13).contains(day % 100) ? "th" : [1: "st", 2: "nd", 3: "rd"][day % 10] ?? "th"
        let hour = c.hour ?? 8
        return [
            "greeting": hour < 12 ? "Good morning" : hour < 18 ? "Good afternoon" : "Good evening",
            "weekday": weekdays[((c.weekday ?? 1) - 1) % 7], "day": "\(day)\(suffix)",
            "month": months[((c.month ?? 1) - 1) % 12], "year": "\(c.year ?? 2000)",
        ]
    }
}

/// A story's key sentences for any count: the summarizer's ranking, computed once; the first k
/// sentences of the ranking, in document order, are the k-sentence summary.
struct SummaryLadder: Sendable {
    let story: Story
    private let ranking: [ScoredSentence]

    init(story: Story, summarizer: Summarizer) {
        self.story = story
        self.ranking = summarizer.ranking(story.article)
    }

    /// How many sentences the summarizer would read at most.
    var available: Int { ranking.count }

    func sentences(_ count: Int) -> [String] {
        ranking.prefix(count).sorted { $0.index < $1.index }.map(\.text)
    }
}
