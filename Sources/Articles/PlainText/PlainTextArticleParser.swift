import Foundation

/// Reads a plain-text or Markdown article: title, optional subtitle, byline and date, body paragraphs,
/// with the noise that saved pages carry removed.
public struct PlainTextArticleParser: Sendable {
    private let noise = NoiseFilter()

    /// Creates a parser.
    public init() {}

    /// Parses the text of one article; `origin` names it in errors.
    public func parse(_ text: String, origin: String? = nil) throws(ArticlesError) -> Article {
        let source = origin ?? "-"
        var body = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        if body.hasPrefix("\u{FEFF}") { body.removeFirst() }
        let front = FrontMatter.split(&body)

        var blocks = Self.blocks(of: body)
        var article = Article(title: "", paragraphs: [], origin: origin)
        front.apply(to: &article)

        // Title: the front matter's, else the first line (a Markdown heading, a setext heading or plain).
        if article.title.isEmpty {
            guard !blocks.isEmpty else { throw ArticlesError(source: source, reason: "the article is empty") }
            var first = blocks.removeFirst()
            article.title = MarkdownText.inline(MarkdownText.stripHeading(first.removeFirst()))
            if let underline = first.first, underline.count >= 3, Set(underline).isSubset(of: ["=", "-"]) {
                first.removeFirst()
            }
            if !first.isEmpty { blocks.insert(first, at: 0) }
        }
        guard !article.title.isEmpty else { throw ArticlesError(source: source, reason: "the article has no title") }

        readHeader(&blocks, into: &article)
        article.paragraphs = bodyParagraphs(blocks)
        guard !article.paragraphs.isEmpty else {
            throw ArticlesError(source: source, reason: "the article has no body text (only a title)")
        }
        return article
    }

    /// Splits text into blocks of trimmed, non-empty lines separated by blank lines.
    static func blocks(of text: String) -> [[String]] {
        var blocks: [[String]] = []
        var current: [String] = []
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty {
                if !current.isEmpty { blocks.append(current) }
                current = []
            } else {
                current.append(line)
            }
        }
        if !current.isEmpty { blocks.append(current) }
        return blocks
    }

    /// Takes the subtitle, byline and date from the blocks right after the title.
    private func readHeader(_ blocks: inout [[String]], into article: inout Article) {
        var examined = 0
        while examined < 4, let block = blocks.first, block.count <= 2 {
            let line = MarkdownText.inline(MarkdownText.stripHeading(block[0]))
            if article.byline == nil, let byline = Self.byline(line) {
                article.byline = byline
            } else if article.published == nil, let date = DateLine.parse(line) {
                article.published = date
            } else if article.subtitle == nil, examined == 0 || (article.byline != nil || article.published != nil),
                block.count == 1, noise.classify(line) == nil, !noise.isCaption(line),
                Self.isStandfirst(block[0], plain: line)
            {
                article.subtitle = line
            } else if block.count == 1, noise.classify(line) != nil {
                // page furniture between the title and the body
            } else {
                break
            }
            blocks.removeFirst()
            examined += 1
            if block.count == 2 {
                blocks.insert([block[1]], at: 0)
            }
        }
    }

    /// The body: noise lines and the teasers they introduce removed, lines of a block joined.
    private func bodyParagraphs(_ blocks: [[String]]) -> [String] {
        var paragraphs: [String] = []
        var teaserLinesLeft = 0
        var inList = false
        for block in blocks {
            var current: [String] = []
            func flush() {
                if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
                current = []
            }
            for raw in block {
                let isItem = MarkdownText.isListItem(raw)
                let line = MarkdownText.inline(MarkdownText.stripHeading(MarkdownText.stripListMarker(raw)))
                if line.isEmpty || MarkdownText.isRule(raw) { continue }
                if teaserLinesLeft > 0 {
                    if !Self.endsSentence(line) || noise.isCaption(line) || noise.endsWithDate(line) {
                        teaserLinesLeft -= 1
                        continue
                    }
                    teaserLinesLeft = 0
                }
                if inList {
                    let short = line.split(separator: " ").count <= 14
                    if isItem || (short && noise.isHeadlineLike(line)) { continue }
                    inList = false
                }
                switch noise.classify(raw) ?? noise.classify(line) {
                case .teaserMarker:
                    flush()
                    teaserLinesLeft = 3
                    continue
                case .listHeading:
                    flush()
                    inList = true
                    continue
                case .line:
                    continue
                case nil:
                    break
                }
                if noise.isCaption(line) { continue }
                if isItem || MarkdownText.isHeading(raw) {
                    flush()
                    paragraphs.append(line)
                } else {
                    current.append(line)
                }
            }
            flush()
        }
        return paragraphs.map(noise.removingAgencyCredit).filter { !$0.isEmpty }
    }

    static func byline(_ line: String) -> String? {
        let words = line.split(separator: " ")
        guard words.count >= 2, words.count <= 14 else { return nil }
        let lower = line.lowercased()
        for prefix in ["by ", "author: ", "written by ", "words by "] where lower.hasPrefix(prefix) {
            let name = line.dropFirst(prefix.count).trimmingCharacters(in: .whitespaces)
            guard let first = name.first, first.isUppercase else { return nil }
            return name
        }
        return nil
    }

    /// A standfirst: one line with no final full stop, or an emphasized Markdown line.
    static func isStandfirst(_ raw: String, plain: String) -> Bool {
        let words = plain.split(separator: " ").count
        guard words >= 3, words <= 45 else { return false }
        if (raw.hasPrefix("*") && raw.hasSuffix("*")) || (raw.hasPrefix("_") && raw.hasSuffix("_")) || raw.hasPrefix("## ") {
            return true
        }
        return !endsSentence(plain)
    }

    static func endsSentence(_ line: String) -> Bool {
        guard var last = line.last else { return false }
        var rest = line.dropLast()
        while "\"”’')]".contains(last), let previous = rest.last {
            last = previous
            rest = rest.dropLast()
        }
        return ".!?…".contains(last)
    }
}

/// The small part of Markdown an article file uses: headings, list markers, emphasis, links, images.
enum MarkdownText {
    static func isHeading(_ line: String) -> Bool {
        let hashes = line.prefix { $0 == "#" }.count
        return hashes > 0 && hashes <= 6 && line.dropFirst(hashes).first == " "
    }

    static func stripHeading(_ line: String) -> String {
        guard isHeading(line) else { return line }
        var text = line.drop { $0 == "#" }.trimmingCharacters(in: .whitespaces)
        while text.hasSuffix("#") { text = String(text.dropLast()).trimmingCharacters(in: .whitespaces) }
        return text
    }

    static func isRule(_ line: String) -> Bool {
        let t = line.filter { !$0.isWhitespace }
        return t.count >= 3 && (Set(t) == ["-"] || Set(t) == ["*"] || Set(t) == ["_"] || Set(t) == ["="])
    }

    static func isListItem(_ line: String) -> Bool {
        if line.hasPrefix("- ") || line.hasPrefix("* ") || line.hasPrefix("+ ") || line.hasPrefix("• ") { return true }
        let digits = line.prefix { $0.isNumber }
        guard !digits.isEmpty, digits.count <= 3 else { return false }
        let rest = line.dropFirst(digits.count)
        return rest.hasPrefix(". ") || rest.hasPrefix(") ")
    }

    static func stripListMarker(_ line: String) -> String {
        guard isListItem(line) else { return line }
        if let space = line.firstIndex(of: " ") { return line[space...].trimmingCharacters(in: .whitespaces) }
        return line
    }

    /// Inline Markdown to plain text: images go, links keep their text, emphasis and code marks go.
    static func inline(_ line: String) -> String {
        guard line.contains(where: { "[]*_`!<".contains($0) }) else { return line }
        var out = ""
        var i = line.startIndex
        while i < line.endIndex {
            let c = line[i]
            if c == "!", line[line.index(after: i)...].hasPrefix("["), let end = linkEnd(line, from: line.index(after: i)) {
                i = end.after  // image: dropped
                continue
            }
            if c == "[", let end = linkEnd(line, from: i) {
                out += inline(end.text)
                i = end.after
                continue
            }
            if c == "*" || c == "`" || (c == "_" && isEmphasisUnderscore(line, at: i)) {
                i = line.index(after: i)
                continue
            }
            out.append(c)
            i = line.index(after: i)
        }
        return out.replacingOccurrences(of: "  ", with: " ").trimmingCharacters(in: .whitespaces)
    }

    /// `[text](url)` starting at `start`: its text and the index after it.
    private static func linkEnd(_ line: String, from start: String.Index) -> (text: String, after: String.Index)? {
        guard let close = line[start...].firstIndex(of: "]") else { return nil }
        let afterClose = line.index(after: close)
        guard afterClose < line.endIndex, line[afterClose] == "(",
            let paren = line[afterClose...].firstIndex(of: ")")
        else { return nil }
        return (String(line[line.index(after: start)..<close]), line.index(after: paren))
    }

    /// An underscore that marks emphasis, not one inside a word such as `snake_case`.
    private static func isEmphasisUnderscore(_ line: String, at i: String.Index) -> Bool {
        let before = i > line.startIndex ? line[line.index(before: i)] : " "
        let nextIndex = line.index(after: i)
        let after = nextIndex < line.endIndex ? line[nextIndex] : " "
        return !(before.isLetter || before.isNumber) || !(after.isLetter || after.isNumber)
    }
}

/// YAML-style front matter (`---` lines around `key: value` pairs) at the top of a Markdown file.
struct FrontMatter {
    var fields: [String: String] = [:]

    /// Removes front matter from `text` and returns its fields.
    static func split(_ text: inout String) -> FrontMatter {
        guard text.hasPrefix("---\n") else { return FrontMatter() }
        let rest = text.dropFirst(4)
        guard let end = rest.range(of: "\n---\n") ?? rest.range(of: "\n---", options: .anchored) else {
            return FrontMatter()
        }
        var matter = FrontMatter()
        for line in rest[..<end.lowerBound].split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            var value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if value.count >= 2, let q = value.first, q == "\"" || q == "'", value.last == q {
                value = String(value.dropFirst().dropLast())
            }
            if !value.isEmpty { matter.fields[key] = value }
        }
        text = String(rest[end.upperBound...])
        return matter
    }

    func apply(to article: inout Article) {
        if let title = fields["title"] { article.title = title }
        article.subtitle = fields["subtitle"] ?? fields["description"] ?? fields["standfirst"]
        article.byline = fields["byline"] ?? fields["author"]
        article.source = fields["source"] ?? fields["site"] ?? fields["publication"]
        article.url = fields["url"] ?? fields["link"] ?? fields["canonical"]
        if let date = fields["published"] ?? fields["date"] { article.published = DateLine.parse(date) }
    }
}

/// Dates as articles print them near the top: "Published 27 September 2024", "Sept. 27, 2024", "2024-09-27".
enum DateLine {
    /// The date a short line gives, or nil when the line is not a date line.
    static func parse(_ line: String) -> Date? {
        guard line.count <= 80 else { return nil }
        var text = line
        for prefix in ["published on", "published:", "published", "updated on", "updated:", "updated", "posted on",
                       "posted:", "posted", "date:", "first published on", "first published", "last updated"] {
            if text.lowercased().hasPrefix(prefix) {
                text = String(text.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces)
                break
            }
        }
        if let iso = ISO8601.parse(text) { return iso }
        let tokens = text.split(whereSeparator: { " ,".contains($0) }).map { $0.trimmingCharacters(in: CharacterSet(charactersIn: ".")) }
        guard tokens.count >= 3, tokens.count <= 9 else { return nil }
        var day: Int?, month: Int?, year: Int?
        var unknown = 0
        for token in tokens {
            let lower = token.lowercased()
            if let m = monthNumber(lower) {
                month = month ?? m
            } else if let n = Int(lower.trimmingCharacters(in: CharacterSet(charactersIn: "stndrh"))) {
                if n >= 1900 && n <= 2100 { year = year ?? n } else if n >= 1 && n <= 31 { day = day ?? n } else { unknown += 1 }
            } else if weekdays.contains(where: { lower.hasPrefix($0) }) || lower.contains(":") || ["am", "pm", "a.m", "p.m", "utc", "gmt", "bst", "et", "edt", "est", "at", "the", "of"].contains(lower) {
                continue
            } else {
                unknown += 1
            }
        }
        guard unknown == 0, let day, let month, let year else { return nil }
        var components = DateComponents(year: year, month: month, day: day)
        components.timeZone = TimeZone(identifier: "UTC")
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? .current
        return calendar.date(from: components)
    }

    static let weekdays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    static func monthNumber(_ token: String) -> Int? {
        guard token.count >= 3, token.allSatisfy(\.isLetter) else { return nil }
        for (i, m) in months.enumerated() where token.hasPrefix(m) {
            let full = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                        "october", "november", "december"][i]
            if full.hasPrefix(token) || token == "sept" { return i + 1 }
        }
        return nil
    }
}
