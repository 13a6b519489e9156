import Foundation
import TestSupport
import Testing

@testable import Briefing

/// Three briefings laid out as the daily job writes them, plus files the feed must ignore.
func threeBriefings() throws -> TemporaryFolder {
    let folder = try TemporaryFolder()
    try folder.writeBriefing(
        day: "2026-11-25", format: "wav", bytes: 4_321, title: "Your briefing for Wednesday, November 25",
        paragraphs: ["Good morning. Here is the news.", "Storm Alder reached the coast overnight."],
        chapters: [Chapter(title: "Introduction", start: 0, end: 4.5), Chapter(title: "Storm Alder", start: 4.5, end: 61)],
        duration: 61, modified: utc("2026-11-25T06:30:00Z"))
    try folder.writeBriefing(
        day: "2026-11-26", format: "flac", bytes: 10_007, title: "Your briefing for Thursday, November 26",
        paragraphs: ["Good morning.", "The health secretary has resigned."],
        chapters: [Chapter(title: "Introduction", start: 0, end: 3)], duration: 3_725.4,
        modified: utc("2026-11-26T06:31:15Z"))
    try folder.writeBriefing(
        day: "2026-11-27", format: "mp3", bytes: 777, title: "Your briefing for Friday, November 27",
        paragraphs: ["Good morning. Three stories today.", "First, the Bank of Lestria.", "Then the weather."],
        chapters: [
            Chapter(title: "Introduction", start: 0, end: 12.25), Chapter(title: "Bank of Lestria", start: 12.25, end: 80),
            Chapter(title: "Weather", start: 80, end: 95.5),
        ], duration: 95.5, modified: utc("2026-11-27T06:45:00Z"))
    // Not briefings: other names, an impossible date, a temporary file, a folder with an audio name.
    try folder.writeBytes("notes.mp3", count: 10)
    try folder.writeBytes("briefing-2026-13-01.mp3", count: 10)
    try folder.writeBytes("briefing-latest.mp3", count: 10)
    try folder.writeBytes(".briefing-2026-11-28.mp3.1a2b3c4d.tmp", count: 10)
    try FileManager.default.createDirectory(atPath: folder.file("briefing-2026-11-20.wav"), withIntermediateDirectories: true)
    return folder
}

@Test func feedListsEveryBriefingNewestFirstWithEnclosureSizesAndDurations() throws {
    let folder = try threeBriefings()
    let catalog = try BriefingCatalog.scan(folder: folder.path)
    let xml = PodcastFeed(options: .init(title: "City Briefing", timeZone: utcZone)).xml(for: catalog.episodes)
    let rss = try parseXML(xml)

    #expect(rss.name == "rss")
    #expect(rss.attributes["version"] == "2.0")
    #expect(rss.attributes["xmlns:itunes"] == "http://www.itunes.com/dtds/podcast-1.0.dtd")
    let items = rss.all("item")
    #expect(items.map { $0.first("guid")?.text } == ["briefing-2026-11-27", "briefing-2026-11-26", "briefing-2026-11-25"])
    #expect(items.map { $0.first("title")?.text } == [
        "Your briefing for Friday, November 27", "Your briefing for Thursday, November 26",
        "Your briefing for Wednesday, November 25",
    ])
    #expect(items.allSatisfy { $0.first("guid")?.attributes["isPermaLink"] == "false" })

    let enclosures = items.compactMap { $0.first("enclosure") }
    #expect(enclosures.map { $0.attributes["url"] } == [
        "briefing-2026-11-27.mp3", "briefing-2026-11-26.flac", "briefing-2026-11-25.wav",
    ])
    let sizes = try ["briefing-2026-11-27.mp3", "briefing-2026-11-26.flac", "briefing-2026-11-25.wav"].map {
        String(try folder.size($0))
    }
    #expect(enclosures.map { $0.attributes["length"] } == sizes)
    #expect(sizes == ["777", "10007", "4321"])
    #expect(enclosures.map { $0.attributes["type"] } == ["audio/mpeg", "audio/flac", "audio/wav"])
    #expect(items.map { $0.first("itunes:duration")?.text } == ["00:01:36", "01:02:05", "00:01:01"])
    #expect(items.map { $0.first("pubDate")?.text } == [
        "Fri, 27 Nov 2026 06:45:00 +0000", "Thu, 26 Nov 2026 06:31:15 +0000", "Wed, 25 Nov 2026 06:30:00 +0000",
    ])
}

@Test func feedChannelCarriesTheTagsPodcastAppsNeed() throws {
    let folder = try threeBriefings()
    let episodes = try BriefingCatalog.scan(folder: folder.path).episodes
    let options = PodcastFeed.Options(
        title: "City Briefing", description: "News from the city, read aloud.", author: "City Desk",
        imageURL: "https://example.com/cover.png", timeZone: utcZone)
    let channel = try #require(try parseXML(PodcastFeed(options: options).xml(for: episodes)).first("channel"))

    #expect(channel.childElements("title").first?.text == "City Briefing")
    #expect(channel.childElements("link").first?.text == "index.html")
    #expect(channel.childElements("description").first?.text == "News from the city, read aloud.")
    #expect(channel.childElements("language").first?.text == "en")
    #expect(channel.childElements("lastBuildDate").first?.text == "Fri, 27 Nov 2026 06:45:00 +0000")
    #expect(channel.childElements("itunes:author").first?.text == "City Desk")
    #expect(channel.childElements("itunes:summary").first?.text == "News from the city, read aloud.")
    #expect(channel.childElements("itunes:explicit").first?.text == "false")
    #expect(channel.childElements("itunes:type").first?.text == "episodic")
    #expect(channel.childElements("itunes:category").first?.attributes["text"] == "News")
    #expect(channel.childElements("itunes:image").first?.attributes["href"] == "https://example.com/cover.png")
    // Without an image option there is no image tag.
    let plain = try #require(try parseXML(PodcastFeed(options: .init(timeZone: utcZone)).xml(for: episodes)).first("channel"))
    #expect(plain.childElements("itunes:image").isEmpty)
}

@Test func feedLinksUseTheBaseURLWhenGiven() throws {
    let folder = try threeBriefings()
    let episodes = try BriefingCatalog.scan(folder: folder.path).episodes
    for base in ["https://example.com/briefings/", "https://example.com/briefings"] {
        let rss = try parseXML(PodcastFeed(options: .init(baseURL: base, timeZone: utcZone)).xml(for: episodes))
        #expect(rss.first("enclosure")?.attributes["url"] == "https://example.com/briefings/briefing-2026-11-27.mp3")
        #expect(rss.first("channel")?.childElements("link").first?.text == "https://example.com/briefings/index.html")
        #expect(rss.first("atom:link")?.attributes["href"] == "https://example.com/briefings/feed.xml")
        #expect(rss.first("atom:link")?.attributes["rel"] == "self")
    }
    // Relative links have no self link: it must be absolute.
    #expect(try parseXML(PodcastFeed(options: .init(timeZone: utcZone)).xml(for: episodes)).first("atom:link") == nil)
}

@Test func feedDescriptionIsTheTranscriptOpeningAndChapters() throws {
    let folder = try threeBriefings()
    let episodes = try BriefingCatalog.scan(folder: folder.path).episodes
    let item = try #require(try parseXML(PodcastFeed(options: .init(timeZone: utcZone)).xml(for: episodes)).first("item"))
    let description = try #require(item.first("description")?.text)
    #expect(description.hasPrefix("Good morning. Three stories today.\n\nFirst, the Bank of Lestria."))
    #expect(!description.contains("Your briefing for Friday"))
    #expect(description.contains("Chapters:\n0:00 Introduction\n0:12 Bank of Lestria\n1:20 Weather"))
}

@Test func hostileTextIsEscapedInTheFeed() throws {
    let folder = try TemporaryFolder()
    let hostile = "<script>alert(\"x\")</script> & 'Tom & Jerry' ]]> <![CDATA[ \u{1}"
    try folder.writeBriefing(
        day: "2026-11-27", bytes: 100, title: hostile, paragraphs: ["Rates & \"prices\" <b>up</b>"],
        chapters: [Chapter(title: "Q&A <i>live</i>", start: 0, end: 5)], duration: 5)
    let episodes = try BriefingCatalog.scan(folder: folder.path).episodes
    let options = PodcastFeed.Options(
        title: "A & B <Briefing>", description: "\"Quoted\" & <tagged>", author: "O'Brien & Co", timeZone: utcZone)
    let xml = PodcastFeed(options: options).xml(for: episodes)
    #expect(!xml.contains("<script>"))
    #expect(!xml.contains("<b>"))
    let rss = try parseXML(xml)
    #expect(rss.first("channel")?.childElements("title").first?.text == "A & B <Briefing>")
    #expect(rss.first("itunes:author")?.text == "O'Brien & Co")
    let item = try #require(rss.first("item"))
    // The control character is dropped (XML cannot carry it); everything else comes back as written.
    #expect(item.first("title")?.text == "<script>alert(\"x\")</script> & 'Tom & Jerry' ]]> <![CDATA[ ")
    #expect(item.first("description")?.text.contains("Rates & \"prices\" <b>up</b>") == true)
    #expect(item.first("description")?.text.contains("0:00 Q&A <i>live</i>") == true)
}

@Test func briefingWithoutChaptersIsListedWithoutDuration() throws {
    let folder = try TemporaryFolder()
    try folder.writeBytes("briefing-2026-11-27.ogg", count: 2_048)
    try folder.writeBytes("briefing-2026-11-26.opus", count: 1_000)
    try folder.write("briefing-2026-11-26.chapters.json", "{ not json")
    let catalog = try BriefingCatalog.scan(folder: folder.path)
    #expect(catalog.warnings.count == 1)
    #expect(catalog.warnings.first?.contains("briefing-2026-11-26.chapters.json") == true)
    let rss = try parseXML(PodcastFeed(options: .init(timeZone: utcZone)).xml(for: catalog.episodes))
    let items = rss.all("item")
    #expect(items.map { $0.first("title")?.text } == ["Briefing for 2026-11-27", "Briefing for 2026-11-26"])
    #expect(items.map { $0.first("enclosure")?.attributes["type"] } == ["audio/ogg", "audio/opus"])
    #expect(items.map { $0.first("enclosure")?.attributes["length"] } == ["2048", "1000"])
    #expect(items.allSatisfy { $0.first("itunes:duration") == nil })
}

@Test func oneItemPerDayEvenWithTwoFormats() throws {
    let folder = try TemporaryFolder()
    try folder.writeBriefing(
        day: "2026-11-27", format: "mp3", bytes: 500, title: "Friday", paragraphs: ["Hello."],
        chapters: [Chapter(title: "Introduction", start: 0, end: 2)], duration: 2)
    try folder.writeBytes("briefing-2026-11-27.wav", count: 9_000)
    let episodes = try BriefingCatalog.scan(folder: folder.path).episodes
    #expect(episodes.count == 1)
    // The chapters file names the mp3, so the mp3 is the episode.
    #expect(episodes.first?.audioFile == "briefing-2026-11-27.mp3")
    #expect(episodes.first?.byteCount == 500)
}

@Test func reRenderedOldBriefingKeepsItsDayAsPublicationDate() throws {
    let folder = try TemporaryFolder()
    try folder.writeBriefing(
        day: "2026-11-20", bytes: 300, title: "Friday", paragraphs: ["Hello."], chapters: [], duration: 2,
        modified: utc("2026-11-27T09:00:00Z"))
    let episodes = try BriefingCatalog.scan(folder: folder.path).episodes
    let rss = try parseXML(PodcastFeed(options: .init(timeZone: utcZone)).xml(for: episodes))
    #expect(rss.first("pubDate")?.text == "Fri, 20 Nov 2026 23:59:59 +0000")
}

@Test func emptyFolderGivesAValidFeedWithNoItems() throws {
    let folder = try TemporaryFolder()
    let rss = try parseXML(PodcastFeed().xml(for: try BriefingCatalog.scan(folder: folder.path).episodes))
    #expect(rss.all("item").isEmpty)
    #expect(rss.first("channel")?.childElements("lastBuildDate").count == 1)
}

@Test func missingFolderIsAnError() throws {
    #expect(throws: BriefingError.self) { try BriefingCatalog.scan(folder: "/nonexistent/briefing-folder") }
}
