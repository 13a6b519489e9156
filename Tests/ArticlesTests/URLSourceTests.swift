import Foundation
import Testing
@testable import Articles

/// URL sources against a local server the tests start and stop themselves.
@Suite struct URLSourceTests {
    private static func html(_ s: String) -> LocalHTTPServer.Response {
        LocalHTTPServer.Response(headers: ["Content-Type": "text/html; charset=utf-8"], body: Data(s.utf8))
    }

    private static func makeServer() throws -> LocalHTTPServer {
        let teaserFeed = """
            <?xml version="1.0"?><rss version="2.0"><channel><title>Local Wire</title>
            <item><title>Harbour bridge reopens</title><link>/article.html</link><description>The bridge reopened on Tuesday…</description></item>
            <item><title>Missing page</title><link>/missing</link><description>This one links nowhere…</description></item>
            </channel></rss>
            """
        let latin1Page = "<html><body><article><p>Caf\u{E9} prices rose again this winter, owners in the old town told the council on Monday.</p></article></body></html>"
        return try LocalHTTPServer(routes: [
            "/article.html": { _ in html(PageFixtures.newsArticle) },
            "/feed.xml": { _ in LocalHTTPServer.Response(headers: ["Content-Type": "application/rss+xml"], body: Data(teaserFeed.utf8)) },
            "/redirect": { _ in LocalHTTPServer.Response(status: 302, headers: ["Location": "/article.html"]) },
            "/loop": { _ in LocalHTTPServer.Response(status: 302, headers: ["Location": "/loop"]) },
            "/slow": { _ in LocalHTTPServer.Response(body: Data("<p>late</p>".utf8), delay: 4) },
            "/big": { _ in LocalHTTPServer.Response(headers: ["Content-Type": "text/html"], body: Data(String(repeating: "<p>x</p>", count: 20_000).utf8)) },
            "/latin1": { _ in LocalHTTPServer.Response(headers: ["Content-Type": "text/html; charset=ISO-8859-1"], body: latin1Page.data(using: .isoLatin1) ?? Data()) },
            "/gzip": { _ in
                LocalHTTPServer.Response(
                    headers: ["Content-Type": "text/html; charset=utf-8", "Content-Encoding": "gzip"],
                    body: Gzip.stored(Data(PageFixtures.newsArticle.utf8)))
            },
            "/unsized-big": { _ in
                LocalHTTPServer.Response(
                    headers: ["Content-Type": "text/html"], body: Data(String(repeating: "<p>x</p>", count: 20_000).utf8),
                    sendsLength: false)
            },
            "/to-file": { _ in LocalHTTPServer.Response(status: 302, headers: ["Location": "file:///etc/passwd"]) },
            "/agent": { request in html("<html><body><article><p>\(request.split(separator: "\r\n").first { $0.lowercased().hasPrefix("user-agent:") } ?? "none") — the agent line is echoed back so the test can read it.</p></article></body></html>") },
        ])
    }

    private let options = SourceOptions(maxBytes: 100_000, timeout: 1, maxRedirects: 3)

    /// The error loading `source` fails with; nil when it loads.
    private func failure(_ source: String, options: SourceOptions? = nil) -> ArticlesError? {
        do {
            _ = try ArticleLoader(options: options ?? self.options).load(source)
            return nil
        } catch {
            return error
        }
    }

    @Test func articleURLIsFetchedAndExtracted() throws {
        let server = try Self.makeServer()
        defer { server.stop() }
        let articles = try ArticleLoader(options: options).load(server.url("/article.html"))
        #expect(articles.first?.paragraphs == PageFixtures.newsArticleBody)
        #expect(articles.first?.origin == server.url("/article.html"))
    }

    @Test func redirectsAreFollowedWithinTheLimit() throws {
        let server = try Self.makeServer()
        defer { server.stop() }
        let articles = try ArticleLoader(options: options).load(server.url("/redirect"))
        #expect(articles.first?.title == "Harbour bridge reopens after two years of repairs")
        // A redirect loop must fail.
        #expect(failure(server.url("/loop"))?.reason == "too many redirects (more than 3)")
    }

    @Test func redirectEndsAtTheFinalAddressWithItsContentType() throws {
        let server = try Self.makeServer()
        defer { server.stop() }
        let resource = try HTTPFetcher(options: options).fetch(try #require(URL(string: server.url("/redirect"))))
        #expect(resource.finalURL.absoluteString == server.url("/article.html"))
        #expect(resource.contentType == "text/html; charset=utf-8")
        #expect(resource.data == Data(PageFixtures.newsArticle.utf8))
    }

    @Test func redirectToAnotherSchemeIsRefused() throws {
        let server = try Self.makeServer()
        defer { server.stop() }
        // A redirect to file:// must fail.
        #expect(failure(server.url("/to-file"))?.reason == "the server redirected to an address that is not http or https")
    }

    @Test func gzipEncodedPageIsDecoded() throws {
        let server = try Self.makeServer()
        defer { server.stop() }
        let resource = try HTTPFetcher(options: options).fetch(try #require(URL(string: server.url("/gzip"))))
        #expect(resource.data == Data(PageFixtures.newsArticle.utf8))
        let articles = try ArticleLoader(options: options).load(server.url("/gzip"))
        #expect(articles.first?.paragraphs == PageFixtures.newsArticleBody)
    }

    @Test func unreachableServersAreNamed() throws {
        // A closed port must fail.
        #expect(failure("http://127.0.0.1:1/")?.reason == "cannot connect to the server")
        var patient = options
        patient.timeout = 10  // a slow resolver must not turn this into a timeout
        // A name that cannot resolve must fail.
        #expect(failure("http://briefing-test.invalid/", options: patient)?.reason == "cannot find the server briefing-test.invalid")
    }

    @Test func slowServerTimesOut() throws {
        let server = try Self.makeServer()
        defer { server.stop() }
        let start = ContinuousClock.now
        // A server slower than the timeout must fail.
        #expect(failure(server.url("/slow"))?.reason == "the server did not answer within 1 second")
        #expect(ContinuousClock.now - start < .seconds(4))
    }

    @Test func oversizedDownloadIsRefused() throws {
        let server = try Self.makeServer()
        defer { server.stop() }
        // A download over the limit must fail.
        #expect(failure(server.url("/big"))?.reason == "the download is larger than 97 KB")
        // A download over the limit must fail even when its size is not announced.
        #expect(failure(server.url("/unsized-big"))?.reason == "the download is larger than 97 KB")
    }

    @Test func notFoundIsReported() throws {
        let server = try Self.makeServer()
        defer { server.stop() }
        // A 404 must fail.
        #expect(failure(server.url("/missing"))?.description == "\(server.url("/missing")): the server answered HTTP 404 (Not Found)")
    }

    @Test func headerCharsetAndUserAgent() throws {
        let server = try Self.makeServer()
        defer { server.stop() }
        let latin = try ArticleLoader(options: options).load(server.url("/latin1"))
        #expect(latin.first?.paragraphs.first?.hasPrefix("Caf\u{E9} prices rose") == true)
        let agent = try ArticleLoader(options: options).load(server.url("/agent"))
        #expect(agent.first?.paragraphs.first?.contains(options.userAgent) == true)
    }

    @Test func feedURLWithTeasersIsCompletedOnlyWhenAsked() throws {
        let server = try Self.makeServer()
        defer { server.stop() }
        let plain = try ArticleLoader(options: options).load(server.url("/feed.xml"))
        #expect(plain.count == 2)
        #expect(plain[0].url == server.url("/article.html"))
        #expect(plain[0].paragraphs == ["The bridge reopened on Tuesday\u{2026}"])
        #expect(plain[0].source == "Local Wire")

        var fetching = options
        fetching.fetchArticles = true
        let full = try ArticleLoader(options: fetching).load(server.url("/feed.xml"))
        #expect(full[0].paragraphs == PageFixtures.newsArticleBody)
        #expect(full[0].title == "Harbour bridge reopens")  // the feed's own title is kept
        #expect(full[1].paragraphs == ["This one links nowhere\u{2026}"])  // a failed fetch keeps the teaser
    }

    @Test func offlineNeverTouchesTheNetwork() throws {
        let server = try Self.makeServer()
        defer { server.stop() }
        var offline = options
        offline.offline = true
        // Offline mode must refuse URLs.
        #expect(failure(server.url("/article.html"), options: offline)?.reason.contains("offline") == true)
    }
}
