/// The small part of Markdown an article file uses: headings, list markers, emphasis, links, images.
///
/// Reads UTF-8 bytes; lines that are not byte-comparable go to `CharacterRules`.
enum MarkdownText {
    /// True for an ATX heading: one to six `#` and a space.
    static func isHeading(_ line: TextLine) -> Bool {
        guard line.isByteComparable else { return CharacterRules.isHeading(line.string) }
        let b = line.bytes
        let hashes = b.prefix { $0 == UInt8(ascii: "#") }.count
        let next = b.startIndex + hashes
        return hashes > 0 && hashes <= 6 && next < b.endIndex && b[next] == UInt8(ascii: " ")
    }

    /// A heading's text without its `#` marks; other lines unchanged.
    static func stripHeading(_ line: TextLine) -> TextLine {
        guard line.isByteComparable else { return TextLine(CharacterRules.stripHeading(line.string)) }
        guard isHeading(line) else { return line }
        var text = line.bytes.drop { $0 == UInt8(ascii: "#") }.trimmingBlanks()
        while text.last == UInt8(ascii: "#") { text = text.dropLast().trimmingBlanks() }
        return line.with(text)
    }

    /// True for a thematic break: three or more of one of `-`, `*`, `_`, `=`, spaces allowed.
    static func isRule(_ line: TextLine) -> Bool {
        guard line.isByteComparable else { return CharacterRules.isRule(line.string) }
        let b = line.bytes
        var mark: UInt8 = 0
        var marks = 0
        var i = b.startIndex
        while i < b.endIndex {
            let (scalar, width) = UTF8Scalars.decode(b, at: i)
            i += width
            if UTF8Scalars.isWhitespace(scalar) { continue }
            guard scalar < 0x80 else { return false }
            let c = UInt8(scalar)
            if marks == 0 {
                guard c == UInt8(ascii: "-") || c == UInt8(ascii: "*") || c == UInt8(ascii: "_") || c == UInt8(ascii: "=") else {
                    return false
                }
                mark = c
            } else if c != mark {
                return false
            }
            marks += 1
        }
        return marks >= 3
    }

    /// True for a bulleted (`-`, `*`, `+`, `•`) or numbered (`1.`, `2)`) list item.
    static func isListItem(_ line: TextLine) -> Bool {
        guard line.isByteComparable else { return CharacterRules.isListItem(line.string) }
        let b = line.bytes
        if b.starts(with: Self.dash) || b.starts(with: Self.star) || b.starts(with: Self.plus) || b.starts(with: Self.bullet) {
            return true
        }
        var i = b.startIndex
        var digits = 0
        while i < b.endIndex {
            let (scalar, width) = UTF8Scalars.decode(b, at: i)
            guard UTF8Scalars.isNumber(scalar) else { break }
            digits += 1
            if digits > 3 { return false }
            i += width
        }
        guard digits > 0 else { return false }
        let rest = b[i...]
        return rest.starts(with: Self.dotSpace) || rest.starts(with: Self.parenSpace)
    }

    /// A list item's text without its marker; other lines unchanged.
    static func stripListMarker(_ line: TextLine) -> TextLine {
        guard line.isByteComparable else { return TextLine(CharacterRules.stripListMarker(line.string)) }
        guard isListItem(line), let space = line.bytes.firstIndex(of: UInt8(ascii: " ")) else { return line }
        return line.with(line.bytes[space...].trimmingBlanks())
    }

    /// Inline Markdown to plain text: images go, links keep their text, emphasis and code marks go.
    static func inline(_ line: TextLine) -> TextLine {
        guard line.isByteComparable else { return TextLine(CharacterRules.inline(line.string)) }
        let b = line.bytes
        guard b.contains(where: isInlineMarkup) else { return line }
        var out: [UInt8] = []
        out.reserveCapacity(b.count)
        var i = b.startIndex
        while i < b.endIndex {
            let c = b[i]
            if c == UInt8(ascii: "!"), i + 1 < b.endIndex, b[i + 1] == UInt8(ascii: "["), let end = linkEnd(b, from: i + 1) {
                i = end.after  // image: dropped
                continue
            }
            if c == UInt8(ascii: "["), let end = linkEnd(b, from: i) {
                out += inline(line.with(end.text)).bytes
                i = end.after
                continue
            }
            if c == UInt8(ascii: "*") || c == UInt8(ascii: "`") || (c == UInt8(ascii: "_") && isEmphasisUnderscore(b, at: i)) {
                i += 1
                continue
            }
            out.append(c)
            i += 1
        }
        return TextLine(bytes: collapsingDoubleSpaces(out).trimmingBlanks(), isByteComparable: true)
    }

    /// `line.split(separator: " ").count`: the words between spaces.
    static func spaceSeparatedWordCount(_ line: TextLine) -> Int {
        guard line.isByteComparable else { return CharacterRules.spaceSeparatedWordCount(line.string) }
        var words = 0
        var inWord = false
        for byte in line.bytes {
            if byte == UInt8(ascii: " ") {
                inWord = false
            } else if !inWord {
                inWord = true
                words += 1
            }
        }
        return words
    }

    // MARK: - Helpers

    private static let dash = Array("- ".utf8), star = Array("* ".utf8), plus = Array("+ ".utf8), bullet = Array("• ".utf8)
    private static let dotSpace = Array(". ".utf8), parenSpace = Array(") ".utf8)

    /// The characters that can start inline markup (`<` included: such a line gets its spaces tidied).
    private static func isInlineMarkup(_ c: UInt8) -> Bool {
        c == UInt8(ascii: "[") || c == UInt8(ascii: "]") || c == UInt8(ascii: "*") || c == UInt8(ascii: "_")
            || c == UInt8(ascii: "`") || c == UInt8(ascii: "!") || c == UInt8(ascii: "<")
    }

    /// `[text](url)` starting at `start`: its text and the index after it.
    private static func linkEnd(_ b: ArraySlice<UInt8>, from start: Int) -> (text: ArraySlice<UInt8>, after: Int)? {
        guard let close = b[start...].firstIndex(of: UInt8(ascii: "]")) else { return nil }
        let afterClose = close + 1
        guard afterClose < b.endIndex, b[afterClose] == UInt8(ascii: "("),
              let paren = b[afterClose...].firstIndex(of: UInt8(ascii: ")"))
        else { return nil }
        return (b[(start + 1)..<close], paren + 1)
    }

    /// An underscore that marks emphasis, not one inside a word such as `snake_case`.
    private static func isEmphasisUnderscore(_ b: ArraySlice<UInt8>, at i: Int) -> Bool {
        let before = i > b.startIndex ? UTF8Scalars.decode(b[..<i], endingAt: i).value : 0x20
        let after = i + 1 < b.endIndex ? UTF8Scalars.decode(b, at: i + 1).value : 0x20
        let wordBefore = UTF8Scalars.isLetter(before) || UTF8Scalars.isNumber(before)
        let wordAfter = UTF8Scalars.isLetter(after) || UTF8Scalars.isNumber(after)
        return !wordBefore || !wordAfter
    }

    /// Each pair of spaces becomes one space, scanning left to right (three spaces become two), as
    /// `replacingOccurrences(of: "  ", with: " ")` does.
    private static func collapsingDoubleSpaces(_ b: [UInt8]) -> ArraySlice<UInt8> {
        guard b.count > 1 else { return b[...] }
        var out: [UInt8] = []
        out.reserveCapacity(b.count)
        var i = 0
        while i < b.count {
            out.append(b[i])
            i += b[i] == UInt8(ascii: " ") && i + 1 < b.count && b[i + 1] == UInt8(ascii: " ") ? 2 : 1
        }
        return out[...]
    }
}
