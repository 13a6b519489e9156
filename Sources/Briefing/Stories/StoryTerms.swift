import Articles

/// A word of an article as duplicate detection sees it.
struct StoryToken: Hashable, Sendable {
    /// Lowercased, possessive removed, digits without thousands separators.
    var text: String
    /// Starts with a capital letter.
    var isCapitalized: Bool
    /// First word of a sentence (or of the text), where a capital says nothing.
    var startsSentence: Bool
    /// Made of digits (with a decimal point or a unit suffix such as `m`, `bn`).
    var isNumber: Bool
}

/// The words of a news text that say what it is about: tokenizing, stopwords, light stemming.
enum StoryTerms {
    /// Splits text into words: letters and digits; `186,400` and `4.75` stay whole; `Reid's` is `reid`.
    static func tokens(_ text: String) -> [StoryToken] {
        let scalars = Array(text.unicodeScalars)
        var tokens: [StoryToken] = []
        var current = String.UnicodeScalarView()
        var atSentenceStart = true
        var tokenStartsSentence = true

        func isWordScalar(_ s: Unicode.Scalar) -> Bool {
            s.properties.isAlphabetic || s.properties.numericType != nil
        }
        func isDigit(_ s: Unicode.Scalar) -> Bool { ("0"..."9").contains(s) }
        func flush() {
            guard !current.isEmpty else { return }
            let raw = String(current)
            let first = current.first.map { $0.properties.isUppercase } ?? false
            let hasDigit = current.contains(where: isDigit)
            var lower = raw.lowercased()
            // 23rd is the number 23.
            if hasDigit, lower.count > 2, ["st", "nd", "rd", "th"].contains(String(lower.suffix(2))),
                lower.dropLast(2).allSatisfy(\.isNumber)
            {
                lower.removeLast(2)
            }
            tokens.append(
                StoryToken(
                    text: lower, isCapitalized: first, startsSentence: tokenStartsSentence,
                    isNumber: hasDigit && current.first.map(isDigit) == true))
            current = String.UnicodeScalarView()
        }

        var i = 0
        while i < scalars.count {
            let s = scalars[i]
            let next: Unicode.Scalar? = i + 1 < scalars.count ? scalars[i + 1] : nil
            if isWordScalar(s) {
                if current.isEmpty {
                    tokenStartsSentence = atSentenceStart
                    atSentenceStart = false
                }
                current.append(s)
            } else if (s == "." || s == ","), let last = current.last, isDigit(last), let n = next, isDigit(n) {
                if s == "." { current.append(s) }  // 4.75 keeps its point; 186,400 loses its comma
            } else if (s == "'" || s == "\u{2019}"), !current.isEmpty, let n = next, n.properties.isAlphabetic {
                // Possessive `'s` is dropped; other apostrophes join the word (don't -> dont).
                let after: Unicode.Scalar? = i + 2 < scalars.count ? scalars[i + 2] : nil
                if (n == "s" || n == "S"), after.map({ !isWordScalar($0) }) ?? true {
                    i += 1
                }
            } else {
                let word = String(current).lowercased()
                flush()
                if s == "." || s == "!" || s == "?" {
                    // "Mr. Reid" and "No. 10" do not end a sentence; "U.S." neither.
                    if !(s == "." && (abbreviations.contains(word) || word.count == 1)) { atSentenceStart = true }
                } else if s == "\n" {
                    atSentenceStart = true
                }
            }
            i += 1
        }
        flush()
        return tokens
    }

    /// The stem a content word is compared by, or nil for a stopword or a lone letter.
    static func term(_ token: StoryToken) -> String? {
        if token.isNumber { return token.text }
        guard token.text.count > 1, !stopwords.contains(token.text) else { return nil }
        let stemmed = stem(token.text)
        return stopwords.contains(stemmed) ? nil : stemmed
    }

    /// A light suffix-stripping stemmer: enough to match "resigns", "resigned" and "resigning".
    static func stem(_ word: String) -> String {
        guard word.count > 3, word.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic }) else { return word }
        var w = word
        func strip(_ suffix: String, keep: Int, add: String = "") -> Bool {
            guard w.hasSuffix(suffix), w.count - suffix.count >= keep else { return false }
            w = String(w.dropLast(suffix.count)) + add
            return true
        }
        if strip("ies", keep: 3, add: "y") {
        } else if strip("sses", keep: 2, add: "ss") {
        } else if w.hasSuffix("ss") || w.hasSuffix("us") || w.hasSuffix("is") {
        } else if strip("s", keep: 3) {}
        if strip("ations", keep: 4) || strip("ation", keep: 4) {
        } else if strip("ments", keep: 4) || strip("ment", keep: 4) {
        } else if strip("ing", keep: 4) {
        } else if strip("ed", keep: 4) {
        }
        if w.hasSuffix("e"), w.count > 4 { w.removeLast() }
        return w
    }

    /// Words that end in a full stop without ending the sentence.
    static let abbreviations = wordSet("""
        mr mrs ms dr st no gen sen rep gov prof jr sr lt col capt sgt rev jan feb mar apr jun jul aug sep
        sept oct nov dec vs co inc ltd corp fig approx est dept univ
        """)

    /// Function words, and words every news story uses, that say nothing about which event it reports.
    static let stopwords = wordSet(
        // Function words.
        """
        a about above after again against all almost along already also although am among an and another any
        are around as at be because been before being below between both but by can cannot could did do does
        doing down during each either else even ever every few for from further had has have having he her
        here hers herself him himself his how however i if in into is it its itself just least less like may
        me might more most much must my neither no nor not now of off often on once only or other others our
        ours out over own per quite rather same several she should since so some still such than that the
        their theirs them themselves then there these they this those though through thus to too under until
        up upon us very via was we were what when where whether which while who whom whose why will with
        within without would yet you your yours dont wont cant didnt isnt wasnt doesnt its theyre youre weve
        hes shes thats theres
        """ + "\n" +
        // Reporting words and titles.
        """
        said say says saying told tell according added adding asked reported report reports statement
        spokesman spokeswoman spokesperson announced announce mr mrs ms dr sir dame new news latest update
        updated live breaking
        """ + "\n" +
        // Time words: every story happened on some day.
        """
        today yesterday tomorrow tonight morning afternoon evening night overnight day days week weeks month
        months year years hour hours minute minutes monday tuesday wednesday thursday friday saturday sunday
        january february march april june july august september october november december last next earlier
        later recent recently first second third ago
        """ + "\n" +
        // Counting words and vague quantities.
        """
        one two three four five six seven eight nine ten hundred thousand million billion many number
        numbers lot lots part per cent percent
        """ + "\n" +
        // Verbs and nouns with no subject of their own.
        """
        get got make made take taken took come came go going went gone give given put set see seen know
        known think want use used way time times people thing things back well good big long far end
        expected expect expects likely including include includes became become
        """)

    /// The words of a whitespace-separated list (a Set literal would trap on a repeated word).
    static func wordSet(_ list: String) -> Set<String> {
        Set(list.split(whereSeparator: \.isWhitespace).map(String.init))
    }
}
