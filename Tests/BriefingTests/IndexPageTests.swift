import Foundation
import TestSupport
import Testing

@testable import Briefing

@Test func indexPageListsBriefingsWithPlayersChaptersAndTranscripts() throws {
    let folder = try threeBriefings()
    let html = IndexPage(title: "City Briefing").html(for: try BriefingCatalog.scan(folder: folder.path).episodes)
    #expect(html.hasPrefix("<!DOCTYPE html>\n"))
    let page = try parseXML(html)
    #expect(page.name == "html")
    #expect(page.first("title")?.text == "City Briefing")
    #expect(page.first("h1")?.text == "City Briefing")
    let metas = page.all("meta")
    #expect(metas.contains { $0.attributes["charset"]?.lowercased() == "utf-8" })
    #expect(metas.contains { $0.attributes["name"] == "viewport" && $0.attributes["content"]?.contains("width=device-width") == true })

    let articles = page.all("article")
    #expect(articles.map { $0.attributes["id"] } == ["briefing-2026-11-27", "briefing-2026-11-26", "briefing-2026-11-25"])
    #expect(articles.map { $0.first("h2")?.text } == [
        "Your briefing for Friday, November 27", "Your briefing for Thursday, November 26",
        "Your briefing for Wednesday, November 25",
    ])
    let players = articles.compactMap { $0.first("audio") }
    #expect(players.map { $0.attributes["src"] } == ["briefing-2026-11-27.mp3", "briefing-2026-11-26.flac", "briefing-2026-11-25.wav"])
    #expect(players.allSatisfy { $0.attributes["controls"] != nil && $0.attributes["preload"] == "none" })

    // Chapters: one button each, carrying its start in seconds, labelled with the time and title.
    let buttons = articles[0].all("button")
    #expect(buttons.map { $0.attributes["data-start"] } == ["0", "12.25", "80"])
    #expect(buttons.map { $0.text } == ["0:00 Introduction", "0:12 Bank of Lestria", "1:20 Weather"])
    #expect(articles[2].all("button").map { $0.attributes["data-start"] } == ["0", "4.5"])

    // The transcript is folded away, without its title line.
    let transcript = try #require(articles[0].first("details"))
    #expect(transcript.first("summary")?.text == "Transcript")
    #expect(transcript.all("p").map(\.text) == ["Good morning. Three stories today.", "First, the Bank of Lestria.", "Then the weather."])

    // Durations are shown.
    #expect(articles[1].first("p")?.text.contains("1:02:05") == true)
}

@Test func indexPageNeedsNothingFromOutside() throws {
    let folder = try threeBriefings()
    let html = IndexPage().html(for: try BriefingCatalog.scan(folder: folder.path).episodes)
    let page = try parseXML(html)
    // No external style sheets, scripts, images or fonts.
    #expect(page.all("script").allSatisfy { $0.attributes["src"] == nil })
    #expect(page.all("link").allSatisfy { $0.attributes["rel"] != "stylesheet" })
    #expect(page.all("img").isEmpty)
    #expect(!html.contains("src=\"http") && !html.contains("href=\"http") && !html.contains("url("))
    // The script that seeks reads data-start from the chapter buttons.
    #expect(page.first("script")?.text.contains("data-start") == true)
    #expect(page.first("script")?.text.contains("currentTime") == true)
    #expect(page.first("style") != nil)
    // The feed is linked for subscribing.
    #expect(page.all("a").contains { $0.attributes["href"] == "feed.xml" })
}

@Test func hostileTextIsEscapedInTheIndexPage() throws {
    let folder = try TemporaryFolder()
    let hostile = "<script>alert('x')</script> & \"quoted\""
    try folder.writeBriefing(
        day: "2026-11-27", bytes: 100, title: hostile, paragraphs: ["A <img src=x onerror=alert(1)> & more"],
        chapters: [Chapter(title: "Q&A \"<b>\"", start: 1.5, end: 5)], duration: 5)
    let html = IndexPage(title: "Tom & Jerry's <News>").html(for: try BriefingCatalog.scan(folder: folder.path).episodes)
    #expect(!html.contains("<script>alert"))
    #expect(!html.contains("<img"))
    let page = try parseXML(html)
    #expect(page.first("title")?.text == "Tom & Jerry's <News>")
    #expect(page.first("h2")?.text == hostile)
    #expect(page.first("button")?.text == "0:01 Q&A \"<b>\"")
    #expect(page.first("button")?.attributes["data-start"] == "1.5")
    #expect(page.first("details")?.all("p").first?.text == "A <img src=x onerror=alert(1)> & more")
    #expect(page.all("img").isEmpty)
}

@Test func emptyFolderGivesAPageThatSaysSo() throws {
    let folder = try TemporaryFolder()
    let page = try parseXML(IndexPage().html(for: try BriefingCatalog.scan(folder: folder.path).episodes))
    #expect(page.all("article").isEmpty)
    #expect(page.all("p").contains { $0.text == "No briefings yet." })
}
