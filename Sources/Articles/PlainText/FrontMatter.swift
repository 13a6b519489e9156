import Foundation

/// YAML-style front matter (`---` lines around `key: value` pairs) at the top of a Markdown file.
struct FrontMatter {
    var fields: [String: String] = [:]

    /// Removes front matter from `text` (UTF-8) and returns its fields.
    static func split(_ text: inout ArraySlice<UInt8>) -> FrontMatter {
        guard text.starts(with: fence) else { return FrontMatter() }
        let rest = text.dropFirst(fence.count)
        let end: Range<Int>
        if let close = ByteSearch.find(closingFence, in: rest) {
            end = close..<(close + closingFence.count)
        } else if rest.starts(with: closingFence.dropLast()) {
            end = rest.startIndex..<(rest.startIndex + closingFence.count - 1)
        } else {
            return FrontMatter()
        }
        // Foundation's search, which the Character rules use, does not end a match before a
        // combining mark; such text, and fields that are not byte-comparable, go to those rules.
        let next = end.upperBound < rest.endIndex ? UTF8Scalars.decode(rest, at: end.upperBound).value : 0
        guard TextLine.isByteComparableScalar(next), TextLine.isByteComparable(rest[..<end.lowerBound]) else {
            var string = String(decoding: text, as: UTF8.self)
            let matter = CharacterRules.splitFrontMatter(&string)
            text = ArraySlice(string.utf8)
            return matter
        }
        var matter = FrontMatter()
        for line in rest[..<end.lowerBound].split(separator: UInt8(ascii: "\n")) {
            guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else { continue }
            let key = String(decoding: line[..<colon].trimmingBlanks(), as: UTF8.self).lowercased()
            var value = line[(colon + 1)...].trimmingBlanks()
            if value.count >= 2, let q = value.first, q == UInt8(ascii: "\"") || q == UInt8(ascii: "'"), value.last == q {
                value = value.dropFirst().dropLast()
            }
            if !value.isEmpty { matter.fields[key] = String(decoding: value, as: UTF8.self) }
        }
        text = rest[end.upperBound...]
        return matter
    }

    func apply(to article: inout Article) {
        if let title = fields["title"] { article.title = title }
        article.subtitle = fields["subtitle"] ?? fields["description"] ?? fields["standfirst"]
        article.byline = fields["byline"] ?? fields["author"]
        article.source = fields["source"] ?? fields["site"] ?? fields["publication"]
        article.url = fields["url"] ?? fields["link"] ?? fields["canonical"]
        if let date = fields["published"] ?? fields["date"] { article.published = DateLine.parse(TextLine(date)) }
    }

    private static let fence = Array("---\n".utf8)
    private static let closingFence = Array("\n---\n".utf8)
}

extension ByteSearch {
    /// The index of `needle` in `bytes`, or nil.
    static func find(_ needle: [UInt8], in bytes: ArraySlice<UInt8>) -> Int? {
        bytes.withUnsafeBufferPointer { buffer in find(needle, in: buffer).map { bytes.startIndex + $0 } }
    }
}
