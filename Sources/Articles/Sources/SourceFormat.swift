import Foundation

/// The kinds of input Briefing reads, told apart by their content (the extension is a hint).
public enum SourceFormat: String, Sendable, CaseIterable {
    /// A web page.
    case html
    /// An RSS 2.0 or RSS 1.0 (RDF) feed.
    case rss
    /// An Atom feed.
    case atom
    /// A JSON Feed (version 1.0 or 1.1).
    case jsonFeed = "json-feed"
    /// Articles in Briefing's own JSON form (what `briefing extract --json` prints).
    case articleJSON = "article-json"
    /// Plain text or Markdown.
    case text

    /// File extensions Briefing reads, lowercased.
    public static let knownExtensions: Set<String> = [
        "html", "htm", "xhtml", "shtml", "xml", "rss", "atom", "rdf", "json", "txt", "text", "md",
        "markdown", "mdown", "mkd",
    ]

    /// Tells the format of `data` from its first bytes, with the file extension or the HTTP
    /// content type as a tiebreak for ambiguous content.
    public static func detect(_ data: Data, pathExtension: String? = nil, contentType: String? = nil) -> SourceFormat {
        let head = [UInt8](data.prefix(4096))
        var i = 0
        if head.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3 }
        if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) {
            // UTF-16: decode the head to look at it.
            let text = TextDecoding.utf8(head)
            return detect(Data(text), pathExtension: pathExtension, contentType: contentType)
        }
        while i < head.count, head[i] == 0x20 || head[i] == 0x0A || head[i] == 0x0D || head[i] == 0x09 { i += 1 }
        let ext = pathExtension?.lowercased() ?? ""
        let type = contentType?.lowercased() ?? ""
        guard i < head.count else { return .text }
        if head[i] == UInt8(ascii: "{") || head[i] == UInt8(ascii: "[") {
            // Text may start with a bracket too ("[Update] ..."): JSON only if it parses.
            guard (try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])) != nil else { return .text }
            let text = String(decoding: head, as: UTF8.self)
            if text.contains("jsonfeed.org/version") { return .jsonFeed }
            if head[i] == UInt8(ascii: "[") || text.contains("\"paragraphs\"") { return .articleJSON }
            if ext == "json" || type.contains("json") { return .jsonFeed }
            return .text
        }
        if head[i] == UInt8(ascii: "<") {
            if let root = rootElementName(head, from: i) {
                switch root {
                case "rss", "rdf:rdf", "rdf": return .rss
                case "feed": return .atom
                default: return .html
                }
            }
            return .html
        }
        // Text that starts with something else may still be a page missing its head.
        if ext == "html" || ext == "htm" || type.contains("html") {
            let text = String(decoding: head, as: UTF8.self).lowercased()
            if text.contains("<p") || text.contains("<div") || text.contains("<body") || text.contains("<br") { return .html }
        }
        return .text
    }

    /// The lowercased name of the first element, skipping the XML declaration, comments,
    /// processing instructions and the doctype; nil when the head holds none.
    static func rootElementName(_ head: [UInt8], from start: Int) -> String? {
        var i = start
        while i < head.count {
            guard head[i] == UInt8(ascii: "<") else { i += 1; continue }
            guard i + 1 < head.count else { return nil }
            let next = head[i + 1]
            if next == UInt8(ascii: "?") || next == UInt8(ascii: "!") {
                // Skip <?...?>, <!--...-->, <!DOCTYPE ...>.
                if i + 3 < head.count, head[i + 2] == UInt8(ascii: "-"), head[i + 3] == UInt8(ascii: "-") {
                    var j = i + 4
                    while j + 2 < head.count, !(head[j] == UInt8(ascii: "-") && head[j + 1] == UInt8(ascii: "-") && head[j + 2] == UInt8(ascii: ">")) { j += 1 }
                    i = j + 3
                } else {
                    var j = i + 2
                    var depth = 0
                    while j < head.count {
                        if head[j] == UInt8(ascii: "[") { depth += 1 }
                        if head[j] == UInt8(ascii: "]") { depth -= 1 }
                        if head[j] == UInt8(ascii: ">") && depth <= 0 { break }
                        j += 1
                    }
                    i = j + 1
                }
                continue
            }
            var j = i + 1
            var name: [UInt8] = []
            while j < head.count, name.count < 40 {
                let c = head[j]
                if c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 || c == UInt8(ascii: ">") || c == UInt8(ascii: "/") { break }
                name.append(c >= 0x41 && c <= 0x5A ? c | 0x20 : c)
                j += 1
            }
            return name.isEmpty ? nil : String(decoding: name, as: UTF8.self)
        }
        return nil
    }
}
