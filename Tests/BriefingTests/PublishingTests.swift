import Foundation
import TestSupport
import Testing

@testable import Briefing

@Test func publishWritesFeedAndPageAndPicksUpNewBriefings() throws {
    let folder = try threeBriefings()
    let first = try Publisher.publish(folder: folder.path, baseURL: "https://example.com/daily/", title: "City Briefing")
    #expect(first.feedPath == folder.file("feed.xml"))
    #expect(first.indexPath == folder.file("index.html"))
    #expect(first.episodes.map(\.day) == ["2026-11-27", "2026-11-26", "2026-11-25"])
    #expect(try parseXML(String(contentsOfFile: first.feedPath, encoding: .utf8)).all("item").count == 3)
    #expect(try parseXML(String(contentsOfFile: first.indexPath, encoding: .utf8)).all("article").count == 3)

    // A new day appears on top after the next publish; no temporary files are left behind.
    try folder.writeBriefing(
        day: "2026-11-28", format: "opus", bytes: 2_000, title: "Your briefing for Saturday, November 28",
        paragraphs: ["Good morning."], chapters: [Chapter(title: "Introduction", start: 0, end: 2)], duration: 2)
    let second = try Publisher.publish(folder: folder.path, baseURL: "https://example.com/daily/", title: "City Briefing")
    let rss = try parseXML(String(contentsOfFile: second.feedPath, encoding: .utf8))
    #expect(rss.all("item").count == 4)
    #expect(rss.first("enclosure")?.attributes["url"] == "https://example.com/daily/briefing-2026-11-28.opus")
    #expect(rss.first("enclosure")?.attributes["length"] == "2000")
    let page = try parseXML(String(contentsOfFile: second.indexPath, encoding: .utf8))
    #expect(page.first("article")?.attributes["id"] == "briefing-2026-11-28")
    // The page's players stay relative: the page lives beside the audio.
    #expect(page.first("audio")?.attributes["src"] == "briefing-2026-11-28.opus")
    #expect(folder.contents().filter { $0.hasSuffix(".tmp") } == [".briefing-2026-11-28.mp3.1a2b3c4d.tmp"])
}

@Test func publishRejectsABaseURLPodcastAppsCannotUse() throws {
    let folder = try threeBriefings()
    for bad in ["example.com/briefings", "ftp://example.com/", "/var/www/briefings", "https://"] {
        #expect(throws: BriefingError.self) { try Publisher.publish(folder: folder.path, baseURL: bad) }
    }
    // Nothing was written.
    #expect(!FileManager.default.fileExists(atPath: folder.file("feed.xml")))
    #expect(!FileManager.default.fileExists(atPath: folder.file("index.html")))
}

@Test func publishingAMissingFolderIsAnErrorNamingIt() throws {
    do {
        _ = try Publisher.publish(folder: "/nonexistent/briefings")
        Issue.record("expected an error")
    } catch {
        #expect(error.message.contains("/nonexistent/briefings"))
    }
}
