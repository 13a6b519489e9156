import Foundation
import Testing
@testable import Articles

func fixture(_ name: String) throws -> String {
    let url = try #require(Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures"))
    return try String(contentsOf: url, encoding: .utf8)
}

@Suite struct PlainTextArticleParserTests {
    let parser = PlainTextArticleParser()

    @Test func savedPageKeepsTitleSubtitleAndEveryStorySentence() throws {
        let article = try parser.parse(fixture("harbour-saved-page.txt"), origin: "harbour.txt")
        #expect(article.title == "Port authority approves ‘final’ harbour expansion plan")
        #expect(article.subtitle == "The regional council says the new quay will be finished before the next winter storms")
        #expect(article.paragraphs == [
            "The port authority of Calderwick approved a plan on Thursday to extend the main harbour wall by 400 metres, according to a statement from the council. The decision follows three years of objections from fishing crews and residents of the old town.",
            "Work on the new quay will begin in March and finish no later than October 2026, the statement added. Engineers expect about 120 jobs to be created during construction.",
            "“We have listened to every objection,” harbour master Ellen Tarrant told reporters at a press conference on Thursday. “No, the fishing fleet will not lose its moorings,” she added.",
            "Residents have campaigned against the expansion since 2022, with similar petitions circulating for years.",
            "The council said the harbour handled 1.2 million tonnes of cargo last year.",
            "The expansion is expected to cost £48m.",
        ])
    }

    @Test func savedPageNoiseIsGone() throws {
        let text = try parser.parse(fixture("harbour-saved-page.txt")).paragraphs.joined(separator: "\n")
        for noise in ["Read more", "Waves breaking", "Storm damage bill", "File photo", "Fishing quotas cut",
                      "READ MORE", "Advertisement", "Share this", "WhatsApp", "newsletter", "Most read",
                      "mayor resigns", "Reporting by", "comments", "©"] {
            #expect(!text.contains(noise), "\(noise) should have been removed")
        }
    }

    @Test func markdownArticleReadsHeadingStandfirstBylineDateAndBody() throws {
        let article = try parser.parse(fixture("markdown-article.md"))
        #expect(article.title == "City trials driverless buses on two routes")
        #expect(article.subtitle == "A six-month pilot starts on Monday with safety drivers on board")
        #expect(article.byline == "Priya Raman")
        #expect(article.published.map(ISO8601.format) == "2025-10-14T00:00:00Z")
        #expect(article.paragraphs == [
            "The city will run driverless buses on two suburban routes from Monday, the transport office said.",
            "Each bus carries a safety driver who can take control at any time.",
            "What passengers should know",
            "Fares are the same as on other buses.",
            "Services run every 20 minutes.",
        ])
    }

    @Test func frontMatterGivesMetadata() throws {
        let text = """
            ---
            title: "Bridge reopens after repairs"
            author: Sam Okafor
            date: 2025-03-02T08:30:00Z
            source: Riverside Post
            url: https://example.com/bridge
            ---
            The bridge reopened to traffic on Sunday morning.
            """
        let article = try parser.parse(text)
        #expect(article.title == "Bridge reopens after repairs")
        #expect(article.byline == "Sam Okafor")
        #expect(article.source == "Riverside Post")
        #expect(article.url == "https://example.com/bridge")
        #expect(article.published.map(ISO8601.format) == "2025-03-02T08:30:00Z")
        #expect(article.paragraphs == ["The bridge reopened to traffic on Sunday morning."])
    }

    @Test func hardWrappedLinesJoinIntoOneParagraph() throws {
        let article = try parser.parse("Title here\n\nThe first line of a paragraph\ncontinues on the next line.\n\nSecond paragraph.")
        #expect(article.paragraphs == ["The first line of a paragraph continues on the next line.", "Second paragraph."])
    }

    @Test func leadParagraphWithAFullStopIsBodyNotSubtitle() throws {
        let article = try parser.parse("Storm hits coast\n\nA storm hit the coast on Monday.\n\nPower was cut.")
        #expect(article.subtitle == nil)
        #expect(article.paragraphs.first == "A storm hit the coast on Monday.")
    }

    @Test(arguments: ["", "   \n\n  \n"])
    func emptyTextIsAnError(_ text: String) {
        #expect(throws: ArticlesError(source: "empty.txt", reason: "the article is empty")) {
            try parser.parse(text, origin: "empty.txt")
        }
    }

    @Test func titleWithoutBodyIsAnError() {
        #expect(throws: ArticlesError.self) { try parser.parse("Only a headline\n") }
    }

    @Test func windowsLineEndingsAndBOMAreHandled() throws {
        let article = try parser.parse("\u{FEFF}Headline\r\n\r\nBody text here.\r\n")
        #expect(article.title == "Headline")
        #expect(article.paragraphs == ["Body text here."])
    }
}

@Suite struct NoiseFilterTests {
    let filter = NoiseFilter()

    @Test(arguments: [
        "Advertisement", "ADVERTISEMENT", "Share this article", "Facebook Twitter LinkedIn", "Sign up for our newsletter",
        "Image caption", "Related: Ten things to know", "READ MORE: Markets fall", "12 comments", "Comments (34)",
        "© 2024 Example News", "Copyright 2024 Example Media Ltd", "![chart](chart.png)", "[Live updates](https://x.y/z)",
        "https://example.com/story", "(Reporting by Ann Lee; Editing by Bo Chan)", "File photo: a crowd in the square.",
    ])
    func noiseLinesAreRecognized(_ line: String) {
        #expect(filter.classify(line) != nil)
    }

    @Test(arguments: [
        "The company shared this article's findings with regulators on Monday.",
        "Twitter and Facebook both declined to comment on the report.",
        "Related cases were heard in the high court last year.",
        "He said 12 comments had been submitted to the inquiry.",
        "Read more about the plan in the council's published report, officials said.",
    ])
    func storySentencesAreKept(_ line: String) {
        #expect(filter.classify(line) == nil)
    }

    @Test func agencyCreditIsRemovedFromTheEndOfAParagraph() {
        #expect(filter.removingAgencyCredit("Shares rose 3%. (Reporting by Ann Lee; Editing by Bo Chan)") == "Shares rose 3%.")
        #expect(filter.removingAgencyCredit("Shares rose (slightly) on Monday.") == "Shares rose (slightly) on Monday.")
    }
}
