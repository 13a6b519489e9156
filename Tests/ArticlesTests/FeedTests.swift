import Foundation
import Testing
@testable import Articles

@Suite struct FeedTests {
    static let rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
        <channel>
          <title>Coast &amp; Country News</title>
          <link>https://coast.example/</link>
          <atom:link href="https://coast.example/feed" rel="self" type="application/rss+xml"/>
          <item>
            <title>Lifeboat crew rescues &lt;i&gt;three&lt;/i&gt; walkers</title>
            <link>https://coast.example/news/lifeboat-rescue</link>
            <dc:creator><![CDATA[Jo Reid]]></dc:creator>
            <pubDate>Tue, 05 Mar 2024 18:45:00 +0000</pubDate>
            <description>Three walkers were rescued&#8230;</description>
            <content:encoded><![CDATA[
              <figure><img src="boat.jpg"><figcaption>The lifeboat returning to harbour. Photo: RNLI</figcaption></figure>
              <p>Three walkers cut off by the tide were rescued by the volunteer lifeboat crew on Tuesday evening, the coastguard said.</p>
              <p><strong>Read more:</strong> <a href="https://coast.example/tides">How to read a tide table</a></p>
              <p>The group had been exploring caves below the cliffs when the water rose faster than they expected &ndash; a common mistake, the crew said.</p>
              <p>All three were checked by paramedics and did not need hospital treatment.</p>
            ]]></content:encoded>
          </item>
          <item>
            <title>Harbour fees to rise</title>
            <link>/news/harbour-fees</link>
            <author>editor@coast.example (Sam Hale)</author>
            <pubDate>Mon, 04 Mar 2024 09:00:00 GMT</pubDate>
            <description>&lt;p&gt;Mooring fees will rise by 5% in April, the harbour board said &amp;mdash; the first rise in three years.&lt;/p&gt;&lt;p&gt;Fishing boats are exempt.&lt;/p&gt;</description>
          </item>
        </channel></rss>
        """

    @Test func rssItemsBecomeArticlesWithCleanedHTML() throws {
        let articles = try FeedParser().parse(Data(Self.rss.utf8), origin: "https://coast.example/feed")
        #expect(articles.count == 2)
        let first = articles[0]
        #expect(first.title == "Lifeboat crew rescues three walkers")
        #expect(first.byline == "Jo Reid")
        #expect(first.source == "Coast & Country News")
        #expect(first.url == "https://coast.example/news/lifeboat-rescue")
        #expect(first.published.map(ISO8601.format) == "2024-03-05T18:45:00Z")
        #expect(first.paragraphs == [
            "Three walkers cut off by the tide were rescued by the volunteer lifeboat crew on Tuesday evening, the coastguard said.",
            "The group had been exploring caves below the cliffs when the water rose faster than they expected \u{2013} a common mistake, the crew said.",
            "All three were checked by paramedics and did not need hospital treatment.",
        ])
    }

    @Test func rssEscapedHTMLDescriptionAndRelativeLink() throws {
        let articles = try FeedParser().parse(Data(Self.rss.utf8), origin: "https://coast.example/feed")
        let second = articles[1]
        #expect(second.paragraphs == [
            "Mooring fees will rise by 5% in April, the harbour board said \u{2014} the first rise in three years.",
            "Fishing boats are exempt.",
        ])
        #expect(second.byline == "Sam Hale")
        #expect(second.url == "https://coast.example/news/harbour-fees")
        #expect(second.published.map(ISO8601.format) == "2024-03-04T09:00:00Z")
    }

    @Test func atomTextHTMLAndXHTMLContent() throws {
        let atom = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title type="text">Science Desk</title>
              <entry>
                <title type="html">Comet &amp;amp; moon seen together</title>
                <link rel="alternate" href="https://science.example/comet"/>
                <author><name>Lee Chan</name></author>
                <published>2024-04-08T21:10:00+02:00</published>
                <updated>2024-04-09T08:00:00Z</updated>
                <summary type="text">A short summary.</summary>
                <content type="html">&lt;p&gt;Observers across Europe saw the comet pass close to the moon on Monday night, a sight that will not recur for decades.&lt;/p&gt;&lt;p class="credit"&gt;Image: Observatory&lt;/p&gt;</content>
              </entry>
              <entry>
                <title>Glacier retreat measured</title>
                <link href="https://science.example/glacier"/>
                <updated>2024-04-07T10:00:00Z</updated>
                <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>The glacier has retreated by <em>forty metres</em> since last spring, survey teams reported.</p><figure><figcaption>Survey markers on the ice.</figcaption></figure><p>Meltwater lakes have doubled in number.</p></div></content>
              </entry>
              <entry>
                <title>Plain text entry</title>
                <link href="https://science.example/plain"/>
                <content type="text">Line one of a plain &lt;b&gt; text body &amp; more.</content>
              </entry>
            </feed>
            """
        let articles = try FeedParser().parse(Data(atom.utf8), origin: "science.atom")
        #expect(articles.count == 3)
        #expect(articles[0].title == "Comet & moon seen together")
        #expect(articles[0].byline == "Lee Chan")
        #expect(articles[0].source == "Science Desk")
        #expect(articles[0].published.map(ISO8601.format) == "2024-04-08T19:10:00Z")
        #expect(articles[0].paragraphs == ["Observers across Europe saw the comet pass close to the moon on Monday night, a sight that will not recur for decades."])
        #expect(articles[1].paragraphs == [
            "The glacier has retreated by forty metres since last spring, survey teams reported.",
            "Meltwater lakes have doubled in number.",
        ])
        #expect(articles[1].published.map(ISO8601.format) == "2024-04-07T10:00:00Z")
        #expect(articles[2].paragraphs == ["Line one of a plain <b> text body & more."])
    }

    @Test func jsonFeedItems() throws {
        let json = """
            {"version":"https://jsonfeed.org/version/1.1","title":"Daily Bytes","home_page_url":"https://bytes.example/",
             "items":[
              {"id":"1","url":"https://bytes.example/1","title":"Chip plant opens","date_published":"2024-05-02T10:00:00-04:00",
               "authors":[{"name":"Ravi Patel"}],
               "content_html":"<p>A new chip plant opened on Thursday, creating 900 jobs.</p><figure><figcaption>The plant. Photo: Co</figcaption></figure><p>Production starts in June &amp; will ramp up through the year.</p>",
               "summary":"A new plant."},
              {"id":"2","title":"Text only","content_text":"First paragraph of a text item.\\n\\nSecond paragraph."}
             ]}
            """
        let articles = try FeedParser().parse(Data(json.utf8), origin: "feed.json")
        #expect(articles.count == 2)
        #expect(articles[0].title == "Chip plant opens")
        #expect(articles[0].byline == "Ravi Patel")
        #expect(articles[0].source == "Daily Bytes")
        #expect(articles[0].published.map(ISO8601.format) == "2024-05-02T14:00:00Z")
        #expect(articles[0].paragraphs == [
            "A new chip plant opened on Thursday, creating 900 jobs.",
            "Production starts in June & will ramp up through the year.",
        ])
        #expect(articles[1].paragraphs == ["First paragraph of a text item.", "Second paragraph."])
    }

    @Test func rss1RDFFeed() throws {
        let rdf = """
            <?xml version="1.0"?>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel rdf:about="https://old.example/"><title>Old Feed</title></channel>
              <item rdf:about="https://old.example/a"><title>An RSS 1.0 item</title><link>https://old.example/a</link>
                <description>Body of the item in an RSS 1.0 feed, long enough to read.</description><dc:date>2003-06-10T04:00:00Z</dc:date></item>
            </rdf:RDF>
            """
        let articles = try FeedParser().parse(Data(rdf.utf8), origin: "old.rdf")
        #expect(articles.count == 1)
        #expect(articles[0].source == "Old Feed")
        #expect(articles[0].published.map(ISO8601.format) == "2003-06-10T04:00:00Z")
        #expect(articles[0].paragraphs == ["Body of the item in an RSS 1.0 feed, long enough to read."])
    }

    @Test func itemHTMLLosesRelatedLinksUnlessItIsARoundup() throws {
        let json = """
            {"version":"https://jsonfeed.org/version/1.1","title":"T","items":[
             {"id":"1","title":"Story","content_html":"<p>The museum will close for a month from June while the roof is repaired, staff said on Friday.</p><p>Related posts:</p><ul><li><a href='/a'>Museum wins award for its new gallery</a></li><li><a href='/b'>Roof appeal reaches its target</a></li><li><a href='/c'>Summer opening hours announced</a></li></ul>"},
             {"id":"2","title":"Links of the week","content_html":"<ul><li><a href='/x'>A long read about the history of the harbour and its cranes</a></li><li><a href='/y'>Photos from the winter swim on New Year's Day</a></li></ul>"}
            ]}
            """
        let articles = try FeedParser().parse(Data(json.utf8), origin: "feed.json")
        #expect(articles[0].paragraphs == ["The museum will close for a month from June while the roof is repaired, staff said on Friday."])
        #expect(articles[1].paragraphs == [
            "A long read about the history of the harbour and its cranes",
            "Photos from the winter swim on New Year's Day",
        ])
    }

    @Test func teasersAreRecognized() throws {
        let entries = try FeedParser().entries(Data(Self.rss.utf8), origin: "https://coast.example/feed")
        #expect(entries.allSatisfy { $0.isTeaser })  // both bodies are short
        #expect(FeedText.isTeaser([String(repeating: "word ", count: 200)]) == false)
        #expect(FeedText.isTeaser([String(repeating: "word ", count: 200) + "[…]"]) == true)
    }

    @Test func feedWithNonUTF8EncodingDeclared() throws {
        let xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel><title>Caf\u{E9} Journal</title><item><title>Cr\u{E8}me br\u{FB}l\u{E9}e</title><description>D\u{E9}j\u{E0} vu at the caf\u{E9}.</description></item></channel></rss>"
        let data = try #require(xml.data(using: .isoLatin1))
        let articles = try FeedParser().parse(data, origin: "latin1.xml")
        #expect(articles.first?.title == "Cr\u{E8}me br\u{FB}l\u{E9}e")
        #expect(articles.first?.source == "Caf\u{E9} Journal")
        #expect(articles.first?.paragraphs == ["D\u{E9}j\u{E0} vu at the caf\u{E9}."])
    }
}
