import Foundation

/// What a page says about its article: headline, byline, date, site, address, and the body
/// the page may carry in schema.org JSON-LD.
struct PageMetadata {
    var title: String?
    var subtitle: String?
    var byline: String?
    var published: Date?
    var siteName: String?
    var canonicalURL: String?
    /// `articleBody` from JSON-LD, used when the markup holds less of the story than this.
    var structuredBody: String?

    /// Reads the metadata of a page (before any pruning: the head is needed).
    init(tree: DOMTree) {
        var meta: [String: String] = [:]
        var canonical: String?
        var documentTitle: String?
        var firstH1: String?
        var timeDatetime: String?
        var itempropDate: String?
        var authorLinks: [String] = []
        var standfirst: String?
        var passedStory = false
        var standfirstClasses: [String: Bool] = [:]
        var jsonLD: [JSONValue] = []

        for i in 0..<Int32(tree.nodes.count) {
            let node = tree[i]
            guard node.kind == .element else { continue }
            switch node.tag {
            case .meta:
                guard let content = tree.attribute("content", of: i).map(TextNormalizer.collapseWhitespace),
                      !content.isEmpty else { break }
                for keyName in ["property", "name", "itemprop"] {
                    if let k = tree.attribute(keyName, of: i)?.lowercased(), meta[k] == nil { meta[k] = content }
                }
            case .link:
                if let rel = tree.attribute("rel", of: i)?.lowercased(), rel.split(separator: " ").contains("canonical"),
                   canonical == nil, let href = tree.attribute("href", of: i), !href.isEmpty {
                    canonical = href
                }
            case .title:
                if documentTitle == nil { documentTitle = tree.text(of: i) }
            case .h1:
                if firstH1 == nil { let t = tree.text(of: i); if !t.isEmpty { firstH1 = t } }
            case .time:
                if timeDatetime == nil, let d = tree.attribute("datetime", of: i), !d.isEmpty { timeDatetime = d }
            case .script:
                if !tree.texts[Int(i)].isEmpty { jsonLD += Self.jsonObjects(tree.texts[Int(i)]) }
            default:
                break
            }
            if let prop = tree.attribute("itemprop", of: i)?.lowercased() {
                if prop == "datepublished", itempropDate == nil {
                    itempropDate = tree.attribute("datetime", of: i) ?? tree.attribute("content", of: i) ?? tree.text(of: i)
                }
                if prop == "alternativeheadline", standfirst == nil, !passedStory, node.tag != .meta {
                    let t = tree.text(of: i)
                    if (30...400).contains(t.count) { standfirst = t }
                }
            }
            // A standfirst sits by the headline: after the first <h1>, before the story's first
            // long paragraph.
            if standfirst == nil, firstH1 != nil, !passedStory, node.tag != .meta, let c = tree.attribute("class", of: i),
               Self.isStandfirstClass(c, memo: &standfirstClasses) {
                let t = tree.text(of: i)
                if (30...400).contains(t.count) { standfirst = t }
            }
            if node.tag == .p, firstH1 != nil, !passedStory, tree.rawText(of: i).utf8.count >= 200 { passedStory = true }
            if node.tag == .a, tree.attribute("rel", of: i)?.lowercased() == "author" {
                let t = tree.text(of: i)
                if !t.isEmpty, t.count < 80, !authorLinks.contains(t) { authorLinks.append(t) }
            }
        }

        let article = jsonLD.first(where: Self.isArticle)
        let site = meta["og:site_name"] ?? Self.name(article?["publisher"]) ?? meta["application-name"]
        siteName = site.map(TextNormalizer.collapseWhitespace).map(Self.hostIfURL).flatMap { $0.isEmpty ? nil : $0 }

        let titleCandidates: [String?] = [
            meta["og:title"], article?["headline"]?.string, meta["twitter:title"], firstH1,
            documentTitle,
        ]
        let knownSite = siteName
        title = nil
        for candidate in titleCandidates {
            guard let candidate else { continue }
            let cleaned = Self.cleanTitle(candidate, siteName: knownSite)
            if !cleaned.isEmpty { title = cleaned; break }
        }

        for candidate in [article?["alternativeHeadline"]?.string, standfirst] {
            guard let candidate else { continue }
            let s = TextNormalizer.collapseWhitespace(candidate)
            if !s.isEmpty, s != title { subtitle = s; break }
        }

        let names = Self.names(article?["author"])
        let metaAuthor = meta["author"].flatMap { $0.hasPrefix("http") ? nil : $0 }
        let authors = !names.isEmpty ? names : (metaAuthor.map { [$0] } ?? authorLinks)
        if !authors.isEmpty {
            byline = Self.joinNames(authors.map(TextNormalizer.collapseWhitespace))
        }

        let dateCandidates: [String?] = [
            meta["article:published_time"], article?["datePublished"]?.string, meta["datepublished"],
            itempropDate, meta["og:published_time"], meta["pubdate"], meta["publishdate"],
            meta["publish-date"], meta["date"], meta["dc.date"], meta["dc.date.issued"],
            meta["dcterms.created"], meta["sailthru.date"], meta["parsely-pub-date"], timeDatetime,
            article?["dateCreated"]?.string, meta["article:modified_time"], article?["dateModified"]?.string,
        ]
        published = dateCandidates.lazy.compactMap { $0 }.compactMap(DateParser.parse).first

        let urls: [String?] = [canonical, meta["og:url"], Self.urlString(article?["url"]), Self.urlString(article?["mainEntityOfPage"])]
        canonicalURL = urls.lazy.compactMap { $0 }.first { $0.hasPrefix("http://") || $0.hasPrefix("https://") }

        if let body = article?["articleBody"]?.string, body.utf8.contains(where: { $0 > 0x20 }) {
            structuredBody = body
        }
    }

    // MARK: Title

    /// The headline without the site name a page appends ("Story – Site", "Site | Story").
    static func cleanTitle(_ raw: String, siteName: String?) -> String {
        let title = TextNormalizer.collapseWhitespace(raw)
        let separators = [" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " / ", " » "]
        let bytes = Array(title.utf8)
        for sep in separators where ByteSearch.find(sep, in: bytes) != nil {
            let parts = title.split(separator: sep, omittingEmptySubsequences: false).map(String.init)
            guard parts.count >= 2, let first = parts.first, let last = parts.last else { continue }
            // Compare letters and digits only: "News Nation" names the site "newsnation.in".
            let site = siteName.map(Self.squeezed)
            let (head, tail) = (Self.squeezed(first), Self.squeezed(last))
            if let site, !tail.isEmpty, site.contains(tail) || tail.contains(site) {
                return parts.dropLast().joined(separator: sep)
            }
            if let site, head.count > 2, site.contains(head) || head.contains(site) {
                return parts.dropFirst().joined(separator: sep)
            }
            // Without a known site name, drop a short last part when the rest is a real headline.
            if site == nil, last.split(separator: " ").count <= 3, parts.dropLast().joined(separator: sep).split(separator: " ").count >= 4 {
                return parts.dropLast().joined(separator: sep)
            }
        }
        return title
    }

    /// Lowercase letters and digits only.
    private static func squeezed(_ s: String) -> String {
        String(s.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) })
    }

    /// "example.com" for a site name that is an address ("https://www.example.com/").
    private static func hostIfURL(_ name: String) -> String {
        guard name.containsBytes("://") || name.hasPrefix("www."), let url = URL(string: name.containsBytes("://") ? name : "https://" + name),
              var host = url.host else { return name }
        if host.hasPrefix("www.") { host.removeFirst(4) }
        return host
    }

    private static let standfirstHints = ClassNamePatterns.Needles(["standfirst", "subtitle", "sub-title", "subheadline", "sub-headline", "dek"])

    /// Class names news sites give the standfirst under a headline ("article__standfirst",
    /// "c-dek", "subtitle"), judged once per distinct class string.
    static func isStandfirstClass(_ className: String, memo: inout [String: Bool]) -> Bool {
        if let known = memo[className] { return known }
        let lower = className.lowercased()
        var found = false
        if standfirstHints.matches(lower) {
            let words = ["standfirst", "subtitle", "sub-title", "subheadline", "sub-headline", "deck", "dek"]
            found = lower.split(separator: " ").contains { token in
                words.contains { word in
                    token == word || token.hasSuffix("-" + word) || token.hasSuffix("__" + word) || token.hasSuffix("_" + word)
                }
            }
        }
        memo[className] = found
        return found
    }

    // MARK: JSON-LD

    /// Every JSON object in a JSON-LD script, with `@graph` members flattened.
    static func jsonObjects(_ text: String) -> [JSONValue] {
        guard let value = JSONValue.parse(text) else { return [] }
        var out: [JSONValue] = []
        var stack: [JSONValue] = [value]
        var budget = 200
        while let v = stack.popLast(), budget > 0 {
            budget -= 1
            switch v {
            case .array(let elements): stack.append(contentsOf: elements.reversed())
            case .object:
                out.append(v)
                if let graph = v["@graph"] { stack.append(graph) }
            default: break
            }
        }
        return out
    }

    static func isArticle(_ object: JSONValue) -> Bool {
        (object["@type"]?.list ?? []).contains { t in
            guard let t = t.string?.lowercased() else { return false }
            return t.containsBytes("article") || t.containsBytes("posting") || t == "report"
        }
    }

    private static func name(_ value: JSONValue?) -> String? {
        switch value {
        case .string(let s)?: return s.hasPrefix("http") ? nil : s
        case .object?: return value?["name"]?.string
        case .array(let a)?: return a.lazy.compactMap { name($0) }.first
        default: return nil
        }
    }

    private static func names(_ value: JSONValue?) -> [String] {
        guard let value else { return [] }
        return value.list.compactMap { name($0) }.filter { !$0.isEmpty }
    }

    private static func urlString(_ value: JSONValue?) -> String? {
        switch value {
        case .string(let s)?: return s
        case .object?: return value?["@id"]?.string ?? value?["url"]?.string
        default: return nil
        }
    }

    private static func joinNames(_ names: [String]) -> String {
        var unique: [String] = []
        for n in names where !unique.contains(n) { unique.append(n) }
        switch unique.count {
        case 0: return ""
        case 1: return unique[0]
        default: return unique.dropLast().joined(separator: ", ") + " and " + (unique.last ?? "")
        }
    }
}
