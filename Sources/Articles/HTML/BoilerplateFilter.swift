/// Drops paragraphs that are page furniture by their words alone: "Advertisement",
/// "Read more: ...", "Share this article", photo credits, a repeat of the headline.
struct BoilerplateFilter {
    /// The lowercased headline, if known.
    let title: String?

    func filter(_ paragraphs: [String]) -> [String] {
        paragraphs.filter { !isFurniture($0) }
    }

    /// Whole paragraphs that carry no story.
    private static let exactLines: Set<String> = [
        "advertisement", "advertising", "ad", "sponsored", "sponsored content", "share", "share this",
        "share this article", "share this story", "share on facebook", "share on twitter", "tweet",
        "email", "print", "comments", "comment", "read more", "read more.", "continue reading",
        "show more", "load more", "see more", "click here", "related", "related articles",
        "related stories", "related content", "related posts", "related links", "see also",
        "further reading", "more stories", "recommended reading", "recommended for you", "more on this story", "more from", "recommended",
        "you may also like", "you might also like", "most read", "most popular", "trending",
        "sign up", "subscribe", "subscribe now", "log in", "sign in", "skip to content",
        "skip to main content", "back to top", "image", "photo", "video", "watch", "listen",
        "story continues below advertisement", "article continues below advertisement",
        "continue reading below", "article continues below", "story continues below",
        "scroll to continue with content", "follow us", "newsletter", "topics", "tags",
        "copy link", "link copied", "copied", "facebook", "twitter", "whatsapp", "linkedin",
        "pinterest", "reddit", "messenger", "more", "next", "previous", "close", "learn more",
        "don't miss", "dont miss", "must read", "top stories", "editor's picks", "latest news",
    ]

    /// Paragraph openings that announce a teaser or a credit rather than story text.
    private static let prefixes: [String] = [
        "read more:", "read more »", "read more here", "read also:", "also read:", "read:", "see also:",
        "related:", "related article:", "related story:", "related coverage:", "more:", "watch:",
        "watch now:", "listen:", "click here to", "sign up for", "sign up to", "subscribe to our",
        "subscribe to the", "get our newsletter", "photo:", "photograph:", "image:", "picture:",
        "image source:", "image caption", "media caption", "caption:", "credit:", "photo credit:",
        "(photo:", "(image:", "(credit:", "copyright:", "©", "follow us on", "like us on facebook",
        "this article was originally published", "this story was originally published",
        "advertisement -", "advertisement:", "recommended:", "suggested:", "trending:",
        "most read:", "you may also like:", "further reading:", "more from ", "download the app",
        "click to share", "share this:", "share on", "like this story", "like this article",
        "enjoyed this article", "if you enjoyed this", "if you liked this", "first published:",
        "published:", "last updated:", "updated:", "posted:", "image copyright", "photo by ",
        "photos by ", "(photo by", "photo courtesy", "(ap photo", "ap photo/", "getty images",
    ]

    private static let prefixBytes: [[UInt8]] = prefixes.map { Array($0.utf8) }

    func isFurniture(_ paragraph: String) -> Bool {
        let length = paragraph.utf8.count
        if let title, !title.isEmpty, length == title.utf8.count, paragraph.lowercased() == title { return true }
        guard length < 400 else { return false }
        if length < 80, Self.exactLines.contains(paragraph.lowercased().trimmingPunctuation()) { return true }
        // Compare the opening bytes, ASCII-lowercased; every prefix is short.
        var head = [UInt8](paragraph.utf8.prefix(48))
        for k in head.indices where head[k] >= 0x41 && head[k] <= 0x5A { head[k] |= 0x20 }
        for p in Self.prefixBytes where head.starts(with: p) { return true }
        if length < 200, head.starts(with: Array("read more".utf8)) || head.starts(with: Array("read next".utf8)) { return true }
        if length < 80, Self.isDateline(paragraph) { return true }
        // Feed footers: "The post Title appeared first on Site."
        if length < 300, head.starts(with: Array("the post ".utf8)), paragraph.containsBytes(" appeared first on ") { return true }
        return false
    }
}

extension BoilerplateFilter {
    /// A short line that is only a date or time stamp ("·11 October 2018", "Tuesday, November 19,
    /// 2019 08:38 AM", "22 de outubro de 2010 às 20:13"): a year or a clock time, a few words,
    /// and no sentence ending.
    static func isDateline(_ line: String) -> Bool {
        // Every date line has a digit; most lines that reach here have none.
        guard line.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return false }
        // "— Name (@handle) October 9, 2018" credits a quoted post: part of the quote.
        if line.hasPrefix("\u{2014}") || line.hasPrefix("-") || line.utf8.contains(UInt8(ascii: "@")) { return false }
        let trimmed = line.trimmingPunctuation()
        guard let last = line.last, last != ".", last != "!", last != "?", last != "\u{3002}" else { return false }
        let words = trimmed.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "|" || $0 == "·" || $0 == "-" })
        guard !words.isEmpty, words.count <= 9 else { return false }
        var dated = false
        var wordy = 0
        for w in words {
            let digits = w.filter(\.isNumber)
            if digits.count == 4, let year = Int(digits), (1900...2099).contains(year), w.count <= 5 { dated = true }
            else if Self.isClockTime(w) { dated = true }
            else if digits.isEmpty && w.count > 3 { wordy += 1 }
        }
        return dated && wordy <= 3
    }

    /// "08:38", "20:13", "9:05:30".
    static func isClockTime(_ word: Substring) -> Bool {
        let parts = word.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3 else { return false }
        guard parts[0].count <= 2, parts.dropFirst().allSatisfy({ $0.count == 2 }) else { return false }
        return parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }
    }
}

extension String {
    /// The string without leading and trailing spaces and punctuation marks.
    func trimmingPunctuation() -> String {
        let scalars = unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        func junk(_ s: Unicode.Scalar) -> Bool {
            s.properties.isWhitespace || s.properties.generalCategory.isPunctuation
                || s == "|" || s == ">" || s == "<" || s == "»" || s == "«" || s == "›" || s == "→"
        }
        while start < end, junk(scalars[start]) { start = scalars.index(after: start) }
        while end > start, junk(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
        return String(scalars[start..<end])
    }
}

extension Unicode.GeneralCategory {
    var isPunctuation: Bool {
        switch self {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation, .mathSymbol, .otherSymbol:
            return true
        default:
            return false
        }
    }
}
