import Foundation

/// Reads a web page and returns its article: the story's text and the page's metadata.
public struct HTMLArticleParser: Sendable {
    /// Creates a parser.
    public init() {}

    /// Extracts the article from the bytes of an HTML page.
    /// - Parameters:
    ///   - data: the page as read from disk or the network, in any encoding.
    ///   - origin: where the page came from (a path or URL), used in errors and `Article.origin`.
    ///   - url: the address the page was fetched from, when the page does not name its own.
    ///   - charset: the charset from the HTTP `Content-Type` header, if any.
    public func parse(_ data: Data, origin: String? = nil, url: String? = nil, charset: String? = nil) throws(ArticlesError) -> Article {
        let source = origin ?? url ?? "-"
        let page = try HTMLPage(data, source: source, charset: charset)
        let meta = PageMetadata(tree: page.tree)
        var paragraphs = MainContentExtractor(tree: page.tree, title: meta.title).paragraphs()
        // Pages that render the story with scripts often carry it in full in their JSON-LD.
        if let structured = meta.structuredBody {
            let found = paragraphs.reduce(0) { $0 + $1.utf8.count }
            let available = structured.utf8.count
            if available > found,
               found < MainContentExtractor.minimumCharacters || available > max(2 * found, found + 500) {
                let fromData = HTMLFragment.paragraphs(fromTextOrHTML: structured, title: meta.title)
                if !fromData.isEmpty { paragraphs = fromData }
            }
        }
        guard !paragraphs.isEmpty else {
            throw ArticlesError(source: source, reason: "no article text found in the page")
        }
        let title = meta.title ?? Self.fallbackTitle(origin: origin, paragraphs: paragraphs)
        return Article(
            title: title, subtitle: meta.subtitle, byline: meta.byline, published: meta.published,
            source: meta.siteName, url: meta.canonicalURL ?? url, paragraphs: paragraphs, origin: origin)
    }

    /// A title for a page that names none: the file's name, else the opening words.
    static func fallbackTitle(origin: String?, paragraphs: [String]) -> String {
        if let origin, origin != "-" {
            let name = (origin as NSString).lastPathComponent
            let stem = (name as NSString).deletingPathExtension
            if !stem.isEmpty && !origin.containsBytes("://") { return stem }
        }
        let first = paragraphs.first ?? ""
        let words = first.split(separator: " ").prefix(12)
        return words.joined(separator: " ") + (words.count == 12 ? "…" : "")
    }
}

/// A page parsed into a `DOMTree`, encoding resolved.
struct HTMLPage {
    let tree: DOMTree

    init(_ data: Data, source: String, charset: String?) throws(ArticlesError) {
        let bytes = MarkupPrefilter.strip(TextDecoding.utf8([UInt8](data), headerCharset: charset))
        do {
            tree = try HTMLTreeBuilder.parse(utf8: bytes)
        } catch {
            throw ArticlesError(source: source, reason: "cannot parse the HTML (\(error.message))")
        }
    }
}

/// HTML that is all story, such as a feed item's content: cleaned the same way as a page's
/// story (captions, teasers, share widgets and entities handled), without choosing a part.
enum HTMLFragment {
    /// The paragraphs of an HTML fragment.
    static func paragraphs(html: String, title: String? = nil) -> [String] {
        guard let tree = try? HTMLTreeBuilder.parse(utf8: TextDecoding.utf8(Array(html.utf8))) else { return [] }
        let measures = NodeStats.TextMeasures(tree)
        // Clean as a page's story is cleaned (link lists and widgets go); but if that leaves
        // little of the item, the item is its links (a roundup), so keep them.
        var strict = ExtractionPass(tree: tree, measures: measures, assumptions: .all, title: title)
        let cleaned = strict.runFragment()
        var lenient = ExtractionPass(tree: tree, measures: measures, assumptions: [.stripUnlikely, .weightClasses], title: title)
        let kept = lenient.runFragment()
        let cleanedLength = cleaned.reduce(0) { $0 + $1.count }
        let keptLength = kept.reduce(0) { $0 + $1.count }
        return cleanedLength * 3 >= keptLength ? cleaned : kept
    }

    /// Paragraphs from text that may be HTML (its markup is parsed) or plain text.
    static func paragraphs(fromTextOrHTML text: String, title: String? = nil) -> [String] {
        looksLikeMarkup(text) ? paragraphs(html: text, title: title) : paragraphs(plainText: text, title: title)
    }

    /// Paragraphs of plain text: blank lines separate paragraphs (or, in text without any,
    /// line breaks do); entities such as `&amp;` are decoded; furniture lines are dropped.
    static func paragraphs(plainText text: String, title: String? = nil) -> [String] {
        let normalized = text.replacingOccurrences(of: "\r\n", with: "\n")
        let separator = normalized.containsBytes("\n\n") ? "\n\n" : "\n"
        let blocks = normalized.components(separatedBy: separator)
            .map { decodeEntities(TextNormalizer.collapseWhitespace($0)) }
            .filter { !$0.isEmpty }
        return BoilerplateFilter(title: title?.lowercased()).filter(blocks)
    }

    /// True when text holds a tag (`<p>`, `</b>`, `<!-- -->`), not just a "less than" sign.
    static func looksLikeMarkup(_ text: String) -> Bool {
        var rest = Substring(text)
        while let lt = rest.firstIndex(of: "<") {
            let after = rest[rest.index(after: lt)...]
            if let next = after.first, next.isLetter || next == "/" || next == "!" { return true }
            rest = after
        }
        return false
    }

    /// One line of plain text with HTML entities decoded; text without `&` is returned as is.
    static func decodeEntities(_ line: String) -> String {
        guard line.utf8.contains(UInt8(ascii: "&")) else { return line }
        let escaped = "<p>" + line.replacingOccurrences(of: "<", with: "&lt;") + "</p>"
        guard let tree = try? HTMLTreeBuilder.parse(utf8: Array(escaped.utf8)), tree.root >= 0 else { return line }
        return tree.text(of: tree.root)
    }
}
