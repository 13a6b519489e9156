import Foundation
import TestSupport
import Testing

@Suite struct ExtractEndToEndTests {
    @Test func textArticlePrintsAsJSONWithoutTheNoise() throws {
        let folder = try TemporaryFolder()
        let input = try folder.write("story.txt", storyText)
        let run = try BriefingBinary.run(["extract", input, "--json"])
        #expect(run.status == 0, "\(run.stderr)")
        let articles = try #require(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        let article = try #require(articles.first)
        #expect(article["title"] as? String == "Lighthouse keepers return to Fairhaven point")
        #expect(article["subtitle"] as? String == "The coastal trust says the light will be staffed for the first time since the 1980s")
        let paragraphs = try #require(article["paragraphs"] as? [String])
        #expect(paragraphs.count == 3)
        #expect(!paragraphs.joined().contains("Advertisement") && !paragraphs.joined().contains("Harbour repairs delayed"))
        for key in ["byline", "published", "source", "url"] { #expect(article.keys.contains(key)) }
    }

    @Test func webPageAndFeedInAFolderAreAllExtracted() throws {
        let folder = try TemporaryFolder()
        try folder.write("news/page.html", """
            <!DOCTYPE html><html><head><title>Dam opens after delays | The Valley Post</title>
            <meta property="og:site_name" content="The Valley Post">
            <meta property="article:published_time" content="2026-11-26T09:00:00Z"></head>
            <body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
            <article><h1>Dam opens after delays</h1>
            <p>The new dam on the river opened on Wednesday, two years later than planned, after a long dispute over costs between the council and its builders.</p>
            <figure><img src="dam.jpg"><figcaption>The dam at dawn. Photo: J. Smith</figcaption></figure>
            <p>Engineers said the reservoir would take about six months to fill, and that the town's water supply would be secure for the next fifty years.</p>
            </article><footer>© 2026 The Valley Post</footer></body></html>
            """)
        try folder.write("news/feed.xml", """
            <?xml version="1.0"?><rss version="2.0"><channel><title>Town Hall</title>
            <item><title>Budget agreed</title><link>https://example.com/budget</link>
            <description>&lt;p&gt;The council agreed its budget for next year on Tuesday night after a five-hour meeting.&lt;/p&gt;</description></item>
            </channel></rss>
            """)
        let run = try BriefingBinary.run(["extract", folder.file("news"), "--json", "--offline"])
        #expect(run.status == 0, "\(run.stderr)")
        let articles = try #require(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        #expect(articles.compactMap { $0["title"] as? String }.sorted() == ["Budget agreed", "Dam opens after delays"])
        let page = try #require(articles.first { $0["title"] as? String == "Dam opens after delays" })
        #expect(page["source"] as? String == "The Valley Post")
        #expect(page["published"] as? String == "2026-11-26T09:00:00Z")
        let text = (page["paragraphs"] as? [String] ?? []).joined(separator: " ")
        #expect(text.contains("six months to fill") && !text.contains("Photo: J. Smith") && !text.contains("Home"))
    }

    @Test func unreadableSourceIsAnErrorLineAndOthersStillPrint() throws {
        let folder = try TemporaryFolder()
        let good = try folder.write("good.txt", storyText)
        let run = try BriefingBinary.run(["extract", folder.file("missing.txt"), good])
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("error: ") && run.stderr.contains("missing.txt"))
        #expect(run.stdout.contains("Lighthouse keepers return to Fairhaven point"))
    }
}
