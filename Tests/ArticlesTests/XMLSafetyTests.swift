import Foundation
import Testing
@testable import Articles

@Suite struct XMLSafetyTests {
    @Test func billionLaughsIsRefusedQuickly() throws {
        var lines = ["<?xml version=\"1.0\"?>", "<!DOCTYPE rss [", "<!ENTITY lol \"lol\">"]
        for level in 1...9 {
            let previous = level == 1 ? "lol" : "lol\(level - 1)"
            lines.append("<!ENTITY lol\(level) \"" + String(repeating: "&\(previous);", count: 10) + "\">")
        }
        lines.append("]>")
        lines.append("<rss version=\"2.0\"><channel><title>&lol9;</title><item><title>&lol9;</title></item></channel></rss>")
        let data = Data(lines.joined(separator: "\n").utf8)
        let start = ContinuousClock.now
        do {
            _ = try FeedParser().parse(data, origin: "lol.xml")
            Issue.record("a billion-laughs document must be refused")
        } catch {
            #expect(error.source == "lol.xml")
            #expect(error.reason.contains("entities"))
        }
        #expect(ContinuousClock.now - start < .seconds(1))
    }

    @Test func externalEntityIsNeverResolved() throws {
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [ <!ENTITY secret SYSTEM "file:///etc/hostname"> ]>
            <rss version="2.0"><channel><title>x</title><item><title>&secret;</title><description>body text here</description></item></channel></rss>
            """
        #expect(throws: ArticlesError.self) { try FeedParser().parse(Data(xml.utf8), origin: "xxe.xml") }
    }

    @Test func externalDTDIsNotLoaded() throws {
        // A DOCTYPE without an internal subset is allowed, but its DTD is never fetched.
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE rss SYSTEM "http://127.0.0.1:9/never.dtd">
            <rss version="2.0"><channel><title>Plain</title><item><title>Item</title><description>Body of the item.</description></item></channel></rss>
            """
        let articles = try FeedParser().parse(Data(xml.utf8), origin: "dtd.xml")
        #expect(articles.first?.title == "Item")
    }

    @Test func entitiesInsideContentAreNotMistakenForDeclarations() throws {
        let xml = """
            <?xml version="1.0"?>
            <rss version="2.0"><channel><title>XML tips</title><item><title>Entity basics</title>
            <description>Write &lt;!ENTITY name "value"&gt; inside a DOCTYPE to declare an entity.</description></item></channel></rss>
            """
        let articles = try FeedParser().parse(Data(xml.utf8), origin: "tips.xml")
        #expect(articles.first?.paragraphs.first?.contains("inside a DOCTYPE") == true)
    }

    @Test func htmlWithEntityDeclarationsDoesNotExpand() throws {
        var lines = ["<!DOCTYPE html [", "<!ENTITY a \"aaaaaaaaaa\">"]
        for level in 1...8 { lines.append("<!ENTITY a\(level) \"" + String(repeating: "&a\(level == 1 ? "" : String(level - 1));", count: 10) + "\">") }
        lines.append("]><html><body><p>Harmless paragraph that mentions &a8; and is long enough to count as text.</p></body></html>")
        let start = ContinuousClock.now
        let article = try? HTMLArticleParser().parse(Data(lines.joined(separator: "\n").utf8), origin: "lol.html")
        #expect(ContinuousClock.now - start < .seconds(1))
        #expect((article?.bodyText.count ?? 0) < 10_000)
    }
}
