import Foundation

/// Reads a plain-text or Markdown article: title, optional subtitle, byline and date, body paragraphs,
/// with the noise that saved pages carry removed.
///
/// Works on the text's UTF-8 bytes; lines that are not byte-comparable (see `TextLine`) are read
/// by `CharacterRules`, with the same results.
public struct PlainTextArticleParser: Sendable {
    private let noise = NoiseFilter()

    /// Creates a parser.
    public init() {}

    /// Parses the text of one article; `origin` names it in errors.
    public func parse(_ text: String, origin: String? = nil) throws(ArticlesError) -> Article {
        let source = origin ?? "-"
        var body = Self.normalizingLineBreaks(text)
        if body.starts(with: Self.byteOrderMark) { body = body.dropFirst(Self.byteOrderMark.count) }
        let front = FrontMatter.split(&body)

        var blocks = Self.blocks(of: body)
        var article = Article(title: "", paragraphs: [], origin: origin)
        front.apply(to: &article)

        // Title: the front matter's, else the first line (a Markdown heading, a setext heading or plain).
        if article.title.isEmpty {
            guard !blocks.isEmpty else { throw ArticlesError(source: source, reason: "the article is empty") }
            var first = blocks.removeFirst()
            article.title = MarkdownText.inline(MarkdownText.stripHeading(first.removeFirst())).string
            if let underline = first.first, Self.isSetextUnderline(underline.bytes) {
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

    /// The text as UTF-8 with CR LF and lone CR turned into LF.
    static func normalizingLineBreaks(_ text: String) -> ArraySlice<UInt8> {
        let bytes = Array(text.utf8)
        guard bytes.contains(UInt8(ascii: "\r")) else { return bytes[...] }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            guard bytes[i] == UInt8(ascii: "\r") else {
                out.append(bytes[i])
                i += 1
                continue
            }
            let next = i + 1 < bytes.count && bytes[i + 1] == UInt8(ascii: "\n") ? i + 2 : i + 1
            // Foundation's search, which the Character rules use, leaves a line break that a
            // combining mark follows: such text goes to those rules.
            if next < bytes.count, !TextLine.isByteComparableScalar(UTF8Scalars.decode(bytes[...], at: next).value) {
                return ArraySlice(CharacterRules.normalizingLineBreaks(text).utf8)
            }
            out.append(UInt8(ascii: "\n"))
            i = next
        }
        return out[...]
    }

    /// Splits text into blocks of trimmed, non-empty lines separated by blank lines.
    static func blocks(of text: ArraySlice<UInt8>) -> [[TextLine]] {
        var blocks: [[TextLine]] = []
        var current: [TextLine] = []
        var start = text.startIndex
        func endLine(at end: Int) {
            let line = text[start..<end].trimmingBlanks()
            if line.isEmpty {
                if !current.isEmpty { blocks.append(current) }
                current = []
            } else {
                current.append(TextLine(line))
            }
        }
        var i = text.startIndex
        while let newline = text[i...].firstIndex(of: UInt8(ascii: "\n")) {
            // A CR before the LF makes one Character with it, which is not a line break on its own.
            if newline == text.startIndex || text[newline - 1] != UInt8(ascii: "\r") {
                endLine(at: newline)
                start = newline + 1
            }
            i = newline + 1
        }
        endLine(at: text.endIndex)
        if !current.isEmpty { blocks.append(current) }
        return blocks
    }

    /// A setext heading's underline: three or more `=` or `-`.
    private static func isSetextUnderline(_ line: ArraySlice<UInt8>) -> Bool {
        line.count >= 3 && line.allSatisfy { $0 == UInt8(ascii: "=") || $0 == UInt8(ascii: "-") }
    }

    /// Takes the subtitle, byline and date from the blocks right after the title.
    private func readHeader(_ blocks: inout [[TextLine]], into article: inout Article) {
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
                article.subtitle = line.string
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
    private func bodyParagraphs(_ blocks: [[TextLine]]) -> [String] {
        var paragraphs: [TextLine] = []
        var teaserLinesLeft = 0
        var inList = false
        for block in blocks {
            var current: [TextLine] = []
            func flush() {
                if !current.isEmpty { paragraphs.append(Self.joined(current)) }
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
                    let short = MarkdownText.spaceSeparatedWordCount(line) <= 14
                    if isItem || (short && noise.isHeadlineLike(line)) { continue }
                    inList = false
                }
                // The Markdown line, else its plain text (the same text when it had no markup).
                switch noise.classify(raw) ?? (line.bytes == raw.bytes ? nil : noise.classify(line)) {
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
        return paragraphs.map { noise.removingAgencyCredit($0).string }.filter { !$0.isEmpty }
    }

    /// The lines of a paragraph joined with spaces.
    private static func joined(_ lines: [TextLine]) -> TextLine {
        guard lines.count > 1 else { return lines[0] }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(lines.reduce(lines.count) { $0 + $1.bytes.count })
        for (n, line) in lines.enumerated() {
            if n > 0 { bytes.append(UInt8(ascii: " ")) }
            bytes += line.bytes
        }
        return TextLine(bytes: bytes[...], isByteComparable: lines.allSatisfy(\.isByteComparable))
    }

    /// The name in a byline ("By Jane Doe", "Author: Jane Doe"), or nil when the line is not one.
    static func byline(_ line: TextLine) -> String? {
        guard line.isByteComparable else { return CharacterRules.byline(line.string) }
        let words = MarkdownText.spaceSeparatedWordCount(line)
        guard words >= 2, words <= 14,
              let prefix = bylinePrefixBytes.first(where: { line.bytes.hasPrefix(ignoringCase: $0) })
        else { return nil }
        let name = line.bytes.dropFirst(prefix.count).trimmingBlanks()
        guard !name.isEmpty, UTF8Scalars.isUppercase(UTF8Scalars.decode(name, at: name.startIndex).value) else { return nil }
        return String(decoding: name, as: UTF8.self)
    }

    /// A standfirst: one line with no final full stop, or an emphasized Markdown line.
    static func isStandfirst(_ raw: TextLine, plain: TextLine) -> Bool {
        guard raw.isByteComparable, plain.isByteComparable else {
            return CharacterRules.isStandfirst(raw.string, plain: plain.string)
        }
        let words = MarkdownText.spaceSeparatedWordCount(plain)
        guard words >= 3, words <= 45 else { return false }
        let r = raw.bytes
        if (r.first == UInt8(ascii: "*") && r.last == UInt8(ascii: "*")) || (r.first == UInt8(ascii: "_") && r.last == UInt8(ascii: "_"))
            || r.starts(with: headingTwo)
        {
            return true
        }
        return !endsSentence(plain)
    }

    /// True when the line ends with a sentence stop, closing quotes and brackets aside.
    static func endsSentence(_ line: TextLine) -> Bool {
        guard line.isByteComparable else { return CharacterRules.endsSentence(line.string) }
        let b = line.bytes
        guard !b.isEmpty else { return false }
        var (last, width) = UTF8Scalars.decode(b, endingAt: b.endIndex)
        var end = b.endIndex - width
        while isCloser(last), end > b.startIndex {
            (last, width) = UTF8Scalars.decode(b[..<end], endingAt: end)
            end -= width
        }
        return isStop(last)
    }

    static let bylinePrefixes = ["by ", "author: ", "written by ", "words by "]
    private static let bylinePrefixBytes = bylinePrefixes.map { Array($0.utf8) }
    private static let headingTwo = Array("## ".utf8)
    private static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Closing quotes and brackets: `"”’')]`.
    private static func isCloser(_ v: UInt32) -> Bool {
        v == 0x22 || v == 0x201D || v == 0x2019 || v == 0x27 || v == 0x29 || v == 0x5D
    }

    /// Sentence stops: `.!?…`.
    private static func isStop(_ v: UInt32) -> Bool {
        v == 0x2E || v == 0x21 || v == 0x3F || v == 0x2026
    }
}
