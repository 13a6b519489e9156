import Foundation
import Testing
@testable import Articles

@Suite struct TextLineTests {
    @Test(arguments: [
        ("\u{A0}text\u{3000}", "text"),                 // no-break and ideographic space
        ("\u{200B} zero width \u{200B}", "zero width"), // Foundation counts U+200B as whitespace
        ("\tTabbed text\t", "Tabbed text"),
        ("x\u{2003}\u{202F}\u{205F}\u{1680}", "x"),     // em, narrow no-break, math and Ogham spaces
        ("\u{2028}line separator", "\u{2028}line separator"),  // a line separator is not a blank
        ("\u{85}next line", "\u{85}next line"),
        (" \u{301}mark", "\u{301}mark"),                // scalars, not Characters, are trimmed
        ("\u{A0}\u{A0}", ""),
        ("", ""),
    ])
    func blanksAreTrimmedAsFoundationTrimsWhitespace(_ input: String, _ expected: String) {
        #expect(String(decoding: ArraySlice(input.utf8).trimmingBlanks(), as: UTF8.self) == expected)
        #expect(input.trimmingCharacters(in: .whitespaces) == expected)
    }

    @Test(arguments: ["Plain ASCII text.", "Café “quoted” – £5 · 10 €", "Ελλάδα, Москва, 東京, 서울", "ǅemal Ⱥ ß"])
    func latinGreekCyrillicAndCJKTextIsReadByteWise(_ text: String) {
        #expect(TextLine(text).isByteComparable)
    }

    @Test(arguments: [
        "Cafe\u{301}",            // combining acute: "e\u{301}" is one Character
        "Thumbs 👍🏽",            // emoji with a skin-tone modifier
        "Family 👨‍👩‍👧",           // zero-width joiners
        "Clic\u{212A} here",      // KELVIN SIGN lowercases to an ASCII "k"
        "İstanbul",               // lowercases to "i" and a combining dot
        "Question\u{37E}",        // GREEK QUESTION MARK is canonically ";"
        "हिन्दी",                  // Devanagari vowel signs and virama
    ])
    func textThatCharactersReadDifferentlyIsNotReadByteWise(_ text: String) {
        #expect(!TextLine(text).isByteComparable)
    }
}

/// The byte-wise rules and `CharacterRules` must give the same answer on every line the byte-wise
/// rules read; these lines cover each rule's matches and near misses.
@Suite struct PlainTextRuleAgreementTests {
    static let lines = [
        "Read more", "READ MORE:  Markets fall", "— Read more —", "Most read", "Related stories", "Advertisement",
        "Share this article", "Facebook | Twitter | Email", "Share on Facebook", "Follow us on X", "12 comments",
        "Comments (34)", "comments 12", "Leave a comment", "© 2024 Example News", "(c) Example", "Copyright 2024 Example Media",
        "Example Media. All rights reserved.", "Sign up for our newsletter", "Get the latest news in your inbox today",
        "![chart](chart.png)", "[Live updates](https://x.y/z)", "[Two words](https://x.y/z a)", "https://example.com/story",
        "www.example.com", "(Reporting by Ann Lee; Editing by Bo Chan)", "Shares rose 3%. (Reporting by Ann Lee)",
        "Shares rose (slightly) on Monday.", "File photo: a crowd in the square.", "Waves hit the wall / Getty Images",
        "Smoke rises over Marjayoun, Lebanon, Sept. 23, 2024", "Rally in Paris, May 25, 2021.", "A headline with no stop",
        "Is this a question?", "“A quote that ends.”", "He said so (and left).", "# Heading", "## Sub heading ##",
        "####### Seven", "#NoSpace", "- item", "* item", "+ item", "• bullet", "1. First", "12) Twelfth", "1234. Too many digits",
        "---", "- - -", "* * *", "___", "===", "-*-", "**Bold** and _emphasis_ and `code`", "snake_case stays",
        "A [link](http://x) in text", "An ![image](i.png) inline", "Spaces  around <b>  tags", "By Jane Doe", "by jane doe",
        "Author: Élodie Martin", "Written by Ünal", "Words by the desk", "Published 27 September 2024",
        "Updated: Tuesday 3rd March 2020 10:00 GMT", "Sept. 27, 2024", "2024-09-27", "27th of June 2024",
        "Published 31 February 2024", "Posted on Mayo 3 2024", "The council said the harbour handled 1.2 million tonnes.",
    ]

    @Test(arguments: lines)
    func byteWiseRulesAgreeWithCharacterRules(_ line: String) {
        let text = TextLine(line)
        #expect(text.isByteComparable)
        let filter = NoiseFilter()
        #expect(filter.classify(text) == CharacterRules.classify(line))
        #expect(filter.isCaption(text) == CharacterRules.isCaption(line))
        #expect(filter.isHeadlineLike(text) == CharacterRules.isHeadlineLike(line))
        #expect(filter.endsWithDate(text) == CharacterRules.endsWithDate(line))
        #expect(filter.removingAgencyCredit(text).string == CharacterRules.removingAgencyCredit(line))
        #expect(MarkdownText.isHeading(text) == CharacterRules.isHeading(line))
        #expect(MarkdownText.stripHeading(text).string == CharacterRules.stripHeading(line))
        #expect(MarkdownText.isRule(text) == CharacterRules.isRule(line))
        #expect(MarkdownText.isListItem(text) == CharacterRules.isListItem(line))
        #expect(MarkdownText.stripListMarker(text).string == CharacterRules.stripListMarker(line))
        #expect(MarkdownText.inline(text).string == CharacterRules.inline(line))
        #expect(PlainTextArticleParser.byline(text) == CharacterRules.byline(line))
        #expect(PlainTextArticleParser.endsSentence(text) == CharacterRules.endsSentence(line))
        #expect(PlainTextArticleParser.isStandfirst(text, plain: MarkdownText.inline(text)) == CharacterRules.isStandfirst(line, plain: CharacterRules.inline(line)))
        #expect(DateLine.parse(text) == CharacterRules.dateLine(line))
    }

    @Test func decomposedAccentsAndEmojiKeepTheirTextAndTheirNoise() throws {
        let text = """
            Cafe\u{301} owners protest new rules

            The cafe\u{301} owners of the old town marched on Tuesday, the organisers said.

            👍 Share on Facebook

            Read more

            Protesters in the square, Lyon, Sept. 23, 2024
            Another protest planned

            Owners will meet the mayor next week.
            """
        let article = try PlainTextArticleParser().parse(text)
        #expect(article.title == "Cafe\u{301} owners protest new rules")
        #expect(article.paragraphs == [
            "The cafe\u{301} owners of the old town marched on Tuesday, the organisers said.",
            "Owners will meet the mayor next week.",
        ])
    }
}
