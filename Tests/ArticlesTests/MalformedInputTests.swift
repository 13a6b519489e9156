import Foundation
import TestSupport
import Testing
@testable import Articles

/// Broken input must give an article or a clear error, never a crash or a hang.
@Suite struct MalformedInputTests {
    private let body = "The ferry service to the islands resumed on Sunday after a week of storms kept boats in port, the operator said in a statement."

    @Test func unclosedAndStrayTagsStillYieldTheText() throws {
        let html = "<html><body><div class=content><p>\(body)<p>\(body) again</div></span></b><p>Third <b>bold <i>nested</b> text</i> that is long enough to be a paragraph of the story.</body>"
        let article = try HTMLArticleParser().parse(Data(html.utf8), origin: "broken.html")
        #expect(article.paragraphs.count == 3)
        #expect(article.paragraphs[0] == body)
        #expect(article.paragraphs[2] == "Third bold nested text that is long enough to be a paragraph of the story.")
    }

    @Test func unterminatedCommentScriptAndAttribute() {
        for html in [
            "<html><body><p>\(body)</p><!-- never closed <p>hidden</p>",
            "<html><body><p>\(body)</p><script>var x = '<p>",
            "<html><body><p class=\"a>\(body)</p>",
            "<p>\(body)</p><style>p { color: red }",
        ] {
            // Either outcome is fine; what matters is a clean return.
            let result = Result { () throws(ArticlesError) -> Article in try HTMLArticleParser().parse(Data(html.utf8), origin: "x") }
            if case .success(let article) = result { #expect(!article.bodyText.contains("hidden")) }
        }
    }

    @Test func deeplyNestedMarkupDoesNotExhaustTheStack() throws {
        let depth = 20_000
        let html = String(repeating: "<div>", count: depth) + "<p>\(body)</p>" + String(repeating: "</div>", count: depth)
        let article = try HTMLArticleParser().parse(Data(html.utf8), origin: "deep.html")
        #expect(article.paragraphs == [body])
    }

    @Test func binaryGarbageAndEmptyInputGiveErrors() {
        var generator = SplitMix(seed: 42)
        let garbage = Data((0..<50_000).map { _ in UInt8(truncatingIfNeeded: generator.next()) })
        for data in [garbage, Data(), Data("   \n ".utf8), Data([0, 0, 0, 0])] {
            let result = Result { () throws(ArticlesError) -> Article in try HTMLArticleParser().parse(data, origin: "junk") }
            if case .success(let article) = result { #expect(!article.paragraphs.isEmpty) }
        }
    }

    @Test func randomMutationsOfARealPageNeverCrash() {
        var generator = SplitMix(seed: 7)
        let base = Array(PageFixtures.newsArticle.utf8)
        for _ in 0..<40 {
            var bytes = base
            for _ in 0..<60 {
                let i = Int(generator.next() % UInt64(bytes.count))
                switch generator.next() % 3 {
                case 0: bytes[i] = UInt8(truncatingIfNeeded: generator.next())
                case 1: bytes.remove(at: i)
                default: bytes.insert(Array("<>&\"'/=".utf8)[Int(generator.next() % 7)], at: i)
                }
            }
            _ = try? HTMLArticleParser().parse(Data(bytes), origin: "mutant")
            _ = try? FeedParser().parse(Data(bytes), origin: "mutant")
        }
    }

    @Test func malformedFeedRecoversOrFailsClearly() {
        let feed = """
            <?xml version="1.0"?><rss version="2.0"><channel><title>Broken & Co</title>
            <item><title>First story</title><link>https://example.com/1?a=1&b=2</link><description>An unescaped & ampersand and <b>bold</i> text about the first story.</description></item>
            <item><title>Second story</title><description>Cut off here
            """
        let result = Result { () throws(ArticlesError) -> [Article] in try FeedParser().parse(Data(feed.utf8), origin: "broken.xml") }
        switch result {
        case .success(let articles):
            #expect(articles.first?.title == "First story")
        case .failure(let error):
            #expect(error.source == "broken.xml")
            #expect(!error.reason.isEmpty)
        }
    }

    @Test func notXMLAtAllIsAClearFeedError() {
        #expect(throws: ArticlesError.self) { try FeedParser().parse(Data("<rss><<<>>>".utf8), origin: "bad.rss") }
    }
}

