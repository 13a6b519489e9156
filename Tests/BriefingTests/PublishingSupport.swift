import Articles
import Foundation
import TestSupport
import Testing

@testable import Briefing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// An element parsed back from a feed or page.
final class ParsedElement {
    let name: String
    let attributes: [String: String]
    var children: [ParsedElement] = []
    /// Text directly inside this element (not inside its children).
    var ownText = ""

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    /// All text inside, children included, in document order.
    var text: String { ownTextAndChildren() }
    private var parts: [Either] = []
    private enum Either {
        case text(String)
        case child(ParsedElement)
    }
    func appendText(_ s: String) {
        ownText += s
        parts.append(.text(s))
    }
    func appendChild(_ c: ParsedElement) {
        children.append(c)
        parts.append(.child(c))
    }
    private func ownTextAndChildren() -> String {
        parts.map {
            switch $0 {
            case .text(let s): s
            case .child(let c): c.text
            }
        }.joined()
    }

    /// Every descendant named `name`, in document order.
    func all(_ name: String) -> [ParsedElement] {
        children.flatMap { ($0.name == name ? [$0] : []) + $0.all(name) }
    }

    /// The first descendant named `name`.
    func first(_ name: String) -> ParsedElement? { all(name).first }

    /// Direct children named `name`.
    func childElements(_ name: String) -> [ParsedElement] { children.filter { $0.name == name } }
}

/// Builds a tree from XMLParser's events.
final class TreeBuilder: NSObject, XMLParserDelegate {
    var stack: [ParsedElement] = []
    var root: ParsedElement?

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?,
        attributes attributeDict: [String: String] = [:]
    ) {
        stack.append(ParsedElement(name: elementName, attributes: attributeDict))
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        guard let element = stack.popLast() else { return }
        if let parent = stack.last { parent.appendChild(element) } else { root = element }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        stack.last?.appendText(string)
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        stack.last?.appendText(String(decoding: CDATABlock, as: UTF8.self))
    }
}

struct XMLParseFailure: Error, CustomStringConvertible {
    var description: String
}

/// Parses `text` as XML (well-formedness is the point) and returns its root element.
func parseXML(_ text: String) throws -> ParsedElement {
    let parser = XMLParser(data: Data(text.utf8))
    parser.shouldProcessNamespaces = false
    parser.shouldResolveExternalEntities = false
    let builder = TreeBuilder()
    parser.delegate = builder
    guard parser.parse(), let root = builder.root else {
        throw XMLParseFailure(
            description: "not well-formed XML: \(parser.parserError.map { "\($0)" } ?? "no root") at line \(parser.lineNumber)")
    }
    return root
}

/// What the publishing tests write into a temporary folder: fake audio and whole briefings.
extension TemporaryFolder {
    /// Writes `count` bytes of fake audio.
    func writeBytes(_ name: String, count: Int) throws {
        try write(name, Data((0..<count).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }))
    }

    func size(_ name: String) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: file(name))
        return (attributes[.size] as? NSNumber)?.intValue ?? -1
    }

    /// Writes a fake briefing as the daily job lays it out: audio, transcript and chapters.
    func writeBriefing(
        day: String, format: String = "mp3", bytes: Int, title: String, paragraphs: [String], chapters: [Chapter],
        duration: Double, modified: Date? = nil
    ) throws {
        let audio = "briefing-\(day).\(format)"
        try writeBytes(audio, count: bytes)
        try write("briefing-\(day).txt", ([title] + paragraphs).joined(separator: "\n\n") + "\n")
        try write("briefing-\(day).chapters.json", Transcripts.chaptersJSON(chapters, audioFile: audio, duration: duration))
        try write("briefing-\(day).vtt", "WEBVTT\n\n")
        if let modified { try setModified(audio, modified) }
    }
}

/// `2026-11-27T08:00:00Z` as a date.
func utc(_ text: String) -> Date {
    ISO8601.parse(text) ?? Date(timeIntervalSince1970: 0)
}

/// The UTC zone.
let utcZone = TimeZone(identifier: "UTC") ?? TimeZone(secondsFromGMT: 0) ?? .current
