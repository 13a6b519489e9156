/// What the summarizer needs to know about a sentence before scoring it: whether it can be heard
/// on its own, and the text to read.
struct SentenceTraits {
    /// How a sentence leans on the one before it.
    enum Dependence {
        /// Stands alone.
        case none
        /// Opens with a pronoun ("He said", "They"): needs its referent, usually named just before.
        case referent
        /// Opens with a link to the sentence before ("But", "This", "However", "Also"): makes sense
        /// only after it.
        case previous
    }

    /// Why a sentence is never picked.
    enum Exclusion {
        /// Too short or not a sentence ("By . Daily Mail Reporter .", "Key points:").
        case fragment
        /// A photo credit, a caption or page furniture ("Scroll down for video").
        case furniture
        /// A question to the reader.
        case question
    }

    /// The sentence to read: without a leading dateline, caption label or page furniture, and
    /// without asides that point at pictures ("(pictured)", "(left)").
    var text: String
    /// Its words: runs of non-space characters.
    var words: Int
    /// How it leans on the sentence before it.
    var dependence: Dependence
    /// Why it is never picked, if it is not.
    var exclusion: Exclusion?
    /// Holds quoted speech.
    var hasQuotation: Bool
    /// Its content terms, for similarity.
    var terms: [UInt64]

    init(_ sentence: String, minWords: Int) {
        var text = Self.readable(sentence)
        let scan = text.withUTF8 { WordScan($0) }
        self.text = text
        words = scan.whitespaceWords
        dependence = Self.dependence(scan)
        exclusion = Self.exclusion(scan, minWords: minWords)
        hasQuotation = scan.hasQuotation
        terms = scan.terms
    }

    // MARK: Exclusions

    private static func exclusion(_ scan: WordScan, minWords: Int) -> Exclusion? {
        if scan.lastMark == 0x3F { return .question }  // ?
        if scan.lastMark == 0x3A { return .fragment }  // "Key points:"
        if scan.whitespaceWords < minWords { return .fragment }
        // Headers and name lists ("READ MORE HERE", "Arsenal 2 Chelsea 1") have no lower-case word.
        if !scan.hasLowercaseWord { return .fragment }
        if scan.hasFurniture || opensLikeCaption(scan) { return .furniture }
        return nil
    }

    /// A photo caption: a name, then a present-tense verb that describes a picture ("John Carver
    /// looks on as", "Neymar poses for a photo", "Summer pictured volunteering").
    private static func opensLikeCaption(_ scan: WordScan) -> Bool {
        var k = 0
        while k < 4, scan.isCapitalized(k), !Words.notNames.contains(scan.word(k)) { k += 1 }
        // "Gordon Brown, pictured last week, said" is a sentence with an aside, not a caption.
        guard k > 0, !scan.isFollowedByComma(k - 1) else { return false }
        let verb = scan.word(k)
        return Words.captionVerbs.contains(verb) || Words.captionPairs.contains(Words.key(verb, scan.word(k + 1)))
    }

    // MARK: Dependence on the sentence before

    private static func dependence(_ scan: WordScan) -> Dependence {
        if scan.opensLowercase { return .previous }  // picks up mid-sentence
        let first = scan.word(0)
        guard first != 0 else { return .none }
        if Words.linkWords.contains(first) { return .previous }
        let pair = Words.key(first, scan.word(1))
        if Words.linkPairs.contains(pair) || Words.linkTriples.contains(Words.key(pair, scan.word(2))) { return .previous }
        if Words.referentPairs.contains(pair) || Words.pronouns.contains(first) { return .referent }
        return .none
    }

    /// Word lists, hashed as `WordScan` hashes words.
    private enum Words {
        static func set(_ words: [String]) -> HashSet64 { HashSet64(words.map(WordScan.hash)) }

        /// A key for a run of words.
        static func key(_ a: UInt64, _ b: UInt64) -> UInt64 { (a &* 0x9E37_79B9_7F4A_7C15) ^ b }

        static func phrases(_ list: [String]) -> HashSet64 {
            HashSet64(
                list.map { phrase in
                    let words = phrase.split(separator: " ").map { WordScan.hash(String($0)) }
                    return words.dropFirst().reduce(words[0]) { key($0, $1) }
                })
        }

        /// Opening words that tie a sentence to the one before it.
        static let linkWords = set([
            "but", "however", "this", "that", "these", "those", "also", "and", "so", "yet", "still", "instead",
            "meanwhile", "nevertheless", "nonetheless", "moreover", "furthermore", "besides", "then", "thus",
            "therefore", "hence", "otherwise", "such", "likewise", "similarly", "consequently", "accordingly",
            "indeed", "too", "or", "nor", "again", "there", "here", "afterwards", "later", "previously",
            "earlier", "both", "another", "other", "others", "which", "whereas", "although", "though",
        ])
        static let linkPairs = phrases([
            "in addition", "even so", "after that", "for example", "for instance", "in fact", "in turn",
            "in contrast", "in response", "he added", "she added", "they added", "not only", "by then",
        ])
        static let linkTriples = phrases([
            "as a result", "on the other", "on the same", "at the same", "because of this", "because of that",
            "because of it",
        ])
        /// Openings that refer back to something named before.
        static let referentPairs = phrases([
            "the latter", "the former", "the move", "the decision", "the comments", "the remarks", "the statement",
            "the incident", "the news", "the announcement", "the same",
        ])
        static let pronouns = set([
            "he", "she", "they", "it", "his", "her", "their", "its", "him", "them", "we", "our", "he's", "she's",
            "they're", "it's", "i",
        ])
        /// Verbs that describe what a picture shows.
        static let captionVerbs = set([
            "pictured", "poses", "reacts", "celebrates", "smiles", "gestures", "waves", "applauds", "grimaces",
            "beams", "grins",
        ])
        static let captionPairs = phrases([
            "is pictured", "was pictured", "are pictured", "were pictured", "looks on", "shakes hands",
        ])
        /// Capitalized opening words that are not names.
        static let notNames = set([
            "the", "a", "an", "it", "he", "she", "they", "we", "i", "you", "this", "that", "these", "those",
            "there", "in", "on", "at", "as", "when", "after", "but", "and", "his", "her", "their", "its", "our",
            "my",
        ])
    }

    // MARK: Making the text fit for listening

    /// The sentence without what makes no sense when heard.
    static func readable(_ sentence: String) -> String {
        var text = removingDateline(sentence)
        text = removingLeadIn(text)
        text = removingPictureAsides(text)
        return text
    }

    /// Removes "Scroll down for video" and caption labels ("Accused: ", "Happy couple: ") that
    /// come before the real sentence.
    static func removingLeadIn(_ text: String) -> String {
        let utf8 = text.utf8
        guard let first = utf8.first else { return text }
        let lead = "scroll down for video".utf8
        if first | 0x20 == 0x73, utf8.count > lead.count, zip(utf8, lead).allSatisfy({ TextBytes.lower($0) == $1 }) {
            return String(text.dropFirst(lead.count).drop { $0 == " " || $0 == ":" || $0 == "." || $0 == "-" })
        }
        // "Label: Rest" where the label is one capitalized word, or a capitalized word and a
        // lower-case one, and the rest is a statement (not a quotation).
        guard TextBytes.isUpper(first), TextBytes.contains(0x3A, in: text, within: 26), let colon = text.firstIndex(of: ":") else {
            return text
        }
        let label = text[..<colon].split(separator: " ")
        guard label.count == 1 || (label.count == 2 && label[1].first?.isLowercase == true && !speechVerbs.contains(String(label[1]))),
            label.allSatisfy({ $0.allSatisfy { $0.isLetter || $0 == "'" || $0 == "’" || $0 == "-" } })
        else { return text }
        if label.count == 1, pronounLabels.contains(String(label[0])) { return text }
        let rest = text[text.index(after: colon)...].drop { $0 == " " }
        guard let start = rest.first, start.isUppercase || start.isNumber else { return text }
        guard rest.split(separator: " ").count >= 5 else { return text }
        return String(rest)
    }

    private static let speechVerbs: Set<String> = [
        "said", "says", "added", "told", "explained", "wrote", "tweeted", "insisted", "claimed", "asked",
        "replied", "warned", "admitted", "stated", "declared", "announced",
    ]
    private static let pronounLabels: Set<String> = ["He", "She", "They", "We", "I", "It", "You"]

    /// Removes asides that point at pictures: "(pictured)", "(left)", "(file photo)", and
    /// ", pictured last week," between commas.
    static func removingPictureAsides(_ original: String) -> String {
        var text = original
        return text.withUTF8 { s -> String in
            // Byte ranges to cut: each aside with the spaces before it.
            var cuts: [(Int, Int)] = []
            var i = 0
            while i < s.count {
                if s[i] == 0x2C, let end = commaAsideEnd(s, comma: i) {
                    cuts.append((i, end + 1))
                    i = end + 1
                    continue
                }
                guard s[i] == 0x28 else {
                    i += 1
                    continue
                }
                var close = i + 1
                while close < s.count, close - i <= 40, s[close] != 0x29, s[close] != 0x28 { close += 1 }
                guard close < s.count, s[close] == 0x29 else {
                    i += 1
                    continue
                }
                if isPictureAside(s, i + 1, close) {
                    var from = i
                    while from > 0, s[from - 1] == 0x20 { from -= 1 }
                    cuts.append((from, close + 1))
                }
                i = close + 1
            }
            guard !cuts.isEmpty else { return original }
            var out: [UInt8] = []
            out.reserveCapacity(s.count)
            var at = 0
            for (from, to) in cuts {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: s[at..<from]))
                at = to
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: s[at..<s.count]))
            let start = out.firstIndex { $0 != 0x20 } ?? out.count
            return String(decoding: out[start...], as: UTF8.self)
        }
    }

    /// For ", pictured ...," at `comma`: the offset of the closing comma, so that the aside and
    /// its opening comma can be cut. Nil when there is no such aside.
    private static func commaAsideEnd(_ s: UnsafeBufferPointer<UInt8>, comma: Int) -> Int? {
        let word = Array(" pictured".utf8)
        guard comma + word.count < s.count else { return nil }
        for k in word.indices where s[comma + 1 + k] != word[k] { return nil }
        var e = comma + 1 + word.count
        guard e < s.count, s[e] == 0x2C || s[e] == 0x20 else { return nil }
        while e < s.count, e - comma <= 70 {
            let b = s[e]
            if b == 0x2C { return e }
            if b == 0x2E || b == 0x3B || b == 0x3A || b == 0x28 || b == 0x29 || b == 0x22 { return nil }
            e += 1
        }
        return nil
    }

    /// True when the words in `s[start..<end]` only point at a picture ("pictured, left", "file photo").
    private static func isPictureAside(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        var words: [String] = []
        var a = start
        while a < end {
            while a < end, s[a] == 0x20 || s[a] == 0x2C { a += 1 }
            var b = a
            while b < end, s[b] != 0x20, s[b] != 0x2C { b += 1 }
            if b > a { words.append(TextBytes.lowercasedString(s, a, b)) }
            a = b
        }
        guard let first = words.first else { return false }
        if first == "pictured" { return true }
        return words.allSatisfy(pictureWords.contains) && words.contains(where: pictureCoreWords.contains)
    }

    private static let pictureCoreWords: Set<String> = [
        "pictured", "left", "right", "above", "below", "centre", "center", "inset", "top", "bottom", "photo",
        "photos", "picture", "pictures", "pic", "image", "images", "file", "illustration", "shown", "stock",
    ]
    private static let pictureWords: Set<String> =
        pictureCoreWords.union([
            "not", "far", "middle", "front", "back", "second", "third", "first", "fourth", "main", "posed", "by",
            "model", "models", "artist's", "artist’s", "artists", "impression", "and", "both", "clockwise",
            "from", "here", "seen", "video", "l", "r", "the", "in", "also", "again", "today",
        ])

    // MARK: Datelines

    private static let agencies: Set<String> = ["CNN", "Reuters", "AP", "AFP", "PA", "UPI", "Bloomberg", "dpa", "EW.com"]

    /// Removes a leading dateline or agency tag: "(CNN)", "LONDON, England (CNN) -- ",
    /// "WASHINGTON (Reuters) - ", "PARIS — ".
    static func removingDateline(_ sentence: String) -> String {
        // Cheap test first: "(" in the first 40 bytes, or an upper-case opening and a dash after a space.
        let mayHaveTag =
            sentence.utf8.withContiguousStorageIfAvailable { s -> Bool in
                let end = min(s.count, 41)
                let capitalOpening = end >= 2 && TextBytes.isUpper(s[0]) && TextBytes.isUpper(s[1])
                for k in 0..<end {
                    let b = s[k]
                    if b == 0x28 || (capitalOpening && k > 0 && s[k - 1] == 0x20 && (b == 0x2D || b == 0xE2)) { return true }
                }
                return false
            } ?? true
        guard mayHaveTag else { return sentence }
        let scalars = Array(sentence.unicodeScalars.prefix(80))
        var cut: Int?
        // "... (Agency)" within the first few words, the part before it capitalized.
        if let open = scalars.firstIndex(of: "("), open <= 40, let close = scalars[open...].firstIndex(of: ")"),
            close - open <= 32
        {
            let before = String(String.UnicodeScalarView(scalars[..<open]))
            let inside = String(String.UnicodeScalarView(scalars[(open + 1)..<close]))
            let beforeWords = before.split(whereSeparator: { $0 == " " || $0 == "," })
            let insideWords = inside.split(separator: " ")
            let capitalized = { (w: Substring) in w.first.map { $0.isUppercase } ?? false }
            var after = close + 1
            while after < scalars.count, scalars[after] == " " { after += 1 }
            let dashAfter = after < scalars.count && ["-", "—", "–"].contains(scalars[after])
            let gluedAfter = after == close + 1 && after < scalars.count && scalars[after].properties.isAlphabetic
            if beforeWords.count <= 4, beforeWords.allSatisfy(capitalized), !insideWords.isEmpty,
                insideWords.count <= 4, insideWords.allSatisfy(capitalized), close + 1 < scalars.count,
                open == 0 || dashAfter || gluedAfter || agencies.contains(inside)
            {
                cut = close + 1
            }
        }
        // "WASHINGTON — " or "LONDON, England -- ": an upper-case place, then a dash.
        if cut == nil {
            var k = 0
            while k < scalars.count, k < 40, scalars[k] != "—", scalars[k] != "–",
                !(scalars[k] == "-" && k + 1 < scalars.count && scalars[k + 1] == "-")
            {
                k += 1
            }
            if k < scalars.count, k < 40, k > 2 {
                let head = String(String.UnicodeScalarView(scalars[..<k]))
                let firstWord = head.split(whereSeparator: { $0 == " " || $0 == "," }).first ?? ""
                if firstWord.count >= 3, firstWord.allSatisfy({ $0.isUppercase || $0 == "." }),
                    head.split(separator: " ").count <= 4, head.last == " "
                {
                    cut = k
                }
            }
        }
        guard var start = cut else { return sentence }
        // Skip the dash and spaces after the tag.
        while start < scalars.count, [" ", "-", "—", "–", ":"].contains(scalars[start]) { start += 1 }
        guard start < scalars.count else { return sentence }
        var view = sentence.unicodeScalars
        view.removeFirst(start)
        return String(view)
    }
}
