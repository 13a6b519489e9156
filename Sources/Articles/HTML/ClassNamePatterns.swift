/// What an element's `class` and `id` say about it: part of the story, or page furniture.
///
/// The word lists follow the conventions most sites share ("sidebar", "comment", "related",
/// "article-body"); they are general rules, matched as lowercase substrings like the classic
/// Readability heuristics, with results memoized per distinct attribute value.
struct ClassNamePatterns {
    /// Names of containers that are almost never the story.
    static let unlikely = Needles([
        "-ad-", "ad-break", "agegate", "banner", "breadcrumb", "combx", "comment", "community",
        "cookie", "consent", "disqus", "extra", "footer", "gdpr", "header", "legends", "menu",
        "related", "remark", "replies", "rss", "shoutbox", "sidebar", "skyscraper", "social",
        "sponsor", "supplemental", "pagination", "pager", "popup", "modal", "newsletter", "subscribe",
        "signup", "sign-up", "outbrain", "taboola", "recommend", "most-popular",
        "mostpopular", "most-read", "mostread", "trending", "share", "sharing",
        "facebook", "whatsapp", "pinterest", "linkedin", "byline", "masthead", "navbar", "navigation",
        "dateline", "tags", "tagcloud", "toolbar", "tooltip", "skip-link", "skiplink", "print-only",
    ])
    /// Names that rescue an otherwise unlikely container ("main-header" may wrap the page).
    static let maybeCandidate = Needles(["and", "article", "body", "column", "content", "main", "mathjax", "shadow"])
    /// Names of containers that usually hold the story.
    static let positive = Needles([
        "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "pagination",
        "post", "text", "blog", "story", "prose", "rich-text", "richtext",
    ])
    /// Names of containers that usually hold something else.
    static let negative = Needles([
        "-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "footer", "footnote",
        "gdpr", "masthead", "media", "meta", "outbrain", "promo", "related", "scroll", "share",
        "shoutbox", "sidebar", "skyscraper", "sponsor", "shopping", "tags", "tool", "widget",
        "caption", "credit", "newsletter", "subscribe", "recommend", "teaser", "byline", "author",
        "social", "advert", "taboola", "popular", "trending", "breadcrumb", "nav",
    ], tokens: ["hid", "ad", "ads", "more"])
    /// Names of blocks that are furniture wherever they sit, even inside the story.
    static let furniture = Needles([
        "caption", "credit", "share", "sharing", "social", "newsletter", "subscribe", "signup",
        "related", "recommend", "read-more", "readmore", "more-stories", "morestories", "also-read",
        "further-reading", "byline", "author", "dateline", "timestamp", "publish", "posted-on",
        "advert", "advertisement", "sponsor", "promo", "outbrain", "taboola", "comment", "disqus",
        "tags", "tag-list", "taglist", "topics", "breadcrumb", "toolbar", "print", "popular",
        "trending", "most-read", "cookie", "consent", "premium-box", "donate", "donation",
        "related-links", "see-also", "embed-code", "copyright", "photo-credit", "image-credit",
        "footnote-ad", "inline-ad", "ad-container", "ad-slot", "adslot", "adunit", "ad-unit",
        "bio", "about-the-author", "contributor", "follow", "rating", "reaction", "widget",
    ], tokens: ["ad", "ads", "meta", "date", "time", "hide", "hidden", "sr-only", "visually-hidden", "visuallyhidden"])

    /// A set of lowercase substrings and whole words to look for in a class/id string.
    struct Needles: Sendable {
        /// All needles' bytes, back to back.
        private let bytes: [UInt8]
        /// Needle k is bytes[starts[k]..<starts[k + 1]]; needles are sorted by first byte.
        private let starts: [Int]
        /// Needles whose first byte is b are k in firstByte[b]..<firstByte[b + 1].
        private let firstByte: [Int]
        let tokens: Set<String>

        init(_ substrings: [String], tokens: [String] = []) {
            let sorted = substrings.map { Array($0.utf8) }.filter { !$0.isEmpty }.sorted { $0[0] < $1[0] }
            var bytes: [UInt8] = []
            var starts: [Int] = []
            var firstByte = [Int](repeating: 0, count: 257)
            for needle in sorted {
                starts.append(bytes.count)
                bytes.append(contentsOf: needle)
            }
            starts.append(bytes.count)
            var k = 0
            for b in 0...256 {
                while k < sorted.count && Int(sorted[k][0]) < b { k += 1 }
                firstByte[b] = k
            }
            self.bytes = bytes
            self.starts = starts
            self.firstByte = firstByte
            self.tokens = Set(tokens)
        }

        /// True when `lowercased` contains one of the substrings or one of the whole words.
        func matches(_ lowercased: String) -> Bool {
            if lowercased.isEmpty { return false }
            var s = lowercased
            let found = s.withUTF8 { hay -> Bool in
                let n = hay.count
                for i in 0..<n {
                    let b = Int(hay[i])
                    var k = firstByte[b]
                    let kEnd = firstByte[b + 1]
                    while k < kEnd {
                        let start = starts[k], length = starts[k + 1] - start
                        if i + length <= n {
                            var m = 1
                            while m < length && hay[i + m] == bytes[start + m] { m += 1 }
                            if m == length { return true }
                        }
                        k += 1
                    }
                }
                return false
            }
            if found { return true }
            if tokens.isEmpty { return false }
            for word in lowercased.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "_" }) where tokens.contains(String(word)) {
                return true
            }
            return false
        }
    }
}

/// Memoized class/id judgements for one page: the same class strings repeat many times.
struct ClassNameCache {
    private var weights: [String: Int] = [:]
    private var unlikely: [String: Bool] = [:]
    private var furniture: [String: Bool] = [:]

    /// The Readability class weight: +25 for a story-like class or id, -25 for a furniture-like one.
    mutating func weight(className: String, id: String) -> Int {
        weight(of: className) + weight(of: id)
    }

    private mutating func weight(of value: String) -> Int {
        if value.isEmpty { return 0 }
        if let w = weights[value] { return w }
        let lower = value.lowercased()
        var w = 0
        if ClassNamePatterns.negative.matches(lower) { w -= 25 }
        if ClassNamePatterns.positive.matches(lower) { w += 25 }
        weights[value] = w
        return w
    }

    /// True for containers whose class or id marks them as not the story.
    mutating func isUnlikely(_ key: String) -> Bool {
        if key.isEmpty { return false }
        if let u = unlikely[key] { return u }
        let lower = key.lowercased()
        let u = ClassNamePatterns.unlikely.matches(lower) && !ClassNamePatterns.maybeCandidate.matches(lower)
        unlikely[key] = u
        return u
    }

    /// True for blocks whose class or id marks them as furniture even inside the story.
    mutating func isFurniture(_ key: String) -> Bool {
        if key.isEmpty { return false }
        if let f = furniture[key] { return f }
        let f = ClassNamePatterns.furniture.matches(key.lowercased())
        furniture[key] = f
        return f
    }
}
