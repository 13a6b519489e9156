import Foundation
import Testing
@testable import Articles

@Suite struct HTMLExtractionTests {
    private func parse(_ html: String, origin: String = "page.html") throws(ArticlesError) -> Article {
        try HTMLArticleParser().parse(Data(html.utf8), origin: origin)
    }

    @Test func newsPageKeepsTheStoryInOrderAndNothingElse() throws {
        let article = try parse(PageFixtures.newsArticle)
        #expect(article.paragraphs == PageFixtures.newsArticleBody)
        let body = article.bodyText
        for furniture in ["cookies", "Sport", "Share on", "Photograph", "Read more", "Why the bridge cables",
                          "Sign up", "Related stories", "Council approves", "Great news", "waste of money",
                          "Most read", "Storm warning", "All rights reserved", "tracking", "not text", "By Maria"] {
            #expect(!body.contains(furniture), "body should not contain \(furniture)")
        }
    }

    @Test func newsPageMetadataComesFromOpenGraphAndJSONLD() throws {
        let article = try parse(PageFixtures.newsArticle)
        #expect(article.title == "Harbour bridge reopens after two years of repairs")
        #expect(article.byline == "Maria Lopez")
        #expect(article.published.map(ISO8601.format) == "2024-03-05T07:30:00Z")
        #expect(article.source == "The Daily Courier")
        #expect(article.url == "https://courier.example/news/harbour-bridge-reopens")
        #expect(article.origin == "page.html")
    }

    @Test func legacyTableLayoutYieldsTheStoryWithoutNavigationOrAdverts() throws {
        let article = try parse(PageFixtures.legacyLayout)
        #expect(article.title == "Turnout rises in valley council election")
        #expect(article.byline == "Peter Hall")
        #expect(article.published.map(ISO8601.format) == "2023-11-02T00:00:00Z")
        #expect(article.paragraphs.count == 3)
        #expect(article.paragraphs.first?.hasPrefix("Turnout in the valley council election rose to 48 per cent") == true)
        #expect(article.paragraphs.last?.hasSuffix("for the first time in the council's history.") == true)
        let body = article.bodyText
        for furniture in ["Home", "Archive", "Cheap flights", "Advertisement", "School roof", "Photo:", "High Street"] {
            #expect(!body.contains(furniture), "body should not contain \(furniture)")
        }
    }

    @Test func scriptRenderedPageFallsBackToStructuredData() throws {
        let article = try parse(PageFixtures.scriptRendered)
        #expect(article.title == "Rail strike called off after late-night talks")
        #expect(article.byline == "Sam Okafor")
        try #require(article.paragraphs.count == 3)
        #expect(article.paragraphs[1].hasPrefix("The agreement includes a pay rise of four per cent"))
        #expect(!article.bodyText.contains("enable JavaScript"))
    }

    @Test func splitStoryIsJoinedWithItsEmbeddedPostButNotTheNextStory() throws {
        let article = try parse(PageFixtures.splitStory)
        let body = article.bodyText
        #expect(body.contains("began three weeks earlier than usual"))
        #expect(body.contains("banned barbecues in forests"))
        #expect(body.contains("Crews are working through the night"))
        #expect(!body.contains("west wing"))
        #expect(!body.contains("medieval wall"))
        // Reading order is the page's order.
        let first = try #require(body.range(of: "three weeks earlier"))
        let second = try #require(body.range(of: "banned barbecues"))
        #expect(first.lowerBound < second.lowerBound)
    }

    @Test func titleLosesTheSiteSuffix() {
        #expect(PageMetadata.cleanTitle("Storm hits coast | Coast News", siteName: "Coast News") == "Storm hits coast")
        #expect(PageMetadata.cleanTitle("Coast News - Storm hits coast tonight", siteName: "Coast News") == "Storm hits coast tonight")
        #expect(PageMetadata.cleanTitle("Storm hits the coast again tonight - Coast News", siteName: nil) == "Storm hits the coast again tonight")
        #expect(PageMetadata.cleanTitle("Is the air bar real? - Coast News", siteName: "coastnews.example") == "Is the air bar real?")
        // A dash inside a headline is not a separator when nothing names a site.
        #expect(PageMetadata.cleanTitle("Prices rise - and keep rising across the region", siteName: nil)
                == "Prices rise - and keep rising across the region")
    }

    @Test func entitiesAndSpacesAreNormalized() throws {
        let html = """
            <html><body><article><h1>Entities</h1>
            <p>Fish&nbsp;&amp;&nbsp;chips cost &pound;9 &mdash; &quot;too much&quot;, said&#160;one   diner,
               who&#x2019;d waited &hellip; an hour.</p>
            <p>Second paragraph of the story, long enough to count as text for the extractor to keep.</p>
            </article></body></html>
            """
        let article = try parse(html)
        #expect(article.paragraphs.first == "Fish & chips cost \u{00A3}9 \u{2014} \"too much\", said one diner, who\u{2019}d waited \u{2026} an hour.")
    }

    @Test func pageWithoutTextIsAnErrorNotAnEmptyArticle() {
        let html = "<html><head><title>Gallery</title></head><body><nav><a href='/'>Home</a></nav><img src='a.jpg'></body></html>"
        #expect(throws: ArticlesError.self) { try parse(html) }
        do {
            _ = try parse(html, origin: "gallery.html")
        } catch {
            #expect(error.description == "gallery.html: no article text found in the page")
        }
    }

    @Test func captionsCreditsAndTeasersInsideTheStoryAreDropped() throws {
        let html = """
            <html><body><div class="post-content">
            <p>The council voted on Monday to close the old library building and move its collection to the new civic centre by the end of the year.</p>
            <div class="wp-caption"><img src="x.jpg"><p class="wp-caption-text">The old library on Main Street. Image: Archive</p></div>
            <p>RELATED: <a href="/x">Civic centre opening delayed again</a></p>
            <p>Advertisement</p>
            <p>Councillors said the move would save about two hundred thousand pounds a year in heating and maintenance costs for the town.</p>
            <div class="social-share"><a href="#">Tweet</a><a href="#">Email</a></div>
            </div></body></html>
            """
        let article = try parse(html)
        #expect(article.paragraphs.count == 2)
        #expect(!article.bodyText.contains("old library on Main Street"))
        #expect(!article.bodyText.contains("RELATED"))
        #expect(!article.bodyText.contains("Advertisement"))
    }

    @Test func storyHeaderAndFooterAreNotBodyText() throws {
        let html = """
            <html><body><article>
            <header><h1>Orchestra names new conductor</h1><p class="article__standfirst">The appointment ends a two-year search for a successor</p><p>By Lena Fischer</p><p>12 May 2024</p></header>
            <p>The city orchestra has named Aiko Tanaka as its next principal conductor, the first woman to hold the post in its ninety-year history.</p>
            <p>Tanaka, who is thirty-eight, will take up the role next season and has signed a five-year contract, the orchestra said.</p>
            <footer><p>Filed under: Music, Culture</p><p>Share this story</p></footer>
            </article></body></html>
            """
        let article = try parse(html)
        #expect(article.paragraphs.count == 2)
        #expect(article.paragraphs.allSatisfy { !$0.contains("Lena Fischer") && !$0.contains("Filed under") })
        #expect(article.subtitle == "The appointment ends a two-year search for a successor")
    }
}
