/// Recognizes the page furniture that saved articles carry: teasers, captions, share and newsletter
/// prompts, advertisements, copyright and agency credit lines.
///
/// It works on lines, so the HTML and feed readers can use it on the text of their blocks too.
/// Letters are compared without case; the rules read UTF-8 bytes, and lines that are not
/// byte-comparable (see `TextLine`) go to `CharacterRules`.
public struct NoiseFilter: Sendable {
    /// Creates a filter.
    public init() {}

    /// What a line is, when it is noise.
    public enum Noise: Sendable, Equatable {
        /// A "Read more" marker that introduces a teaser: it and the caption and headline after it go.
        case teaserMarker
        /// A "Most read" or "Related stories" heading that introduces a list of links.
        case listHeading
        /// A line that is noise on its own (captions, share prompts, "READ MORE: ..." links).
        case line
    }

    /// Classifies one line (already trimmed); nil when it is article text.
    public func classify(_ line: String) -> Noise? {
        classify(TextLine(line))
    }

    /// Removes a trailing agency credit such as "(Reporting by ...; Editing by ...)" from a paragraph.
    public func removingAgencyCredit(_ paragraph: String) -> String {
        removingAgencyCredit(TextLine(paragraph)).string
    }

    /// True for a photo caption or credit line ("File photo: ...", "Photograph: Reuters").
    public func isCaption(_ line: String) -> Bool {
        isCaption(TextLine(line))
    }

    /// True for a line that reads like a headline or teaser: short, with no sentence-ending stop.
    public func isHeadlineLike(_ line: String) -> Bool {
        isHeadlineLike(TextLine(line))
    }

    /// True for a caption that ends in a date ("..., Lebanon, Sept. 23, 2024").
    public func endsWithDate(_ line: String) -> Bool {
        endsWithDate(TextLine(line))
    }

    // MARK: - Rules on bytes

    /// `classify(_:)` on a line's bytes.
    func classify(_ line: TextLine) -> Noise? {
        guard line.isByteComparable else { return CharacterRules.classify(line.string) }
        let b = line.bytes
        // The line without punctuation and blanks at its ends, as the lists spell their entries.
        let bare = UTF8Scalars.trimming(b) { UTF8Scalars.isPunctuation($0) || UTF8Scalars.isBlank($0) }
        if Self.teaserMarkerBytes.contains(where: { bare.equals(ignoringCase: $0) }) { return .teaserMarker }
        if Self.listHeadingBytes.contains(where: { bare.equals(ignoringCase: $0) }) { return .listHeading }
        if Self.wholeLineBytes.contains(where: { bare.equals(ignoringCase: $0) }) { return .line }
        if Self.linePrefixBytes.contains(where: { b.hasPrefix(ignoringCase: $0) }) { return .line }
        if isSocialLine(bare) || isCommentCount(bare) || isLinkOnly(b) { return .line }
        if b.hasPrefix(ignoringCase: Self.copyrightSign) || b.hasPrefix(ignoringCase: Self.copyrightC) { return .line }
        // Copyright and newsletter lines are short: longer lines are not searched.
        let length = UTF8Scalars.count(b)
        if length < 160, b.hasPrefix(ignoringCase: Self.copyrightWord) || b.contains(ignoringCase: Self.allRightsReserved) {
            return .line
        }
        if length < 200, Self.newsletterPhraseBytes.contains(where: { b.contains(ignoringCase: $0) }) { return .line }
        if isAgencyCredit(b) { return .line }
        return nil
    }

    /// `removingAgencyCredit(_:)` on a paragraph's bytes.
    func removingAgencyCredit(_ paragraph: TextLine) -> TextLine {
        guard paragraph.isByteComparable else { return TextLine(CharacterRules.removingAgencyCredit(paragraph.string)) }
        let b = paragraph.bytes
        guard b.last == UInt8(ascii: ")"), let open = b.lastIndex(of: UInt8(ascii: "(")), isAgencyCredit(b[open...]) else {
            return paragraph
        }
        return paragraph.with(b[..<open].trimmingBlanks())
    }

    /// `isCaption(_:)` on a line's bytes.
    func isCaption(_ line: TextLine) -> Bool {
        guard line.isByteComparable else { return CharacterRules.isCaption(line.string) }
        return Self.captionPrefixBytes.contains { line.bytes.hasPrefix(ignoringCase: $0) }
            || Self.creditSuffixBytes.contains { line.bytes.hasSuffix(ignoringCase: $0) }
    }

    /// `isHeadlineLike(_:)` on a line's bytes.
    func isHeadlineLike(_ line: TextLine) -> Bool {
        guard line.isByteComparable else { return CharacterRules.isHeadlineLike(line.string) }
        let b = line.bytes
        let words = Self.wordCount(b, limit: 21) { UTF8Scalars.isWhitespace($0) }
        guard words > 0, words <= 20 else { return false }
        let last = UTF8Scalars.decode(b, endingAt: b.endIndex).value
        return !Self.isHeadlineEnd(last) || last == UInt32(UInt8(ascii: "?"))
    }

    /// `endsWithDate(_:)` on a line's bytes.
    func endsWithDate(_ line: TextLine) -> Bool {
        guard line.isByteComparable else { return CharacterRules.endsWithDate(line.string) }
        let trimmed = UTF8Scalars.trimming(line.bytes) { $0 == 0x2E || $0 == 0x20 }
        let parts = trimmed.split(separator: UInt8(ascii: ",")).map { $0.trimmingBlanks() }
        // Four bytes that read as an Int are four ASCII characters, as the Character count wants.
        guard parts.count >= 2, let year = parts.last, year.count == 4, Int(String(decoding: year, as: UTF8.self)) != nil else {
            return false
        }
        let monthDay = parts[parts.count - 2]
        return Self.monthNameBytes.contains { monthDay.hasPrefix(ignoringCase: $0) }
    }

    /// Share bars: every word (or most, two at least) names a network or a share action.
    private func isSocialLine(_ bare: ArraySlice<UInt8>) -> Bool {
        let isSeparator = { (v: UInt32) in UTF8Scalars.isWhitespace(v) || v == 0x7C || v == 0x2C || v == 0x2F || v == 0xB7 }  // | , / ·
        let count = Self.wordCount(bare, limit: 13, separator: isSeparator)
        guard count > 0, count <= 12 else { return false }
        let words = Self.words(bare, limit: 13, separator: isSeparator)
        let social = words.filter { word in Self.socialWordBytes.contains { word.equals(ignoringCase: $0) } }.count
        if Self.socialLinePrefixes.contains(where: { bare.hasPrefix(ignoringCase: $0) }) { return true }
        return social == words.count || (social >= 2 && social * 2 >= words.count)
    }

    /// "12 comments", "Comments (3)", "Leave a comment".
    private func isCommentCount(_ bare: ArraySlice<UInt8>) -> Bool {
        let isSpace = { (v: UInt32) in v == 0x20 }
        if Self.wordCount(bare, limit: 3, separator: isSpace) == 2 {
            let words = Self.words(bare, limit: 2, separator: isSpace)
            if Int(String(decoding: words[0], as: UTF8.self)) != nil,
               words[1].equals(ignoringCase: Self.commentsWord) || words[1].equals(ignoringCase: Self.commentWord) {
                return true
            }
        }
        if bare.hasPrefix(ignoringCase: Self.commentsSpace) {
            let rest = bare.dropFirst(Self.commentsSpace.count)
            var i = rest.startIndex, allCount = true
            while i < rest.endIndex, allCount {
                let (scalar, width) = UTF8Scalars.decode(rest, at: i)
                allCount = UTF8Scalars.isNumber(scalar) || scalar == 0x28 || scalar == 0x29
                i += width
            }
            if allCount { return true }
        }
        return Self.commentLineBytes.contains { bare.equals(ignoringCase: $0) }
    }

    /// A line that is only an image, a Markdown link or a bare URL.
    private func isLinkOnly(_ line: ArraySlice<UInt8>) -> Bool {
        let t = line.trimmingBlanks()
        if t.starts(with: Self.imageOpen), t.last == UInt8(ascii: ")") { return true }  // Markdown image
        if t.first == UInt8(ascii: "["), t.last == UInt8(ascii: ")") {
            let linkMiddle = Self.linkMiddle
            if let close = t.indices.first(where: { t.matches(linkMiddle, at: $0) }),
               !t[(close + 2)...].contains(UInt8(ascii: " ")) {
                return true  // a line that is only a Markdown link
            }
        }
        if Self.urlStarts.contains(where: { t.starts(with: $0) }) && !t.contains(UInt8(ascii: " ")) { return true }
        return false
    }

    /// "(Reporting by ...; Editing by ...)".
    private func isAgencyCredit(_ text: ArraySlice<UInt8>) -> Bool {
        guard text.first == UInt8(ascii: "("), text.last == UInt8(ascii: ")"), UTF8Scalars.count(text) < 400 else { return false }
        return Self.agencyCreditPrefixBytes.contains { text.hasPrefix(ignoringCase: $0) }
    }

    /// The words between separator scalars, counting no further than `limit`.
    private static func words(_ b: ArraySlice<UInt8>, limit: Int, separator: (UInt32) -> Bool) -> [ArraySlice<UInt8>] {
        var words: [ArraySlice<UInt8>] = []
        var i = b.startIndex, start = b.startIndex
        while i < b.endIndex, words.count < limit {
            let (scalar, width) = UTF8Scalars.decode(b, at: i)
            if separator(scalar) {
                if start < i { words.append(b[start..<i]) }
                start = i + width
            }
            i += width
        }
        if words.count < limit, start < b.endIndex { words.append(b[start...]) }
        return words
    }

    /// The number of words between separator scalars, counting no further than `limit`.
    static func wordCount(_ b: ArraySlice<UInt8>, limit: Int, separator: (UInt32) -> Bool) -> Int {
        var count = 0
        var inWord = false
        var i = b.startIndex
        while i < b.endIndex {
            let (scalar, width) = UTF8Scalars.decode(b, at: i)
            if separator(scalar) {
                inWord = false
            } else if !inWord {
                inWord = true
                count += 1
                if count >= limit { return count }
            }
            i += width
        }
        return count
    }

    // MARK: - Lists

    /// Lines that introduce a teaser, as the Character rules spell them (lowercase, no punctuation).
    static let teaserMarkerList = ["read more", "read more here", "more on this story", "recommended",
                                              "related story", "you may also like", "read next", "also read"]
    static let listHeadingList = ["most read", "most popular", "trending", "related stories",
                                            "related articles", "more stories", "top stories", "latest news",
                                            "more from", "related content", "you might also like",
                                            "related topics", "more on this story"]
    static let wholeLineList = [
        "advertisement", "advertisements", "sponsored", "sponsored content", "story continues below advertisement",
        "continue reading", "continue reading below", "article continues below", "image caption", "image source",
        "media caption", "video caption", "skip advertisement", "scroll to continue", "listen to this article",
        "print", "email", "share", "tweet", "copy link", "copied", "share this article", "share this story",
        "click to share", "watch", "play video", "loading", "close", "menu", "subscribe", "sign in", "log in",
    ]
    static let linePrefixes = [
        "read more:", "read more -", "read more –", "read more —", "also read:", "related:",
        "related article:", "related story:", "see also:", "watch:", "watch now:", "listen:", "more:",
        "file photo:", "file picture:", "photo:", "photograph:", "photos:", "picture:", "pictured:", "image:",
        "image caption", "image source", "media caption", "caption:", "credit:", "photo credit:",
        "getty images", "advertisement", "sign up for", "sign up to", "subscribe to our", "subscribe now",
        "follow us on", "follow our", "click here", "download our app", "don't miss:", "must read:",
        "this article originally appeared", "this story originally appeared", "you may also like:",
    ]
    static let newsletterPhrases = ["our newsletter", "newsletter sign", "sign up for our", "sign up to our",
                                    "delivered to your inbox", "straight to your inbox", "get the latest news in your inbox"]
    static let socialWordList = ["share", "facebook", "twitter", "x", "whatsapp", "linkedin", "email",
                                           "e-mail", "pinterest", "reddit", "telegram", "messenger", "copy",
                                           "link", "print", "tweet", "on", "this", "article", "flipboard", "bluesky", "threads"]
    static let commentLines = ["view comments", "show comments", "join the conversation", "leave a comment", "add a comment",
                               "comments", "no comments"]
    static let agencyCreditPrefixes = ["(reporting by", "(additional reporting", "(writing by", "(editing by", "(compiled by",
                                       "(reporting and writing", "(this story has been", "(this article was"]
    static let captionPrefixes = ["file photo", "file picture", "photo:", "photograph:", "picture:", "pictured:",
                                  "image:", "image caption", "caption:", "(photo", "photo by", "photo credit"]
    static let creditSuffixes = ["/ getty images", "/getty images", "getty images", "/ afp", "/ reuters",
                                 "/ ap", "(ap photo)", "(reuters)", "/ shutterstock", "/ epa"]
    static let monthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    // The lists as sets, for the Character rules.
    static let teaserMarkers = Set(teaserMarkerList)
    static let listHeadings = Set(listHeadingList)
    static let wholeLines = Set(wholeLineList)
    static let socialWords = Set(socialWordList)

    // The lists as UTF-8, for the byte-wise rules.
    private static func utf8(_ list: [String]) -> [[UInt8]] { list.map { Array($0.utf8) } }
    private static let teaserMarkerBytes = utf8(teaserMarkerList)
    private static let listHeadingBytes = utf8(listHeadingList)
    private static let wholeLineBytes = utf8(wholeLineList)
    private static let linePrefixBytes = utf8(linePrefixes)
    private static let newsletterPhraseBytes = utf8(newsletterPhrases)
    private static let socialWordBytes = utf8(socialWordList)
    private static let commentLineBytes = utf8(commentLines)
    private static let agencyCreditPrefixBytes = utf8(agencyCreditPrefixes)
    private static let captionPrefixBytes = utf8(captionPrefixes)
    private static let creditSuffixBytes = utf8(creditSuffixes)
    private static let monthNameBytes = utf8(monthNames)
    private static let socialLinePrefixes = utf8(["share this", "share on", "follow us"])
    private static let copyrightSign = Array("©".utf8), copyrightC = Array("(c) ".utf8), copyrightWord = Array("copyright".utf8)
    private static let allRightsReserved = Array("all rights reserved".utf8)
    private static let commentsWord = Array("comments".utf8), commentWord = Array("comment".utf8)
    private static let commentsSpace = Array("comments ".utf8)
    private static let imageOpen = Array("![".utf8), linkMiddle = Array("](".utf8)
    private static let urlStarts = utf8(["http://", "https://", "www."])

    /// True for the scalars that end a sentence or quotation (`.!?:;"”’'…`), so a line ending in
    /// one does not read like a headline.
    private static func isHeadlineEnd(_ v: UInt32) -> Bool {
        switch v {
        case 0x2E, 0x21, 0x3F, 0x3A, 0x3B, 0x22, 0x201D, 0x2019, 0x27, 0x2026: return true
        default: return false
        }
    }
}
