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

    /// The sentence to read, with any leading dateline removed.
    var text: String
    /// Its words.
    var words: Int
    var dependence: Dependence
    var exclusion: Exclusion?
    /// Opens with a quotation and names no speaker.
    var unattributedQuote: Bool
    /// The share of its words inside quotation marks.
    var quotedShare: Double

    init(_ sentence: String, minWords: Int) {
        var text = Self.removingDateline(sentence)
        let scan = text.withUTF8 { WordScan($0) }
        self.text = text
        words = scan.whitespaceWords
        dependence = Self.dependence(scan)
        unattributedQuote = scan.opensWithQuote && !scan.hashes.contains(where: { Self.speakerVerbs.contains($0) })
        exclusion = Self.exclusion(scan, minWords: minWords)
        quotedShare = scan.quotedShare
    }

    // MARK: Exclusions

    private static func exclusion(_ scan: WordScan, minWords: Int) -> Exclusion? {
        if scan.lastMark == 0x3F { return .question }  // ?
        if scan.lastMark == 0x3A { return .fragment }  // "Key points:"
        if scan.whitespaceWords < minWords { return .fragment }
        // Headers and name lists ("READ MORE HERE", "Arsenal 2 Chelsea 1") have no lower-case word.
        if !scan.hasLowercaseWord { return .fragment }
        for k in scan.hashes.indices {
            guard let phrases = furniture[scan.hashes[k]] else { continue }
            for phrase in phrases where scan.matches(phrase, at: k) { return .furniture }
        }
        return nil
    }

    /// Phrases that mark credits, captions and page furniture, by their first word.
    private static let furniture: [UInt64: [WordScan.Phrase]] = {
        let phrases: [WordScan.Phrase] = [
            .init("scroll down for"), .init("click here"), .init("read more", after: ":"), .init("photo", after: ":"),
            .init("photograph", after: ":"), .init("photographs", after: ":"), .init("picture", after: ":"),
            .init("pictures", after: ":"), .init("image", after: ":"), .init("images", after: ":"),
            .init("credit", after: ":"), .init("credits", after: ":"), .init("video", after: ":"),
            .init("getty images"), .init("getty", before: "/"), .init("ap photo"), .init("photo by"),
            .init("photo credit"), .init("photograph by"), .init("pictures by"), .init("photo", before: "("),
            .init("picture", before: "("), .init("image", before: "("), .init("contributed to this report"),
            .init("contributed reporting"), .init("follow us on"), .init("sign up for"), .init("all rights reserved"),
            .init("share this article"), .init("download the app"), .init("watch the video"), .init("watch video"),
            .init("reporting by"), .init("editing by"), .init("additional reporting"),
        ]
        return Dictionary(grouping: phrases, by: { $0.words[0] })
    }()

    private static let speakerVerbs: Set<UInt64> = Set(
        ["said", "says", "told", "added", "asked", "explained", "wrote", "insisted", "claimed", "according", "tweeted"]
            .map(WordScan.hash))

    // MARK: Dependence on the sentence before

    private static func dependence(_ scan: WordScan) -> Dependence {
        if scan.opensLowercase { return .previous }  // picks up mid-sentence
        guard let first = scan.word(0) else { return .none }
        if linkWords.contains(first) { return .previous }
        let second = scan.word(1) ?? ""
        switch (first, second) {
        case ("in", "addition"), ("even", "so"), ("after", "that"), ("for", "example"), ("for", "instance"),
            ("in", "fact"), ("in", "turn"), ("in", "contrast"), ("in", "response"), ("he", "added"),
            ("she", "added"), ("they", "added"), ("not", "only"), ("by", "then"):
            return .previous
        case ("as", "a"):
            return scan.word(2) == "result" ? .previous : .none
        case ("on", "the"), ("at", "the"):
            let third = scan.word(2)
            return third == "other" || third == "same" ? .previous : .none
        case ("because", "of"):
            let third = scan.word(2)
            return third == "this" || third == "that" || third == "it" ? .previous : .none
        case ("the", "latter"), ("the", "former"), ("the", "move"), ("the", "decision"), ("the", "comments"),
            ("the", "remarks"), ("the", "statement"), ("the", "incident"), ("the", "news"),
            ("the", "announcement"), ("the", "same"):
            return .referent
        default:
            break
        }
        if pronouns.contains(first) { return .referent }
        return .none
    }

    /// Opening words that tie a sentence to the one before it.
    private static let linkWords: Set<String> = [
        "but", "however", "this", "that", "these", "those", "also", "and", "so", "yet", "still", "instead",
        "meanwhile", "nevertheless", "nonetheless", "moreover", "furthermore", "besides", "then", "thus",
        "therefore", "hence", "otherwise", "such", "likewise", "similarly", "consequently", "accordingly",
        "indeed", "too", "or", "nor", "again", "there", "here", "afterwards", "later", "previously",
        "earlier", "both", "another", "other", "others", "which", "whereas", "although", "though",
    ]

    /// Pronouns that open a sentence about someone or something named before.
    private static let pronouns: Set<String> = [
        "he", "she", "they", "it", "his", "her", "their", "its", "him", "them", "we", "our", "he's", "she's",
        "they're", "it's", "i",
    ]

    // MARK: Datelines

    private static let agencies: Set<String> = ["CNN", "Reuters", "AP", "AFP", "PA", "UPI", "Bloomberg", "dpa", "EW.com"]

    /// Removes a leading dateline or agency tag: "(CNN)", "LONDON, England (CNN) -- ",
    /// "WASHINGTON (Reuters) - ", "PARIS — ".
    static func removingDateline(_ sentence: String) -> String {
        // Cheap test first: a tag needs "(" or a dash near the start.
        var mayHaveTag = false
        var seen = 0
        for b in sentence.utf8 {
            if b == 0x28 || b == 0x2D || b == 0xE2 { mayHaveTag = true; break }
            seen += 1
            if seen > 60 { break }
        }
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
