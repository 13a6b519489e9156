import Testing

@testable import Summarizer

/// A text and the sentences a reader finds in it.
struct SegmentationCase: CustomTestStringConvertible, Sendable {
    var what: String
    var text: String
    var sentences: [String]

    var testDescription: String { what }
}

private func split(_ what: String, _ text: String, _ sentences: [String]) -> SegmentationCase {
    SegmentationCase(what: what, text: text, sentences: sentences)
}

/// Hard cases from English news, one group per rule the segmenter must know.
let segmentationCases: [SegmentationCase] = [
    // Abbreviations before names and numbers.
    split("Mr. and Dr. before names", "Mr. Smith met Dr. Jones on Monday. They talked for an hour.",
        ["Mr. Smith met Dr. Jones on Monday.", "They talked for an hour."]),
    split("Gen., Sen. and Lt. Col. before names",
        "Gen. Mark Milley, Sen. Ann Hall and Lt. Col. Tom Reed testified. The hearing ran late.",
        ["Gen. Mark Milley, Sen. Ann Hall and Lt. Col. Tom Reed testified.", "The hearing ran late."]),
    split("St. before a name", "The service was held at St. Paul's Cathedral in St. Louis. Hundreds came.",
        ["The service was held at St. Paul's Cathedral in St. Louis.", "Hundreds came."]),
    split("No. before a number", "The prime minister returned to No. 10 on Friday. Aides were waiting.",
        ["The prime minister returned to No. 10 on Friday.", "Aides were waiting."]),
    split("No. as a word ends a sentence", "He said no. I asked again.", ["He said no.", "I asked again."]),
    split("Vol. before a number", "The findings appear in Vol. 3 of the report. It runs to 400 pages.",
        ["The findings appear in Vol. 3 of the report.", "It runs to 400 pages."]),

    // Months and weekdays.
    split("month before a day", "The vote is on Sept. 23 in Paris. Polls open at eight.",
        ["The vote is on Sept. 23 in Paris.", "Polls open at eight."]),
    split("month before a day mid-sentence", "It opens Jan. 5, officials said.", ["It opens Jan. 5, officials said."]),
    split("weekday before a month", "The meeting is on Tues. Jan. 5 at noon.", ["The meeting is on Tues. Jan. 5 at noon."]),
    split("month at the end of a sentence", "The law took effect in Jan. The next month, prices rose.",
        ["The law took effect in Jan.", "The next month, prices rose."]),
    split("a name that looks like a weekday", "It was first reported by The Sun. The paper stood by it.",
        ["It was first reported by The Sun.", "The paper stood by it."]),

    // Company suffixes.
    split("Inc. inside a sentence", "Apple Inc. said sales rose. Its shares fell.", ["Apple Inc. said sales rose.", "Its shares fell."]),
    split("Corp. at the end of a sentence", "He works for Acme Corp. The firm makes anvils.",
        ["He works for Acme Corp.", "The firm makes anvils."]),
    split("Co. and Ltd. in a row", "Widget Co. Ltd. posted a profit. It was the first in years.",
        ["Widget Co. Ltd. posted a profit.", "It was the first in years."]),

    // Dotted initialisms.
    split("U.S. inside a sentence", "The U.S. economy grew in the spring. Officials cheered.",
        ["The U.S. economy grew in the spring.", "Officials cheered."]),
    split("U.S. at the end of a sentence", "He moved to the U.S. The move was hard.", ["He moved to the U.S.", "The move was hard."]),
    split("U.S. before a title", "She met U.S. President Joe Biden in Rome.", ["She met U.S. President Joe Biden in Rome."]),
    split("U.K. and E.U.", "The U.K. and the E.U. signed a deal. Talks took a year.",
        ["The U.K. and the E.U. signed a deal.", "Talks took a year."]),
    split("initialism closing a quotation", "\"We love the U.K.\" The band then left the stage.",
        ["\"We love the U.K.\"", "The band then left the stage."]),

    // Initials in names.
    split("initials", "J. K. Rowling wrote it. George W. Bush read it.", ["J. K. Rowling wrote it.", "George W. Bush read it."]),
    split("initials after a comma", "The author, E. B. White, died in 1985.", ["The author, E. B. White, died in 1985."]),
    split("a capital letter that ends a sentence", "They chose Plan B. It failed.", ["They chose Plan B.", "It failed."]),

    // a.m. and p.m.
    split("a.m. and p.m.", "The shop opens at 9 a.m. and closes at 5 p.m. Staff get an hour for lunch.",
        ["The shop opens at 9 a.m. and closes at 5 p.m.", "Staff get an hour for lunch."]),
    split("p.m. before a weekday", "It happened at 10 p.m. Tuesday in Ohio.", ["It happened at 10 p.m. Tuesday in Ohio."]),
    split("a.m. before a time zone", "Trading opens at 9:30 a.m. ET on weekdays. Investors are nervous.",
        ["Trading opens at 9:30 a.m. ET on weekdays.", "Investors are nervous."]),

    // e.g., i.e., etc., vs.
    split("e.g. and i.e.", "Bring fruit, e.g. apples, and nuts, i.e. almonds. Leave the rest.",
        ["Bring fruit, e.g. apples, and nuts, i.e. almonds.", "Leave the rest."]),
    split("etc. inside a sentence", "They sell pens, paper, etc. and a few books.", ["They sell pens, paper, etc. and a few books."]),
    split("etc. at the end of a sentence", "They sell pens, paper, etc. The shop is small.",
        ["They sell pens, paper, etc.", "The shop is small."]),
    split("vs.", "It was Harvard vs. Yale on Saturday. Yale won.", ["It was Harvard vs. Yale on Saturday.", "Yale won."]),

    // Decimals and money.
    split("decimals and money", "Growth was 3.5% as the firm raised $2.5bn. Prices rose 0.4 points.",
        ["Growth was 3.5% as the firm raised $2.5bn.", "Prices rose 0.4 points."]),
    split("a number before a stop", "The team was founded in 1902. It has won 12 titles.",
        ["The team was founded in 1902.", "It has won 12 titles."]),

    // Web and e-mail addresses.
    split("web and e-mail addresses",
        "Details are at www.example.com/news/today.html for now. Write to press.office@example.org. Replies come fast.",
        [
            "Details are at www.example.com/news/today.html for now.", "Write to press.office@example.org.",
            "Replies come fast.",
        ]),
    split("an address ending a sentence", "See https://example.com/a?b=1&c=2. It explains.",
        ["See https://example.com/a?b=1&c=2.", "It explains."]),

    // Ellipses.
    split("an ellipsis inside a sentence", "He paused... then carried on.", ["He paused... then carried on."]),
    split("an ellipsis ending a sentence", "The cheering faded... The crowd went home.",
        ["The cheering faded...", "The crowd went home."]),
    split("a Unicode ellipsis inside a sentence", "Growth of 0.1%… in the third quarter is too slow.",
        ["Growth of 0.1%… in the third quarter is too slow."]),

    // ? and ! inside quotes; closing quotes and brackets.
    split("a question inside a quote", "\"Why?\" he asked. \"Because!\" she said.", ["\"Why?\" he asked.", "\"Because!\" she said."]),
    split("an exclamation ending a quoted sentence", "\"Stop!\" The crowd froze.", ["\"Stop!\"", "The crowd froze."]),
    split("a closing quote after the stop", "He said: \"We will win.\" Then he left.", ["He said: \"We will win.\"", "Then he left."]),
    split("curly quotes", "“It is over.” Critics disagreed.", ["“It is over.”", "Critics disagreed."]),
    split("single quotes", "She said: 'None paid enough.' 'The loan was gone.'", ["She said: 'None paid enough.'", "'The loan was gone.'"]),
    split("a closing bracket after the stop", "(This was an aside.) The story went on.", ["(This was an aside.)", "The story went on."]),
    split("an exclaiming name", "Yahoo! said profits rose.", ["Yahoo! said profits rose."]),

    // A missing space after a full stop.
    split("no space after a stop", "The shelling continued overnight.Aid workers fled.",
        ["The shelling continued overnight.", "Aid workers fled."]),
    split("a dotted name is not a missing space", "He writes ASP.NET code and uses Node.js daily.",
        ["He writes ASP.NET code and uses Node.js daily."]),

    // A full stop lost with a photo caption.
    split("a caption that lost its stop", "Wayne Rooney waits on the touchline The injury could keep him out for weeks.",
        ["Wayne Rooney waits on the touchline", "The injury could keep him out for weeks."]),
    split("a lost stop before a pronoun", "The fighter now sells tweets for $20 He was once the champion.",
        ["The fighter now sells tweets for $20", "He was once the champion."]),
    split("The before a name is not a lost stop", "He reads The Guardian every day.", ["He reads The Guardian every day."]),
    split("a title after its noun is not a lost stop", "He starred in the film The last emperor in 1987.",
        ["He starred in the film The last emperor in 1987."]),

    // Text laid out in lines.
    split("a headline without a stop", "Markets rally on rate hopes\nShares rose sharply on Monday.",
        ["Markets rally on rate hopes", "Shares rose sharply on Monday."]),
    split("bullet items", "Key points:\n- Prices rose 5%\n- Jobs fell\n• Wages were flat",
        ["Key points:", "Prices rose 5%", "Jobs fell", "Wages were flat"]),
    split("numbered items", "1. Buy the tickets\n2) Pack the bags", ["Buy the tickets", "Pack the bags"]),
    split("a Markdown heading", "## What happened\nThe dam burst at dawn.", ["What happened", "The dam burst at dawn."]),
    split("a paragraph break ends a sentence", "This line has no stop\n\nThe next paragraph starts here.",
        ["This line has no stop", "The next paragraph starts here."]),
    split("a paragraph break ends even an abbreviation", "He worked for Acme Inc.\n\nShares fell.", ["He worked for Acme Inc.", "Shares fell."]),
    split("wrapped prose",
        "The council approved the budget after a long debate that lasted\nwell into the night, officials said on Tuesday. It\ntakes effect in May.",
        ["The council approved the budget after a long debate that lasted well into the night, officials said on Tuesday.", "It takes effect in May."]),
    split("Windows line ends", "First line\r\nSecond line.\r\n\r\nThird.", ["First line", "Second line.", "Third."]),
]

@Suite("Sentence segmenter")
struct SentenceSegmenterTests {
    @Test("Hard cases from news", arguments: segmentationCases)
    func hardCase(_ c: SegmentationCase) {
        let found = SentenceSegmenter().segment(c.text).map(\.text)
        #expect(found == c.sentences)
    }

    @Test("Ranges point into the input and cover each sentence")
    func ranges() {
        let text = "  Prices rose.  Jobs\nfell sharply.\n\n- Wages were flat\n"
        let sentences = SentenceSegmenter().segment(text)
        #expect(sentences.map { String(text[$0.range]) } == ["Prices rose.", "Jobs\nfell sharply.", "Wages were flat"])
        #expect(sentences.map(\.text) == ["Prices rose.", "Jobs fell sharply.", "Wages were flat"])
        #expect(sentences.map(\.paragraph) == [0, 0, 1])
    }

    @Test("Ranges are right after multi-byte characters")
    func rangesAfterUnicode() {
        let text = "Café prices rose 5 € — “a lot.” Zoë left. 東京 grew."
        let sentences = SentenceSegmenter().segment(text)
        #expect(sentences.map { String(text[$0.range]) } == sentences.map(\.text))
        #expect(sentences.map(\.text) == ["Café prices rose 5 € — “a lot.”", "Zoë left.", "東京 grew."])
    }

    @Test("Paragraph numbers skip blank lines and count only paragraphs with words")
    func paragraphs() {
        let text = "One.\n\n\n   \n* * *\n\nTwo. Three.\n\nFour"
        let sentences = SentenceSegmenter().segment(text)
        #expect(sentences.map(\.text) == ["One.", "Two.", "Three.", "Four"])
        #expect(sentences.map(\.paragraph) == [0, 1, 1, 2])
    }

    @Test("Odd input gives no crash and no empty sentence", arguments: [
        "", " ", "\n\n", ".", "...", "!?!", "Mr.", "U.S.", "a.m.", "\"", "(", "“”", "- ", "#", "1.", "Dr. ", "..."
            + "Z", "e.g.", "A.B.C.D.E.F.G.H.I.J.K.L.M.N.O.P.Q.R.S.T.U.V.W.X.Y.Z.", "x\u{0301}.y", "🙂. 🙂!", "\u{00A0}Hi.\u{2003}Yo.",
    ])
    func oddInput(_ text: String) {
        for sentence in SentenceSegmenter().segment(text) {
            #expect(!sentence.text.isEmpty)
            #expect(text[sentence.range].contains { $0.isLetter || $0.isNumber })
        }
    }

    @Test("No letter is lost: every letter of the text is inside a sentence")
    func noLetterLost() {
        let texts = segmentationCases.map(\.text) + [
            "Mixed.Up text , with stray . stops ... and ?! marks\nand lines\n\n\nEnd",
        ]
        for text in texts {
            let sentences = SentenceSegmenter().segment(text)
            var covered = 0
            for s in sentences { covered += text[s.range].unicodeScalars.filter(\.properties.isAlphabetic).count }
            #expect(covered == text.unicodeScalars.filter(\.properties.isAlphabetic).count, "\(text)")
        }
    }
}
