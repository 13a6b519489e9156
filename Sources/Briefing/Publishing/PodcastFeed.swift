import Audio
import Foundation

/// The podcast feed of an output folder: RSS 2.0 with the iTunes tags podcast apps read, one item a briefing.
public struct PodcastFeed: Sendable {
    /// What the feed says about itself and where its files live.
    public struct Options: Sendable {
        /// The podcast's name.
        public var title: String
        /// What the podcast is, in a sentence.
        public var description: String
        /// Who makes it.
        public var author: String
        /// The public address of the output folder (`https://example.com/briefings/`); nil for links
        /// relative to the feed, which work when the feed is read from the same folder.
        public var baseURL: String?
        /// Address of the cover art (a square JPEG or PNG), if any.
        public var imageURL: String?
        /// The language spoken, as an RFC 5646 tag.
        public var language: String
        /// The listener's time zone: a briefing is never dated after the end of its day there.
        public var timeZone: TimeZone

        /// Creates options.
        public init(
            title: String = "Daily Briefing", description: String = "A spoken news briefing, made every day.",
            author: String = "Briefing", baseURL: String? = nil, imageURL: String? = nil, language: String = "en",
            timeZone: TimeZone = .current
        ) {
            self.title = title
            self.description = description
            self.author = author
            self.baseURL = baseURL
            self.imageURL = imageURL
            self.language = language
            self.timeZone = timeZone
        }
    }

    /// The feed file's name in the output folder.
    public static let fileName = "feed.xml"

    /// The options in force.
    public var options: Options

    /// Creates a feed writer.
    public init(options: Options = Options()) { self.options = options }

    /// The feed for `episodes`, in the order given (newest first, as `BriefingCatalog` lists them).
    public func xml(for episodes: [BriefingEpisode]) -> String {
        let e = MarkupText.escape
        let dates = episodes.map(publicationDate)
        let built = dates.max() ?? Date()
        var x = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" xmlns:atom="http://www.w3.org/2005/Atom">
            <channel>
            <title>\(e(options.title))</title>
            <link>\(e(link("index.html")))</link>
            <description>\(e(options.description))</description>
            <language>\(e(options.language))</language>
            <lastBuildDate>\(MarkupText.rfc822(built))</lastBuildDate>
            <generator>Briefing</generator>

            """
        if options.baseURL != nil {
            x += "<atom:link href=\"\(e(link(Self.fileName)))\" rel=\"self\" type=\"application/rss+xml\" />\n"
        }
        x += """
            <itunes:author>\(e(options.author))</itunes:author>
            <itunes:summary>\(e(options.description))</itunes:summary>
            <itunes:explicit>false</itunes:explicit>
            <itunes:type>episodic</itunes:type>
            <itunes:category text="News" />

            """
        if let image = options.imageURL {
            x += "<itunes:image href=\"\(e(image))\" />\n"
            x += "<image><url>\(e(image))</url><title>\(e(options.title))</title><link>\(e(link("index.html")))</link></image>\n"
        }
        for (episode, date) in zip(episodes, dates) {
            x += "<item>\n"
            x += "<title>\(e(episode.title))</title>\n"
            x += "<guid isPermaLink=\"false\">\(e(Self.guid(episode)))</guid>\n"
            x += "<pubDate>\(MarkupText.rfc822(date))</pubDate>\n"
            x += "<description>\(e(description(episode)))</description>\n"
            x += "<itunes:summary>\(e(episode.summary()))</itunes:summary>\n"
            x += "<itunes:episodeType>full</itunes:episodeType>\n"
            x += "<itunes:explicit>false</itunes:explicit>\n"
            if let duration = episode.duration { x += "<itunes:duration>\(MarkupText.clock(duration))</itunes:duration>\n" }
            x += "<enclosure url=\"\(e(link(episode.audioFile)))\" length=\"\(episode.byteCount)\" type=\"\(Self.mimeType(episode.format))\" />\n"
            x += "</item>\n"
        }
        x += "</channel>\n</rss>\n"
        return x
    }

    /// Writes the feed for `episodes` to `path` atomically.
    public func write(_ episodes: [BriefingEpisode], to path: String) throws(BriefingError) {
        try AtomicFile.write(xml(for: episodes), to: path)
    }

    /// The item's identity, the same however often the day is re-rendered or the feed moved.
    public static func guid(_ episode: BriefingEpisode) -> String { "briefing-\(episode.day)" }

    /// The MIME type of an enclosure.
    public static func mimeType(_ format: AudioFormat) -> String {
        switch format {
        case .wav: "audio/wav"
        case .flac: "audio/flac"
        case .ogg: "audio/ogg"
        case .opus: "audio/opus"
        case .mp3: "audio/mpeg"
        }
    }

    /// When the episode came out: when its audio was written, but never after the end of its day (a
    /// re-rendered old briefing does not jump to the top of a podcast app).
    func publicationDate(_ episode: BriefingEpisode) -> Date {
        guard let end = Self.endOfDay(episode.day, in: options.timeZone) else { return episode.modified }
        return min(episode.modified, end)
    }

    static func endOfDay(_ day: String, in zone: TimeZone) -> Date? {
        guard let days = StoryMemory.dayNumber(day) else { return nil }
        let midnightUTC = Date(timeIntervalSince1970: Double(days + 1) * 86_400)
        return midnightUTC.addingTimeInterval(-Double(zone.secondsFromGMT(for: midnightUTC)) - 1)
    }

    /// The item's description: the opening of the transcript, then the chapters with their times.
    func description(_ episode: BriefingEpisode) -> String {
        var text = episode.summary()
        if !episode.chapters.isEmpty {
            let list = episode.chapters.map { "\(MarkupText.shortClock($0.start, rounding: .down)) \($0.title)" }.joined(separator: "\n")
            text += (text.isEmpty ? "" : "\n\n") + "Chapters:\n" + list
        }
        return text
    }

    /// `name` under the base address, or `name` itself when there is none.
    func link(_ name: String) -> String {
        Self.link(name, base: options.baseURL)
    }

    static func link(_ name: String, base: String?) -> String {
        let encoded = name.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? name
        guard let base, !base.isEmpty else { return encoded }
        return base.hasSuffix("/") ? base + encoded : base + "/" + encoded
    }
}
