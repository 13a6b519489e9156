import Foundation
import TestSupport
import Testing
@testable import Articles

@Suite struct SourceLoadingTests {
    static let note = "# Short note\n\nA plain text article with a single paragraph of body text."

    @Test func folderListingIsSortedRecursiveAndSkipsHiddenFiles() throws {
        let folder = try TemporaryFolder()
        try folder.write("b.html", PageFixtures.newsArticle)
        try folder.write("a/feed.xml", FeedTests.rss)
        try folder.write("a/z/note.md", Self.note)
        try folder.write(".hidden.html", PageFixtures.newsArticle)
        try folder.write(".git/HEAD.txt", "ref")
        try folder.write("photo.jpg", Data([0xFF, 0xD8, 0xFF, 0x00]))
        try folder.write("NOTES", "Plain text without an extension is read as text.")
        try folder.write("README.md", "A folder's README is not news and is passed over.")
        let listing = try ArticleLoader().articleFiles(in: folder.path)
        #expect(listing.files.map(\.relativePath) == ["NOTES", "a/feed.xml", "a/z/note.md", "b.html"])
        #expect(listing.files.allSatisfy { FileManager.default.fileExists(atPath: $0.path) })
        #expect(listing.unsupported.count == 1)
        #expect(listing.unsupported.first?.source.hasSuffix("photo.jpg") == true)
        #expect(listing.unsupported.first?.reason.contains("unsupported file type (.jpg)") == true)
    }

    @Test func linkedFilesAreReadButLinkedFoldersAreNotFollowed() throws {
        let folder = try TemporaryFolder()
        let note = try folder.write("notes/note.md", Self.note)
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/linked.md", withDestinationPath: note)
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/notes/loop", withDestinationPath: folder.path)
        let listing = try ArticleLoader().articleFiles(in: folder.path)
        #expect(listing.files.map(\.relativePath) == ["linked.md", "notes/note.md"])
        #expect(listing.unsupported.isEmpty)
    }

    @Test func aBrokenLinkIsReportedNotSkipped() throws {
        let folder = try TemporaryFolder()
        try folder.write("note.md", Self.note)
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/gone.md", withDestinationPath: folder.path + "/moved-away.md")
        let listing = try ArticleLoader().articleFiles(in: folder.path)
        #expect(listing.files.map(\.relativePath) == ["note.md"])
        #expect(listing.unsupported.map(\.description) == [folder.path + "/gone.md: broken link (No such file or directory)"])
    }

    @Test func batchReadsEverythingAndReportsEachFailure() throws {
        let folder = try TemporaryFolder()
        try folder.write("1-page.html", PageFixtures.newsArticle)
        try folder.write("2-empty.html", "<html><body><nav>Home</nav></body></html>")
        try folder.write("3-feed.rss", FeedTests.rss)
        try folder.write("4-photo.png", Data([0x89, 0x50, 0x4E, 0x47, 0]))
        let report = ArticleLoader(options: SourceOptions(offline: true)).loadAll([folder.path, "/no/such/file.html", "https://example.com/x"])
        #expect(report.loaded.map(\.relativePath) == ["1-page.html", "3-feed.rss"])
        #expect(report.articles.count == 3)
        #expect(report.loaded[1].articles.map(\.title) == ["Lifeboat crew rescues three walkers", "Harbour fees to rise"])
        let reasons = report.failures.map(\.description)
        #expect(reasons.count == 4)
        #expect(reasons.contains { $0.hasSuffix("2-empty.html: no article text found in the page") })
        #expect(reasons.contains { $0.contains("4-photo.png: unsupported file type") })
        #expect(reasons.contains("/no/such/file.html: no such file"))
        #expect(reasons.contains { $0.hasPrefix("https://example.com/x:") && $0.contains("offline") })
    }

    @Test func strictLoadOfAFolderFailsOnABadFile() throws {
        let folder = try TemporaryFolder()
        try folder.write("good.md", Self.note)
        try folder.write("bad.png", Data([0x89, 0x50]))
        #expect(throws: ArticlesError.self) { try ArticleLoader().load(folder.path) }
    }

    @Test func formatIsDetectedFromContentNotExtension() throws {
        let folder = try TemporaryFolder()
        let feedAsText = try folder.write("feed.txt", FeedTests.rss)
        let pageWithoutExtension = try folder.write("page", PageFixtures.newsArticle)
        let markdownAsHTML = try folder.write("note.html", Self.note)
        let loader = ArticleLoader()
        #expect(try loader.load(feedAsText).count == 2)
        #expect(try loader.load(pageWithoutExtension).first?.paragraphs == PageFixtures.newsArticleBody)
        #expect(try loader.load(markdownAsHTML).first?.title == "Short note")
        #expect(SourceFormat.detect(Data("[Update] The council met again tonight.".utf8), pathExtension: "txt") == .text)
        #expect(SourceFormat.detect(Data("  <?xml version='1.0'?><!-- c --><feed xmlns='x'>".utf8)) == .atom)
        #expect(SourceFormat.detect(Data("<!DOCTYPE html><html>".utf8)) == .html)
        #expect(SourceFormat.detect(Data("{\"version\":\"https://jsonfeed.org/version/1.1\",\"items\":[]}".utf8)) == .jsonFeed)
    }

    @Test func oversizedInputIsRefused() throws {
        let folder = try TemporaryFolder()
        let big = try folder.write("big.html", String(repeating: "<p>word</p>", count: 2000))
        let loader = ArticleLoader(options: SourceOptions(maxBytes: 10_000))
        do {
            _ = try loader.load(big)
            Issue.record("a file over the limit must be refused")
        } catch {
            #expect(error.description == "\(big): file is larger than 9 KB")
        }
    }

    @Test func articleJSONRoundTrips() throws {
        let article = try HTMLArticleParser().parse(Data(PageFixtures.newsArticle.utf8), origin: "p.html")
        let folder = try TemporaryFolder()
        let encoder = JSONEncoder()
        let path = try folder.write("articles.json", try encoder.encode([article]))
        let loaded = try ArticleLoader().load(path)
        #expect(loaded.count == 1)
        #expect(loaded[0].title == article.title)
        #expect(loaded[0].paragraphs == article.paragraphs)
        #expect(loaded[0].published == article.published)
        #expect(loaded[0].origin == path)
    }

    @Test func unknownJSONIsAClearError() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("data.json", "{\"temperature\": 21}")
        do {
            _ = try ArticleLoader().load(path)
            Issue.record("arbitrary JSON is not an article")
        } catch {
            #expect(error.source == path)
        }
    }
}
