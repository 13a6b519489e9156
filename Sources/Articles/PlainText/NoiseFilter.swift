import Foundation

/// Recognizes the page furniture that saved articles carry: teasers, captions, share and newsletter
/// prompts, advertisements, copyright and agency credit lines.
///
/// It works on lines, so the HTML and feed readers can use it on the text of their blocks too.
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
        let lower = line.lowercased()
        let bare = lower.trimmingCharacters(in: CharacterSet.punctuationCharacters.union(.whitespaces))
        if Self.teaserMarkers.contains(bare) { return .teaserMarker }
        if Self.listHeadings.contains(bare) { return .listHeading }
        if Self.wholeLines.contains(bare) { return .line }
        if Self.linePrefixes.contains(where: { lower.hasPrefix($0) }) { return .line }
        if isSocialLine(bare) { return .line }
        if isCommentCount(bare) { return .line }
        if isLinkOnly(line) { return .line }
        if lower.hasPrefix("©") || lower.hasPrefix("(c) ") || (lower.hasPrefix("copyright") && line.count < 160)
            || (lower.contains("all rights reserved") && line.count < 160)
        {
            return .line
        }
        if Self.newsletterPhrases.contains(where: { lower.contains($0) }) && line.count < 200 { return .line }
        if isAgencyCredit(line) { return .line }
        return nil
    }

    /// Removes a trailing agency credit such as "(Reporting by ...; Editing by ...)" from a paragraph.
    public func removingAgencyCredit(_ paragraph: String) -> String {
        guard paragraph.hasSuffix(")"), let open = paragraph.range(of: "(", options: .backwards) else {
            return paragraph
        }
        let credit = String(paragraph[open.lowerBound...])
        guard isAgencyCredit(credit) else { return paragraph }
        return paragraph[..<open.lowerBound].trimmingCharacters(in: .whitespaces)
    }

    /// True for a photo caption or credit line ("File photo: ...", "Photograph: Reuters").
    public func isCaption(_ line: String) -> Bool {
        let lower = line.lowercased()
        return Self.captionPrefixes.contains { lower.hasPrefix($0) }
            || Self.creditSuffixes.contains { lower.hasSuffix($0) }
    }

    /// True for a line that reads like a headline or teaser: short, with no sentence-ending stop.
    public func isHeadlineLike(_ line: String) -> Bool {
        let words = line.split(whereSeparator: \.isWhitespace).count
        guard words > 0, words <= 20, let last = line.last else { return false }
        return !".!?:;\"”’'…".contains(last) || line.hasSuffix("?")
    }

    /// True for a caption that ends in a date ("..., Lebanon, Sept. 23, 2024").
    public func endsWithDate(_ line: String) -> Bool {
        let trimmed = line.trimmingCharacters(in: CharacterSet(charactersIn: ". "))
        let parts = trimmed.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count >= 2, let year = parts.last, year.count == 4, Int(year) != nil else { return false }
        let monthDay = parts[parts.count - 2].lowercased()
        return Self.monthNames.contains { monthDay.hasPrefix($0) }
    }

    // MARK: - Rules

    private func isSocialLine(_ bare: String) -> Bool {
        let words = bare.split(whereSeparator: { $0.isWhitespace || $0 == "|" || $0 == "," || $0 == "/" || $0 == "·" })
        guard !words.isEmpty, words.count <= 12 else { return false }
        let social = words.filter { Self.socialWords.contains(String($0)) }.count
        if bare.hasPrefix("share this") || bare.hasPrefix("share on") || bare.hasPrefix("follow us") { return true }
        return social == words.count || (social >= 2 && social * 2 >= words.count)
    }

    private func isCommentCount(_ bare: String) -> Bool {
        let words = bare.split(separator: " ")
        if words.count == 2, Int(words[0]) != nil, words[1] == "comments" || words[1] == "comment" { return true }
        if bare.hasPrefix("comments ") && bare.dropFirst(9).allSatisfy({ $0.isNumber || $0 == "(" || $0 == ")" }) { return true }
        return ["view comments", "show comments", "join the conversation", "leave a comment", "add a comment",
                "comments", "no comments"].contains(bare)
    }

    private func isLinkOnly(_ line: String) -> Bool {
        let t = line.trimmingCharacters(in: .whitespaces)
        if t.hasPrefix("!["), t.hasSuffix(")") { return true }  // Markdown image
        if t.hasPrefix("["), t.hasSuffix(")"), let close = t.range(of: "]("), t[close.upperBound...].firstIndex(of: " ") == nil {
            return true  // a line that is only a Markdown link
        }
        if (t.hasPrefix("http://") || t.hasPrefix("https://") || t.hasPrefix("www.")) && !t.contains(" ") { return true }
        return false
    }

    private func isAgencyCredit(_ text: String) -> Bool {
        guard text.hasPrefix("("), text.hasSuffix(")"), text.count < 400 else { return false }
        let lower = text.lowercased()
        return ["(reporting by", "(additional reporting", "(writing by", "(editing by", "(compiled by",
                "(reporting and writing", "(this story has been", "(this article was"].contains { lower.hasPrefix($0) }
    }

    static let teaserMarkers: Set<String> = ["read more", "read more here", "more on this story", "recommended",
                                              "related story", "you may also like", "read next", "also read"]
    static let listHeadings: Set<String> = ["most read", "most popular", "trending", "related stories",
                                            "related articles", "more stories", "top stories", "latest news",
                                            "more from", "related content", "you might also like",
                                            "related topics", "more on this story"]
    static let wholeLines: Set<String> = [
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
    static let socialWords: Set<String> = ["share", "facebook", "twitter", "x", "whatsapp", "linkedin", "email",
                                           "e-mail", "pinterest", "reddit", "telegram", "messenger", "copy",
                                           "link", "print", "tweet", "on", "this", "article", "flipboard", "bluesky", "threads"]
    static let captionPrefixes = ["file photo", "file picture", "photo:", "photograph:", "picture:", "pictured:",
                                  "image:", "image caption", "caption:", "(photo", "photo by", "photo credit"]
    static let creditSuffixes = ["/ getty images", "/getty images", "getty images", "/ afp", "/ reuters",
                                 "/ ap", "(ap photo)", "(reuters)", "/ shutterstock", "/ epa"]
    static let monthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
}
