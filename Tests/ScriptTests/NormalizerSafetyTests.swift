import Testing
@testable import Script

/// Article text can never command eSpeak NG: markup is dropped or read as text, never obeyed.
@Suite("Speech normalizer: markup and injection")
struct NormalizerSafetyTests {
    let normalizer = SpeechNormalizer()

    /// Characters that would let text act on eSpeak NG (SSML, phoneme input, embedded commands).
    static func isInert(_ s: String) -> Bool {
        !s.contains("<") && !s.contains(">") && !s.contains("&") && !s.contains("[[") && !s.contains("]]")
            && !s.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" || ($0.value >= 0x7F && $0.value < 0xA0) }
    }

    @Test(
        "Tags are dropped and the words between them kept",
        arguments: [
            ("<audio src=\"http://evil.example/x.wav\">Hello</audio> world", "Hello world"),
            ("Wait <break time=\"600s\"/> here", "Wait here"),
            ("<voice name=\"whisper\">secret</voice> text", "secret text"),
            ("<speak version=\"1.0\">Speak this</speak>", "Speak this"),
            ("<prosody rate=\"x-slow\">slow</prosody> down", "slow down"),
            ("a <mark name=\"m1\"/> b", "a b"),
            ("<b>bold</b>face", "boldface"),
            ("x<!-- <audio src=y> -->y", "x y"),
            ("<?xml version=\"1.0\"?>Text", "Text"),
            ("<say-as interpret-as=\"characters\">NHS</say-as>", "N.H.S"),
        ])
    func tagsDropped(_ input: String, _ spoken: String) {
        let out = normalizer.normalize(input)
        #expect(out == spoken)
        #expect(Self.isInert(out))
    }

    @Test(
        "Escaped markup is decoded and then dropped, never obeyed",
        arguments: [
            ("&lt;audio src=x&gt;Hi&lt;/audio&gt;", "Hi"),
            ("&lt;break time=&quot;9s&quot;/&gt;now", "now"),
            ("Tom &amp; Jerry", "Tom and Jerry"),
            ("&#36;5", "five dollars"),
            ("caf&eacute; &pound;3", "café three pounds"),
            ("&#x3C;voice&#x3E;x", "x"),
        ])
    func entities(_ input: String, _ spoken: String) {
        let out = normalizer.normalize(input)
        #expect(out == spoken)
        #expect(Self.isInert(out))
    }

    @Test("Phoneme brackets from an article are read as brackets, not phonemes")
    func articlePhonemesNeutralized() {
        let out = normalizer.normalize("Say [[h@'loU]] and [[ x ]] or ]] then [[")
        #expect(!out.contains("[[") && !out.contains("]]"))
        #expect(out.contains("Say"))
    }

    @Test("Control characters (eSpeak NG's command marker among them) are removed")
    func controlCharacters() {
        let out = normalizer.normalize("a\u{01}Vb c\u{1B}[0m d\u{7F}e\u{200B}f\u{202E}g")
        #expect(Self.isInert(out))
        #expect(out.contains("Vb"))
    }

    @Test("Stray angle brackets and ampersands do not survive")
    func strayBrackets() {
        #expect(normalizer.normalize("if a < b then") == "if a b then")
        #expect(normalizer.normalize("<5% of > 3") == "less than five percent of more than three")
        // An unclosed tag is not a tag: its text is read, its "<" is not.
        #expect(normalizer.normalize("x <audio src=unterminated") == "x audio src equals unterminated")
        #expect(Self.isInert(normalizer.normalize("x <audio src=\"http://a.b/c.wav\" unterminated")))
        #expect(Self.isInert(normalizer.normalize("R&D & M&S &")))
    }

    /// Random mixtures of news tokens and markup never crash and never leave markup behind.
    @Test("Random input: no crash, no markup, deterministic")
    func randomInput() {
        let pieces = [
            "1", "23", "2024", "1,234", ".", ",", "-", "\u{2013}", "\u{2014}", "/", ":", "$", "£", "€", "%",
            "am", "p.m.", "Sept", "Jan.", "Mr.", "St", "No.", "IS", "US", "NGOs", "III", "I", "www", ".com",
            "@", "#", "+", "&", "'", "\u{2019}", "\u{201C}", "<", "<b>", "</b>", ">", "[[", "]]", "[", "]",
            "\u{01}", "\u{200B}", "km", "m", "bn", "C", "°", "½", "th", "s", "'s", "e.g.", "vs", "FY", "\n",
            " ", "http", "://", "A", "the", "Zoë", "😀", "日本", "9/11", "0", "007",
            "99999999999999999999999", "&amp;", "&#1;", "<break time=\"1s\"/>", "'90s",
        ]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
        for _ in 0..<2000 {
            var text = ""
            for _ in 0..<(1 + next(30)) {
                text += pieces[next(pieces.count)]
                if next(3) == 0 { text += " " }
            }
            let out = normalizer.normalize(text)
            #expect(Self.isInert(out), "input: \(text.debugDescription) -> \(out.debugDescription)")
            #expect(normalizer.normalize(text) == out)
        }
    }
}

/// How the normalizer treats sentences, lines and options.
@Suite("Speech normalizer: sentences and options")
struct NormalizerBehaviourTests {
    let normalizer = SpeechNormalizer()

    @Test("Abbreviations do not end sentences; real sentence ends are kept")
    func sentenceEnds() {
        #expect(normalizer.normalize("On Sept. 23 the Fed met.") == "On September twenty-third the Fed met.")
        #expect(normalizer.normalize("Mr. Smith and Dr. Jones left.") == "Mister Smith and Doctor Jones left.")
        #expect(normalizer.normalize("The U.S. President spoke.") == "The U.S President spoke.")
        #expect(normalizer.normalize("It began in the U.S. The rest followed.") == "It began in the U.S. The rest followed.")
        #expect(normalizer.normalize("They met at 3 p.m. Officials said so.") == "They met at three p.m. Officials said so.")
        #expect(normalizer.normalize("Apples, pears, etc. are fruit.") == "Apples, pears, et cetera are fruit.")
        #expect(normalizer.normalize("John F. Kennedy") == "John F Kennedy")
    }

    @Test("Sentence punctuation and paragraphs are kept")
    func punctuationKept() {
        let text = "Is it true? Yes!\n\nHe said: \u{201C}It is, and it was.\u{201D}"
        #expect(normalizer.normalize(text) == "Is it true? Yes!\n\nHe said: \"It is, and it was.\"")
    }

    @Test("News prose comes out as words: no digits or symbols left")
    func proseBecomesWords() {
        let text = """
            WASHINGTON (AP) \u{2014} The Fed cut rates by 0.5 percentage points on Sept. 18, 2024, \
            its first cut since March 2020. Stocks rose 1.2% to 5,713.64; oil fell $1.64 to $47.10 \
            at 2:30 p.m. ET. Mr. Powell, 71, said the 2% target (set in 2012) was "near."
            """
        let out = normalizer.normalize(text)
        #expect(!out.contains { $0.isNumber })
        #expect(!out.contains("%") && !out.contains("$"))
        #expect(out.contains("September eighteenth, twenty twenty-four"))
        #expect(out.contains("one dollar and sixty-four cents to forty-seven dollars and ten cents"))
    }

    @Test("Numeric date order is an option")
    func dateOrder() {
        let us = SpeechNormalizer(options: .init(numericDateOrder: .monthFirst))
        #expect(us.normalize("03/04/2024") == "March fourth, twenty twenty-four")
        #expect(normalizer.normalize("03/04/2024") == "the third of April twenty twenty-four")
        // A day above 12 settles it either way.
        #expect(us.normalize("23/09/2024") == "the twenty-third of September twenty twenty-four")
        #expect(normalizer.normalize("09/23/2024") == "September twenty-third, twenty twenty-four")
    }

    @Test("Headlines in capitals are re-cased; mixed-case lines are not")
    func headlines() {
        #expect(normalizer.normalizeHeadline("TALKS WITH US") == "Talks with us")
        #expect(normalizer.normalizeHeadline("US AND CHINA TALK") == "U.S and China Talk")
        #expect(normalizer.normalizeHeadline("LET US PRAY") == "Let us Pray")
        #expect(normalizer.normalizeHeadline("IS FIGHTERS SEIZE TOWN") == "I.S Fighters Seize Town")
        #expect(normalizer.normalizeHeadline("WHAT IS NEXT FOR THE NHS?") == "What is Next for the N.H.S?")
        #expect(normalizer.normalizeHeadline("MPS BACK PM") == "M.P's Back P.M")
        #expect(normalizer.normalizeHeadline("Talks with US") == "Talks with U.S")
        #expect(normalizer.normalize("The IDF said IS fighters left the US.") == "The I.D.F said I.S fighters left the U.S.")
    }

    @Test("Emphasis capitals in a sentence are read as words, initialisms are spelled")
    func emphasisCapitals() {
        #expect(normalizer.normalize("It was NOT the BBC") == "It was not the B.B.C")
        #expect(normalizer.normalize("NATO and the UN") == "Nato and the U.N")
    }

    @Test("Empty and blank text")
    func emptyText() {
        #expect(normalizer.normalize("") == "")
        #expect(normalizer.normalize("  \n \t ") == "")
    }
}
