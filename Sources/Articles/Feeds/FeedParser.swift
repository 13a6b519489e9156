import Foundation

/// Reads news feeds: RSS 2.0 (with `content:encoded`), RSS 1.0 (RDF), Atom (text, html and
/// xhtml content) and JSON Feed 1.0/1.1. Every item becomes an article; HTML inside items is
/// cleaned the same way as web pages.
public struct FeedParser: Sendable {
    /// Creates a parser.
    public init() {}

    /// The articles of a feed, in feed order.
    /// - Parameters:
    ///   - data: the feed document.
    ///   - origin: where it came from (a path or URL); relative item links resolve against a URL.
    public func parse(_ data: Data, origin: String? = nil) throws(ArticlesError) -> [Article] {
        try entries(data, origin: origin).map(\.article)
    }

    /// The items of a feed, with what the loader needs to know to complete teasers.
    func entries(_ data: Data, origin: String?) throws(ArticlesError) -> [FeedEntry] {
        let source = origin ?? "-"
        switch SourceFormat.detect(data, pathExtension: origin.map { ($0 as NSString).pathExtension }) {
        case .jsonFeed:
            return try JSONFeedReader(origin: origin).entries(data)
        case .rss, .atom:
            let bytes = TextDecoding.utf8XML([UInt8](data))
            if let refusal = XMLSafety.refusal(bytes) { throw ArticlesError(source: source, reason: refusal) }
            let tree: DOMTree
            do {
                tree = try LibXMLDocument.parseXML(bytes).makeTree()
            } catch {
                throw ArticlesError(source: source, reason: "not a readable feed: \(error.message)")
            }
            return try XMLFeedReader(tree: tree, origin: origin).entries()
        default:
            throw ArticlesError(source: source, reason: "not a feed (expected RSS, Atom or JSON Feed)")
        }
    }
}

/// One feed item as read, before any linked page is fetched.
struct FeedEntry: Sendable {
    var article: Article
    /// True when the item carries only a summary and its link may hold the full story.
    var isTeaser: Bool
}

extension FeedEntry {
    /// Builds an entry from an item's fields, choosing the fullest body.
    init(title: String?, link: String?, author: String?, date: String?, feedTitle: String?,
         bodies: [(text: String, isHTML: Bool)], origin: String?) {
        let cleanTitle = title.map(FeedText.inline).flatMap { $0.isEmpty ? nil : $0 }
        var best: [String] = []
        var bestLength = 0
        for body in bodies where !body.text.isEmpty {
            let paragraphs = body.isHTML
                ? HTMLFragment.paragraphs(fromTextOrHTML: body.text, title: cleanTitle)
                : HTMLFragment.paragraphs(plainText: body.text, title: cleanTitle)
            let length = paragraphs.reduce(0) { $0 + $1.count }
            if length > bestLength {
                best = paragraphs
                bestLength = length
            }
        }
        let headline = cleanTitle ?? best.first.map { String($0.prefix(80)) } ?? "Untitled"
        article = Article(
            title: headline, byline: author.map(FeedText.authorName).flatMap { $0.isEmpty ? nil : $0 },
            published: date.flatMap(DateParser.parse), source: feedTitle.map(FeedText.inline).flatMap { $0.isEmpty ? nil : $0 },
            url: link, paragraphs: best, origin: origin)
        isTeaser = link != nil && FeedText.isTeaser(best)
    }
}

/// Text clean-up for feed fields.
enum FeedText {
    /// A one-line field (a title, a name): markup stripped, entities decoded, spaces collapsed.
    static func inline(_ text: String) -> String {
        if HTMLFragment.looksLikeMarkup(text) {
            return HTMLFragment.paragraphs(html: text).joined(separator: " ")
        }
        return HTMLFragment.decodeEntities(TextNormalizer.collapseWhitespace(text))
    }

    /// "jane@example.com (Jane Doe)" → "Jane Doe"; other forms unchanged.
    static func authorName(_ raw: String) -> String {
        let text = inline(raw)
        if let open = text.firstIndex(of: "("), let close = text.lastIndex(of: ")"), open < close, text.contains("@") {
            return String(text[text.index(after: open)..<close]).trimmingCharacters(in: .whitespaces)
        }
        return text
    }

    /// True for a body that is only a summary: short, or cut off with an ellipsis.
    static func isTeaser(_ paragraphs: [String]) -> Bool {
        let length = paragraphs.reduce(0) { $0 + $1.count }
        if length < 500 { return true }
        guard paragraphs.count <= 3, let last = paragraphs.last else { return false }
        return last.hasSuffix("…") || last.hasSuffix("...") || last.hasSuffix("[…]") || last.hasSuffix("[...]")
    }

    /// `link` made absolute against the feed's own address, when that is a URL.
    static func absolute(_ link: String?, base: String?) -> String? {
        guard let link = link?.trimmingCharacters(in: .whitespacesAndNewlines), !link.isEmpty else { return nil }
        if link.hasPrefix("http://") || link.hasPrefix("https://") { return link }
        if let base, base.hasPrefix("http"), let baseURL = URL(string: base), let url = URL(string: link, relativeTo: baseURL) {
            return url.absoluteString
        }
        return link
    }
}

/// RSS and Atom, read from the XML tree.
struct XMLFeedReader {
    let tree: DOMTree
    let origin: String?

    private static let contentNS = "http://purl.org/rss/1.0/modules/content/"

    func entries() throws(ArticlesError) -> [FeedEntry] {
        guard tree.root >= 0 else { throw ArticlesError(source: origin ?? "-", reason: "the feed is empty") }
        let rootName = tree.names[Int(tree.root)].lowercased()
        switch rootName {
        case "rss":
            guard let channel = child(tree.root, "channel") else {
                throw ArticlesError(source: origin ?? "-", reason: "RSS feed without a <channel>")
            }
            let feedTitle = child(channel, "title").map(text)
            return children(channel, "item").map { rssEntry($0, feedTitle: feedTitle) }
        case "rdf", "rdf:rdf":
            let feedTitle = child(tree.root, "channel").flatMap { child($0, "title") }.map(text)
            return children(tree.root, "item").map { rssEntry($0, feedTitle: feedTitle) }
        case "feed":
            let feedTitle = child(tree.root, "title").map(atomText)
            return children(tree.root, "entry").map { atomEntry($0, feedTitle: feedTitle) }
        default:
            throw ArticlesError(source: origin ?? "-", reason: "not a feed: the document's root is <\(tree.names[Int(tree.root)])>")
        }
    }

    private func rssEntry(_ item: Int32, feedTitle: String?) -> FeedEntry {
        var link = children(item, "link").map(text).first { !$0.isEmpty }
        if link == nil, let guid = child(item, "guid"), tree.attribute("isPermaLink", of: guid) != "false" {
            let g = text(guid)
            if g.hasPrefix("http") { link = g }
        }
        if link == nil { link = children(item, "link").compactMap { tree.attribute("href", of: $0) }.first }
        var bodies: [(String, Bool)] = []
        for e in children(item, "encoded") where tree.namespaces[Int(e)] == Self.contentNS || tree.namespaces[Int(e)] == nil {
            bodies.append((rawText(e), true))
        }
        if let d = child(item, "description") { bodies.append((rawText(d), true)) }
        let author = child(item, "creator").map(text) ?? child(item, "author").map(text)
        let date = child(item, "pubDate").map(text) ?? child(item, "date").map(text)
        return FeedEntry(
            title: child(item, "title").map(rawText), link: FeedText.absolute(link, base: origin), author: author,
            date: date, feedTitle: feedTitle, bodies: bodies, origin: origin)
    }

    private func atomEntry(_ entry: Int32, feedTitle: String?) -> FeedEntry {
        let links = children(entry, "link")
        let alternate = links.first { (tree.attribute("rel", of: $0) ?? "alternate") == "alternate" }
        let link = (alternate ?? links.first).flatMap { tree.attribute("href", of: $0) }
        var bodies: [(String, Bool)] = []
        for name in ["content", "summary"] {
            if let e = child(entry, name), tree.attribute("src", of: e) == nil { bodies.append(atomBody(e)) }
        }
        let author = child(entry, "author").flatMap { child($0, "name") }.map(text)
        let date = (child(entry, "published") ?? child(entry, "issued") ?? child(entry, "updated") ?? child(entry, "modified")).map(text)
        return FeedEntry(
            title: child(entry, "title").map(atomText), link: FeedText.absolute(link, base: origin), author: author,
            date: date, feedTitle: feedTitle, bodies: bodies, origin: origin)
    }

    /// An Atom text construct as HTML or plain text, by its `type`.
    private func atomBody(_ e: Int32) -> (String, Bool) {
        let type = (tree.attribute("type", of: e) ?? "text").lowercased()
        if type == "xhtml" || type.hasSuffix("xhtml+xml") {
            return (serialize(childrenOf: e), true)
        }
        if type == "html" || type.contains("html") { return (rawText(e), true) }
        return (rawText(e), false)
    }

    private func atomText(_ e: Int32) -> String {
        let (body, isHTML) = atomBody(e)
        return isHTML ? body : TextNormalizer.collapseWhitespace(body)
    }

    // MARK: Tree helpers

    private func children(_ parent: Int32, _ localName: String) -> [Int32] {
        tree.children(of: parent).filter { Self.localName(tree.names[Int($0)]) == localName }
    }

    private func child(_ parent: Int32, _ localName: String) -> Int32? {
        children(parent, localName).first
    }

    private static func localName(_ name: String) -> Substring {
        if let colon = name.lastIndex(of: ":") { return name[name.index(after: colon)...] }
        return Substring(name)
    }

    private func rawText(_ e: Int32) -> String { tree.rawText(of: e) }

    private func text(_ e: Int32) -> String { TextNormalizer.collapseWhitespace(tree.rawText(of: e)) }

    /// The children of an XML element written back out as HTML (for Atom xhtml content).
    private func serialize(childrenOf e: Int32) -> String {
        var out = ""
        for c in tree.childNodes(of: e) { serialize(c, into: &out) }
        return out
    }

    private func serialize(_ i: Int32, into out: inout String) {
        // Iterative, with explicit close tags, so deep nesting cannot overflow the stack.
        var stack: [(node: Int32, closing: Bool)] = [(i, false)]
        while let (n, closing) = stack.popLast() {
            let node = tree[n]
            if node.kind == .text { out += Self.escape(tree.texts[Int(n)], attribute: false); continue }
            let name = String(Self.localName(tree.names[Int(n)])).lowercased()
            if closing { out += "</\(name)>"; continue }
            out += "<\(name)"
            for a in tree.attributes(of: n) {
                out += " \(Self.localName(a.name))=\"\(Self.escape(a.value, attribute: true))\""
            }
            out += ">"
            stack.append((n, true))
            for c in tree.childNodes(of: n).reversed() { stack.append((c, false)) }
        }
    }

    private static func escape(_ s: String, attribute: Bool) -> String {
        var out = s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
        if attribute { out = out.replacingOccurrences(of: "\"", with: "&quot;") }
        return out
    }
}

/// JSON Feed 1.0 and 1.1.
struct JSONFeedReader {
    let origin: String?

    func entries(_ data: Data) throws(ArticlesError) -> [FeedEntry] {
        let source = origin ?? "-"
        let json: Any
        do {
            json = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw ArticlesError(source: source, reason: "not valid JSON (\(error.localizedDescription))")
        }
        guard let feed = json as? [String: Any], let items = feed["items"] as? [Any] else {
            throw ArticlesError(source: source, reason: "not a JSON Feed: no \"items\" list")
        }
        let feedTitle = feed["title"] as? String
        return items.compactMap { $0 as? [String: Any] }.map { item in
            var bodies: [(String, Bool)] = []
            if let html = item["content_html"] as? String { bodies.append((html, true)) }
            if let text = item["content_text"] as? String { bodies.append((text, false)) }
            if let summary = item["summary"] as? String { bodies.append((summary, true)) }
            let authors = (item["authors"] as? [Any] ?? []) + [item["author"] as Any]
            let author = authors.lazy.compactMap { ($0 as? [String: Any])?["name"] as? String }.first
            let link = (item["url"] as? String) ?? (item["external_url"] as? String)
            return FeedEntry(
                title: item["title"] as? String, link: FeedText.absolute(link, base: origin), author: author,
                date: (item["date_published"] as? String) ?? (item["date_modified"] as? String),
                feedTitle: feedTitle, bodies: bodies, origin: origin)
        }
    }
}
