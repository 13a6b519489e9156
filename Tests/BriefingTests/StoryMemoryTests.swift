import Articles
import Foundation
import TestSupport
import Script
import Testing

@testable import Briefing

private func article(_ title: String, _ source: String, url: String? = nil) -> Article {
    Article(title: title, source: source, url: url, paragraphs: ["\(title). More words of the body."])
}

private func single(_ article: Article) -> StoryCluster {
    StoryCluster(story: Story(article: article), members: [article])
}

private let storyA = single(article("Storm Alder reaches the coast", "Morning Courier", url: "https://courier.example.com/alder"))
private let storyB = single(article("Health secretary resigns", "Capital Record"))
private let storyC = single(article("Bank of Lestria raises rates", "Finance Wire", url: "https://financewire.example.com/lestria"))
private let day1 = utc("2026-11-26T07:00:00Z")
private let day2 = utc("2026-11-27T07:00:00Z")
private let day3 = utc("2026-11-28T07:00:00Z")

private func titles(_ clusters: [StoryCluster]) -> [String] { clusters.map(\.story.article.title) }

/// Loads, filters, records and saves, as a daily run does; returns the stories told.
private func run(_ folder: TemporaryFolder, _ clusters: [StoryCluster], on date: Date) throws -> [String] {
    var (memory, warning) = StoryMemory.load(folder: folder.path)
    #expect(warning == nil)
    let fresh = memory.filter(clusters, on: date, timeZone: utcZone)
    memory.record(fresh, on: date, timeZone: utcZone)
    try memory.save()
    return titles(fresh)
}

@Test func storiesToldYesterdayAreNotToldAgainButTodaysRerunIsTheSame() throws {
    let folder = try TemporaryFolder()
    #expect(try run(folder, [storyA, storyB], on: day1) == titles([storyA, storyB]))
    #expect(try run(folder, [storyA, storyB, storyC], on: day2) == titles([storyC]))
    // Re-running either day gives that day's briefing again.
    #expect(try run(folder, [storyA, storyB], on: day1) == titles([storyA, storyB]))
    #expect(try run(folder, [storyA, storyB, storyC], on: day2) == titles([storyC]))
    #expect(try run(folder, [storyA, storyB, storyC], on: day3) == [])
}

@Test func aStoryIsRecognisedByAnyArticleOfItsCluster() throws {
    let folder = try TemporaryFolder()
    let told = article("Storm Alder batters the coast", "Morning Courier", url: "https://courier.example.com/alder")
    let alsoRan = article("Alder sweeps in", "Radio Penhallow", url: "https://radiopenhallow.example.com/alder")
    let cluster = StoryCluster(story: Story(article: told, alsoReportedBy: ["Radio Penhallow"]), members: [told, alsoRan])
    _ = try run(folder, [cluster], on: day1)
    // Next day only the other outlet's version is in the feeds: still the same story.
    #expect(try run(folder, [single(alsoRan), storyC], on: day2) == titles([storyC]))
    // The same address with tracking parameters, `www.` and a trailing slash is the same article.
    let sameURL = article("Storm Alder: latest", "Morning Courier", url: "http://www.courier.example.com/alder/?utm_source=rss#top")
    #expect(try run(folder, [single(sameURL)], on: day2) == [])
}

@Test func includingSeenStoriesIsJustNotFiltering() throws {
    let folder = try TemporaryFolder()
    _ = try run(folder, [storyA], on: day1)
    var (memory, _) = StoryMemory.load(folder: folder.path)
    // --include-seen: tell everything, and record it; A still counts as first told on day 1.
    memory.record([storyA, storyB], on: day2, timeZone: utcZone)
    try memory.save()
    let reloaded = StoryMemory.load(folder: folder.path).memory
    #expect(reloaded.entries.first { $0.title == "Storm Alder reaches the coast" }?.first == "2026-11-26")
    #expect(reloaded.entries.first { $0.title == "Storm Alder reaches the coast" }?.last == "2026-11-27")
    #expect(titles(reloaded.filter([storyA, storyB], on: day2, timeZone: utcZone)) == titles([storyB]))
}

@Test func missingStateIsAnEmptyMemoryAndSavingCreatesTheFolder() throws {
    let folder = try TemporaryFolder()
    let nested = folder.file("not/yet/there")
    let (memory, warning) = StoryMemory.load(folder: nested)
    #expect(warning == nil)
    #expect(memory.entries.isEmpty)
    #expect(titles(memory.filter([storyA], on: day2, timeZone: utcZone)) == titles([storyA]))
    var updated = memory
    updated.record([storyA], on: day1, timeZone: utcZone)
    try updated.save()
    #expect(StoryMemory.load(folder: nested).memory.entries.count == 1)
}

@Test(arguments: [
    "garbage \u{0} not json at all",
    "[1, 2, 3]",
    "{\"stories\": \"nope\"}",
    "{\"version\": 1, \"stories\": [{\"key\": 5}]}",
    "{\"version\": 99, \"stories\": []}",
    "",
])
func corruptStateIsReportedKeptAsideAndRebuilt(content: String) throws {
    let folder = try TemporaryFolder()
    try folder.write(StoryMemory.fileName, content)
    var (memory, warning) = StoryMemory.load(folder: folder.path)
    let message = try #require(warning)
    #expect(message.contains(folder.file(StoryMemory.fileName)))
    #expect(message.contains("rebuilt"))
    #expect(memory.entries.isEmpty)
    #expect(try String(contentsOfFile: folder.file(StoryMemory.fileName + ".corrupt"), encoding: .utf8) == content)
    // The next save replaces it with a good file.
    memory.record([storyA], on: day1, timeZone: utcZone)
    try memory.save()
    let (reloaded, again) = StoryMemory.load(folder: folder.path)
    #expect(again == nil)
    #expect(reloaded.entries.map(\.title) == ["Storm Alder reaches the coast"])
}

@Test func malformedEntriesAreDroppedAndTheRestKept() throws {
    let folder = try TemporaryFolder()
    try folder.write(
        StoryMemory.fileName,
        """
        {"version": 1, "stories": [
          {"key": "url:a.example/1", "members": [], "title": "Good", "first": "2026-11-26", "last": "2026-11-26"},
          {"key": "url:a.example/2", "members": [], "title": "Bad day", "first": "2026-02-30", "last": "2026-11-26"}
        ]}
        """)
    let (memory, warning) = StoryMemory.load(folder: folder.path)
    #expect(warning?.contains("ignored 1 malformed entry") == true)
    #expect(memory.entries.map(\.title) == ["Good"])
}

@Test func storiesUntoldForSixtyDaysAreForgotten() throws {
    var memory = StoryMemory(path: "/unused")
    let old = utc("2026-01-01T12:00:00Z")
    memory.record([storyA], on: old, timeZone: utcZone)
    memory.record([storyB], on: utc("2026-01-10T12:00:00Z"), timeZone: utcZone)
    // 60 days after Jan 1 is Mar 2: A is still remembered; on Mar 3 it is not, B is.
    memory.record([StoryCluster](), on: utc("2026-03-02T12:00:00Z"), timeZone: utcZone)
    #expect(memory.entries.map(\.title) == ["Storm Alder reaches the coast", "Health secretary resigns"])
    memory.record([StoryCluster](), on: utc("2026-03-03T12:00:00Z"), timeZone: utcZone)
    #expect(memory.entries.map(\.title) == ["Health secretary resigns"])
}

@Test func theStateFileIsTheSameForTheSameHistory() throws {
    let first = try TemporaryFolder(), second = try TemporaryFolder()
    for folder in [first, second] {
        _ = try run(folder, [storyA, storyB], on: day1)
        _ = try run(folder, [storyC, storyA], on: day2)
    }
    let a = try String(contentsOfFile: first.file(StoryMemory.fileName), encoding: .utf8)
    let b = try String(contentsOfFile: second.file(StoryMemory.fileName), encoding: .utf8)
    #expect(a == b)
    #expect(a.contains("\"first\" : \"2026-11-26\""))
}

@Test func storyKeysIgnoreAddressNoiseAndFallBackToTitleAndSource() {
    let key = { (title: String, source: String, url: String?) in StoryKey.key(for: article(title, source, url: url)) }
    #expect(key("x", "s", "https://www.Example.com/a/b/?utm_source=rss&id=3#top") == key("y", "t", "http://example.com/a/b?id=3"))
    #expect(key("x", "s", "https://example.com/a/b?id=3") != key("x", "s", "https://example.com/a/b?id=4"))
    #expect(key("Storm Alder: the latest", "Morning Courier", nil) == key("storm alder -- the LATEST", "morning courier", nil))
    #expect(key("Storm Alder: the latest", "Morning Courier", nil) != key("Storm Alder: the latest", "Island Times", nil))
    #expect(key("Storm", "Courier", "not a url") == key("Storm", "Courier", nil))
    #expect(key("Storm", "Courier", nil).hasPrefix("title:"))
}
