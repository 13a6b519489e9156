import Testing
@testable import Script

/// What a listener hears for each kind of news text (exact normalizer output).
@Suite("Speech normalizer categories")
struct NormalizerCategoryTests {
    let normalizer = SpeechNormalizer()

    @Test("Dates: written, numeric and abbreviated", arguments: [
        ("Sept. 23, 2024", "September twenty-third, twenty twenty-four"),
        ("23/09/2024", "the twenty-third of September twenty twenty-four"),
        ("2024-09-27", "the twenty-seventh of September twenty twenty-four"),
        ("on 1st Jan", "on the first of January"),
        ("Jan. 6, 2021", "January sixth, twenty twenty-one"),
        ("14 February 2023", "the fourteenth of February twenty twenty-three"),
        ("Mon., Oct. 7", "Monday, October seventh"),
        ("Thurs 5 Dec", "Thursday the fifth of December"),
        ("Dec. 25", "December twenty-fifth"),
        ("the 4th of July", "the fourth of July"),
    ])
    func dates(_ input: String, _ spoken: String) {
        #expect(normalizer.normalize(input) == spoken)
    }

    @Test("Times, with a.m./p.m. and time zones", arguments: [
        ("at 10:00", "at ten o'clock"),
        ("9.30am", "nine thirty a.m"),
        ("3 p.m. ET", "three p.m Eastern Time"),
        ("10:45pm", "ten forty-five p.m"),
        ("07:05", "seven oh five"),
        ("18:30 GMT", "eighteen thirty G.M.T"),
        ("at 6am", "at six a.m"),
        ("2:01:09", "two hours one minute and nine seconds"),
        ("at 10.30", "at ten thirty"),
        ("9am-5pm", "nine a.m to five p.m"),
        ("0900 GMT", "oh nine hundred G.M.T"),
        ("1430 GMT", "fourteen thirty G.M.T"),
    ])
    func times(_ input: String, _ spoken: String) {
        #expect(normalizer.normalize(input) == spoken)
    }

    @Test("Years, decades and fiscal years", arguments: [
        ("in 1990", "in nineteen ninety"),
        ("in 2005", "in two thousand and five"),
        ("since 1066", "since ten sixty-six"),
        ("the 1990s", "the nineteen nineties"),
        ("the '90s", "the nineties"),
        ("mid-1990s", "mid nineteen nineties"),
        ("the 2020s", "the twenty twenties"),
        ("FY2024", "fiscal year twenty twenty-four"),
        ("in her 30s", "in her thirties"),
        ("the 1800s", "the eighteen hundreds"),
    ])
    func years(_ input: String, _ spoken: String) {
        #expect(normalizer.normalize(input) == spoken)
    }

    @Test("Ranges of years, pages and amounts", arguments: [
        ("2023-24", "twenty twenty-three to twenty-four"),
        ("1990–2000", "nineteen ninety to two thousand"),
        ("pages 10-20", "pages ten to twenty"),
        ("1939-45", "nineteen thirty-nine to forty-five"),
        ("the 2019/20 season", "the twenty nineteen to twenty season"),
        ("2024/25", "twenty twenty-four to twenty-five"),
        ("2010-2015", "twenty ten to twenty fifteen"),
        ("1914–18", "nineteen fourteen to eighteen"),
        ("ages 18-24", "ages eighteen to twenty-four"),
        ("3-4 days", "three to four days"),
    ])
    func ranges(_ input: String, _ spoken: String) {
        #expect(normalizer.normalize(input) == spoken)
    }

    @Test("Money: symbols, magnitudes, pence and cents", arguments: [
        ("$3.5bn", "three point five billion dollars"),
        ("£2m", "two million pounds"),
        ("€40m", "forty million euros"),
        ("50p", "fifty pence"),
        ("$6.85", "six dollars and eighty-five cents"),
        ("$5 million", "five million dollars"),
        ("£1.50", "one pound fifty"),
        ("$1", "one dollar"),
        ("US$200m", "two hundred million U.S dollars"),
        ("£20-30m", "twenty to thirty million pounds"),
    ])
    func money(_ input: String, _ spoken: String) {
        #expect(normalizer.normalize(input) == spoken)
    }

    @Test("Percentages", arguments: [
        ("5-10%", "five to ten percent"),
        ("45%", "forty-five percent"),
        ("3.5%", "three point five percent"),
        ("0.25%", "zero point two five percent"),
        ("12pc", "twelve percent"),
        ("up 7 %", "up seven percent"),
        ("-0.3%", "minus zero point three percent"),
        ("100%", "one hundred percent"),
        ("+3.5%", "plus three point five percent"),
        ("2.3%", "two point three percent"),
    ])
    func percentages(_ input: String, _ spoken: String) {
        #expect(normalizer.normalize(input) == spoken)
    }

    @Test("Ordinals", arguments: [
        ("21st century", "twenty-first century"),
        ("the 3rd time", "the third time"),
        ("100th anniversary", "one hundredth anniversary"),
        ("2nd place", "second place"),
        ("52nd", "fifty-second"),
        ("11th", "eleventh"),
        ("12th", "twelfth"),
        ("13th", "thirteenth"),
        ("101st", "one hundred and first"),
        ("33rd", "thirty-third"),
    ])
    func ordinals(_ input: String, _ spoken: String) {
        #expect(normalizer.normalize(input) == spoken)
    }

    @Test("Large numbers and decimals", arguments: [
        ("1,234,567", "one million two hundred and thirty-four thousand five hundred and sixty-seven"),
        ("7.9 billion", "seven point nine billion"),
        ("250,000 people", "two hundred and fifty thousand people"),
        ("2,500", "two thousand five hundred"),
        ("10bn", "ten billion"),
        ("3,000 troops", "three thousand troops"),
        ("1500 people", "one thousand five hundred people"),
        ("1,000,000", "one million"),
        ("12,345", "twelve thousand three hundred and forty-five"),
        ("100,000", "one hundred thousand"),
    ])
    func numbers(_ input: String, _ spoken: String) {
        #expect(normalizer.normalize(input) == spoken)
    }

    @Test("Fractions and slashes", arguments: [
        ("3/4", "three quarters"),
        ("1/2", "one half"),
        ("2/3 majority", "two thirds majority"),
        ("2½", "two and a half"),
        ("1 1/2 hours", "one and a half hours"),
        ("a 50/50 chance", "a fifty-fifty chance"),
        ("24/7", "twenty-four seven"),
        ("9/11", "nine eleven"),
        ("3 1/2", "three and a half"),
        ("¾", "three quarters"),
    ])
    func fractions(_ input: String, _ spoken: String) {
        #expect(normalizer.normalize(input) == spoken)
    }

    @Test("Units of measure and temperature", arguments: [
        ("1.5m people", "one point five million people"),
        ("100 km", "one hundred kilometres"),
        ("5kg", "five kilograms"),
        ("70mph", "seventy miles per hour"),
        ("25C", "twenty-five degrees Celsius"),
        ("30°C", "thirty degrees Celsius"),
        ("6ft", "six feet"),
        ("10 km/h", "ten kilometres per hour"),
        ("500MW", "five hundred megawatts"),
        ("a 10-km race", "a ten kilometre race"),
    ])
    func units(_ input: String, _ spoken: String) {
        #expect(normalizer.normalize(input) == spoken)
    }

    @Test("Initialisms eSpeak NG misreads", arguments: [
        ("IS fighters", "I.S fighters"),
        ("the IDF said", "the I.D.F said"),
        ("NGOs", "N.G.O's"),
        ("MoD", "M.o.D"),
        ("the UAE", "the U.A.E"),
        ("the IMF", "the I.M.F"),
        ("GOP", "G.O.P"),
        ("an IPO", "an I.P.O"),
        ("EVs", "E.V's"),
        ("the ANC", "the A.N.C"),
    ])
    func initialisms(_ input: String, _ spoken: String) {
        #expect(normalizer.normalize(input) == spoken)
    }

    @Test("All-capital headlines", arguments: [
        ("TALKS WITH US", "Talks with us"),
        ("US TROOPS LEAVE", "U.S Troops Leave"),
        ("IS FIGHTERS SEIZE TOWN", "I.S Fighters Seize Town"),
        ("WHAT IT MEANS FOR US", "What it Means for us"),
        ("NHS STRIKE ENDS", "N.H.S Strike Ends"),
        ("WHO IS TO BLAME", "Who is to Blame"),
        ("PM VOWS TO FIGHT ON", "P.M Vows to Fight on"),
        ("BIDEN MEETS XI IN US", "Biden Meets Xi in U.S"),
    ])
    func headlines(_ input: String, _ spoken: String) {
        #expect(normalizer.normalize(input) == spoken)
    }

    @Test("Titles and abbreviations", arguments: [
        ("Mr. Smith", "Mister Smith"),
        ("Dr. Jones", "Doctor Jones"),
        ("St. Paul's Cathedral", "Saint Paul's Cathedral"),
        ("Oxford St.", "Oxford Street."),
        ("Gen. Milley", "General Milley"),
        ("No. 10", "Number ten"),
        ("Arsenal vs. Chelsea", "Arsenal versus Chelsea"),
        ("e.g.", "for example"),
        ("i.e.", "that is"),
        ("etc.", "et cetera."),
    ])
    func abbreviations(_ input: String, _ spoken: String) {
        #expect(normalizer.normalize(input) == spoken)
    }

    @Test("Roman numerals in names", arguments: [
        ("Charles III", "Charles the Third"),
        ("World War II", "World War Two"),
        ("Henry VIII", "Henry the Eighth"),
        ("Pope Benedict XVI", "Pope Benedict the Sixteenth"),
        ("Super Bowl LVIII", "Super Bowl Fifty-eight"),
        ("Elizabeth II", "Elizabeth the Second"),
        ("Apollo XI", "Apollo Eleven"),
        ("Louis XIV", "Louis the Fourteenth"),
        ("King Charles III's", "King Charles the Third's"),
        ("Henry V", "Henry the Fifth"),
    ])
    func romanNumerals(_ input: String, _ spoken: String) {
        #expect(normalizer.normalize(input) == spoken)
    }

    @Test("Web and e-mail addresses", arguments: [
        ("bbc.co.uk", "B.B.C dot co dot U.K"),
        ("https://www.gov.uk/guidance", "gov dot U.K"),
        ("press@example.com", "press at example dot com"),
        ("Amazon.com", "amazon dot com"),
        ("www.bbc.co.uk/news", "B.B.C dot co dot U.K"),
        ("info@bbc.co.uk", "info at B.B.C dot co dot U.K"),
        ("@elonmusk", "at elonmusk"),
        ("http://example.org", "example dot org"),
        ("news@bbc.co.uk", "news at B.B.C dot co dot U.K"),
        ("gov.uk", "gov dot U.K"),
    ])
    func webAddresses(_ input: String, _ spoken: String) {
        #expect(normalizer.normalize(input) == spoken)
    }

    @Test("Symbols, dashes and quotes", arguments: [
        ("R&D", "R and D"),
        ("AT&T", "A.T and T"),
        ("#MeToo", "hashtag MeToo"),
        ("#1", "number one"),
        ("and/or", "and or"),
        ("C++", "C plus plus"),
        ("he said — she", "he said, she"),
        ("“quote”", "\"quote\""),
        ("5+", "five plus"),
        ("‘Hello,’ he said", "\"Hello,\" he said"),
    ])
    func symbols(_ input: String, _ spoken: String) {
        #expect(normalizer.normalize(input) == spoken)
    }

    @Test("More news tokens across the categories", arguments: [
        ("23 Sept 2024", "the twenty-third of September twenty twenty-four"),
        ("Sept 23rd, 2024", "September twenty-third, twenty twenty-four"),
        ("27.09.24", "the twenty-seventh of September twenty twenty-four"),
        ("9/23/24", "September twenty-third, twenty twenty-four"),
        ("Monday 23rd September", "Monday the twenty-third of September"),
        ("Sat 28 Sep", "Saturday the twenty-eighth of September"),
        ("Aug. 2024", "August twenty twenty-four"),
        ("1st of September", "the first of September"),
        ("September 2023–June 2024", "September twenty twenty-three to June twenty twenty-four"),
        ("10am-2pm", "ten a.m to two p.m"),
        ("11.30pm", "eleven thirty p.m"),
        ("22:00 BST", "twenty-two hundred B.S.T"),
        ("3:45 p.m. EDT", "three forty-five p.m Eastern Daylight Time"),
        ("6-8pm", "six to eight p.m"),
        ("9:00-17:00", "nine o'clock to seventeen hundred"),
        ("the 60s", "the sixties"),
        ("early '80s", "early eighties"),
        ("500 BC", "five hundred B.C"),
        ("the 17th century", "the seventeenth century"),
        ("THE 1960S", "the nineteen sixties"),
        ("pp. 10-20", "pages ten to twenty"),
        ("£10-£20", "ten to twenty pounds"),
        ("1-2%", "one to two percent"),
        ("5–7 May", "the fifth to the seventh of May"),
        ("Monday–Friday", "Monday to Friday"),
        ("30-40C", "thirty to forty degrees Celsius"),
        ("$1.3tn", "one point three trillion dollars"),
        ("$2,000", "two thousand dollars"),
        ("£3.50", "three pounds fifty"),
        ("€1.2bn", "one point two billion euros"),
        ("US$1.5bn", "one point five billion U.S dollars"),
        ("£450,000", "four hundred and fifty thousand pounds"),
        ("99p", "ninety-nine pence"),
        ("£0.50", "fifty pence"),
        ("$10 trillion", "ten trillion dollars"),
        ("$3.5BN DEAL", "three point five billion dollars Deal"),
        ("12.5%", "twelve point five percent"),
        ("-2%", "minus two percent"),
        ("100pc", "one hundred percent"),
        ("1.2 million", "one point two million"),
        ("3,456,789", "three million four hundred and fifty-six thousand seven hundred and eighty-nine"),
        ("2,000,000,000", "two billion"),
        ("1/4", "one quarter"),
        ("3/8", "three eighths"),
        ("5,000km", "five thousand kilometres"),
        ("1.5°C", "one point five degrees Celsius"),
        ("100 sq ft", "one hundred square feet"),
        ("55kg", "fifty-five kilograms"),
        ("30kph", "thirty kilometres per hour"),
        ("4.5 m", "four point five metres"),
        ("-2°C", "minus two degrees Celsius"),
        ("3 ft", "three feet"),
        ("HSBC", "H.S.B.C"),
        ("BMW", "B.M.W"),
        ("LGBTQ+", "L.G.B.T.Q plus"),
        ("IVF", "I.V.F"),
        ("the NHS's", "the N.H.S's"),
        ("GCSEs", "G.C.S.E's"),
        ("HS2", "H.S two"),
        ("CEO's", "C.E.O's"),
        ("Det Sgt Jones", "Detective Sergeant Jones"),
        ("Rt Hon", "Right Honourable"),
        ("Cllr Smith", "Councillor Smith"),
        ("Inc.", "Inc."),
        ("Apple Inc. said", "Apple Inc said"),
        ("Ltd", "Limited"),
        ("St Helens", "Saint Helens"),
        ("St. John's", "Saint John's"),
        ("on Baker St. He left", "on Baker Street. He left"),
        ("Nov", "November"),
        ("Mar. 3", "March third"),
        ("George VI", "George the Sixth"),
        ("Louis XV", "Louis the Fifteenth"),
        ("Star Wars Episode IX", "Star Wars Episode Nine"),
        ("www.nhs.uk", "N.H.S dot U.K"),
        ("theguardian.com", "theguardian dot com"),
        ("bbc.com/news", "B.B.C dot com"),
        ("a/b testing", "a or b testing"),
        ("@BBCBreaking", "at BBCBreaking"),
        ("#Brexit", "hashtag Brexit"),
        ("5–3", "five to three"),
        ("“I won’t,” she said.", "\"I won't,\" she said."),
        ("COVID-19 PANDEMIC", "Covid nineteen Pandemic"),
        ("AD 79", "A.D seventy-nine"),
    ])
    func moreExamples(_ input: String, _ spoken: String) {
        #expect(normalizer.normalize(input) == spoken)
    }
}
