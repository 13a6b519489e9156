internal import CLibXML2
import Foundation

/// Builds a `DOMTree` straight from libxml2's HTML parser events (SAX), without libxml2 ever
/// building its own tree: half the work, and no C tree to free.
///
/// libxml2 still does all the HTML error recovery (implied `<html>`/`<body>`, auto-closed `<p>`,
/// stray end tags) and reports a balanced sequence of start and end events.
struct HTMLTreeBuilder {
    private var tree = DOMTree()
    /// Open elements, innermost last.
    private var open: [Int32] = []
    private var pendingText: [UInt8] = []
    /// Inside a script or style whose text is not kept.
    private var skippingDepth = 0
    private var keepScript = false

    private init() {
        tree.nodes.reserveCapacity(2048)
        tree.attributes.reserveCapacity(2048)
        pendingText.reserveCapacity(1024)
    }

    /// Parses UTF-8 HTML; never fails on bad markup and never uses the network.
    static func parse(utf8 bytes: [UInt8]) throws(LibXMLError) -> DOMTree {
        LibXML.initialize()
        guard bytes.count < Int32.max - 1 else { throw LibXMLError(message: "document too large") }
        // The builder lives at a fixed address for the C callbacks; freed when parsing ends.
        let builder = UnsafeMutablePointer<HTMLTreeBuilder>.allocate(capacity: 1)
        builder.initialize(to: HTMLTreeBuilder())
        defer {
            builder.deinitialize(count: 1)
            builder.deallocate()
        }
        let input = bytes.isEmpty ? Array("<html></html>".utf8) : bytes
        let ok: Bool = input.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars -> Bool in
                guard let ctxt = htmlCreateMemoryParserCtxt(chars.baseAddress, Int32(chars.count)) else { return false }
                defer {
                    if let doc = ctxt.pointee.myDoc { xmlFreeDoc(doc) }
                    htmlFreeParserCtxt(ctxt)
                }
                let options = Int32(
                    HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                        | HTML_PARSE_NONET.rawValue | HTML_PARSE_IGNORE_ENC.rawValue)
                _ = htmlCtxtUseOptions(ctxt, options)
                var handler = htmlSAXHandler()
                handler.startElement = { context, name, attributes in
                    guard let context, let name else { return }
                    context.assumingMemoryBound(to: HTMLTreeBuilder.self).pointee.start(name, attributes)
                }
                handler.endElement = { context, name in
                    guard let context, let name else { return }
                    context.assumingMemoryBound(to: HTMLTreeBuilder.self).pointee.end(name)
                }
                handler.characters = { context, text, length in
                    guard let context, let text, length > 0 else { return }
                    context.assumingMemoryBound(to: HTMLTreeBuilder.self).pointee.characters(text, Int(length))
                }
                handler.cdataBlock = handler.characters
                handler.ignorableWhitespace = handler.characters
                ctxt.pointee.sax.pointee = handler
                ctxt.pointee.userData = UnsafeMutableRawPointer(builder)
                _ = xmlSwitchEncoding(ctxt, XML_CHAR_ENCODING_UTF8)
                _ = htmlParseDocument(ctxt)
                return true
            }
        }
        guard ok else { throw LibXMLError(message: "the HTML parser could not start") }
        return builder.pointee.finish()
    }

    private mutating func start(_ cName: UnsafePointer<xmlChar>, _ atts: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
        flushText()
        if skippingDepth > 0 { skippingDepth += 1; return }
        let name = String(cString: cName)
        let tag = Tag(name: name)
        let attributeStart = Int32(tree.attributes.count)
        if let atts {
            var k = 0
            while let n = atts[k] {
                let value = atts[k + 1]
                k += 2
                guard Self.isUsefulAttribute(n) else { continue }
                tree.attributes.append((String(cString: n), value.map { String(cString: $0) } ?? ""))
            }
        }
        let node = DOMTree.Node(
            kind: .element, tag: tag, attributeStart: attributeStart, attributeCount: Int32(tree.attributes.count) - attributeStart)
        let index = tree.append(node, name: name, parent: open.last ?? -1)
        open.append(index)
        if tag == .script || tag == .style || tag == .template {
            let isData = tag == .script && tree.attributes(of: index).contains {
                $0.name == "type" && $0.value.containsASCIICaseInsensitive("ld+json")
            }
            if isData { keepScript = true } else { skippingDepth = 1 }
        }
    }

    private mutating func end(_ cName: UnsafePointer<xmlChar>) {
        if skippingDepth > 1 { skippingDepth -= 1; return }
        if skippingDepth == 1 {
            skippingDepth = 0
            pendingText.removeAll(keepingCapacity: true)
        }
        if keepScript, let top = open.last, tree[top].tag == .script {
            tree.texts[Int(top)] = String(decoding: pendingText, as: UTF8.self)
            pendingText.removeAll(keepingCapacity: true)
            keepScript = false
        }
        flushText()
        // Close the matching element; the parser keeps events balanced, but stay safe.
        let name = UnsafeBufferPointer(start: cName, count: strlen(cName))
        guard let match = open.lastIndex(where: { tree.names[Int($0)].utf8.elementsEqual(name) })
        else { return }
        while open.count > match {
            let index = open.removeLast()
            tree[index].end = Int32(tree.nodes.count)
        }
    }

    private mutating func characters(_ text: UnsafePointer<xmlChar>, _ length: Int) {
        if skippingDepth > 0 { return }
        pendingText.append(contentsOf: UnsafeBufferPointer(start: text, count: length))
    }

    private mutating func flushText() {
        guard !pendingText.isEmpty, skippingDepth == 0, !keepScript else { return }
        tree.append(DOMTree.Node(kind: .text, tag: .other), text: String(decoding: pendingText, as: UTF8.self), parent: open.last ?? -1)
        pendingText.removeAll(keepingCapacity: true)
    }

    private mutating func finish() -> DOMTree {
        flushText()
        while let index = open.popLast() { tree[index].end = Int32(tree.nodes.count) }
        // Anything outside the first root (text after </html>) stays in the array but is unreachable
        // from the root; the extractor walks from the root, so give the root the whole range.
        if !tree.nodes.isEmpty { tree[0].end = Int32(tree.nodes.count) }
        tree.root = tree.nodes.isEmpty ? -1 : 0
        tree.removed = [Bool](repeating: false, count: tree.nodes.count)
        return tree
    }

    /// The HTML attributes the extractor reads; the rest (`data-*`, `srcset`...) are not copied.
    static func isUsefulAttribute(_ name: UnsafePointer<xmlChar>) -> Bool {
        name.withMemoryRebound(to: CChar.self, capacity: 1) { n in
            switch UInt8(bitPattern: n.pointee) {
            case UInt8(ascii: "c"): return strcmp(n, "class") == 0 || strcmp(n, "content") == 0 || strcmp(n, "charset") == 0
            case UInt8(ascii: "i"): return strcmp(n, "id") == 0 || strcmp(n, "itemprop") == 0
            case UInt8(ascii: "s"): return strcmp(n, "style") == 0 || strcmp(n, "summary") == 0
            case UInt8(ascii: "h"): return strcmp(n, "hidden") == 0 || strcmp(n, "href") == 0 || strcmp(n, "http-equiv") == 0
            case UInt8(ascii: "a"): return strcmp(n, "aria-hidden") == 0
            case UInt8(ascii: "r"): return strcmp(n, "role") == 0 || strcmp(n, "rel") == 0
            case UInt8(ascii: "p"): return strcmp(n, "property") == 0
            case UInt8(ascii: "n"): return strcmp(n, "name") == 0
            case UInt8(ascii: "d"): return strcmp(n, "datetime") == 0 || strcmp(n, "data-component") == 0 || strcmp(n, "data-testid") == 0
            case UInt8(ascii: "t"): return strcmp(n, "type") == 0
            default: return false
            }
        }
    }
}

/// libxml2's process-wide setup.
enum LibXML {
    private static let ready: Void = { xmlInitParser() }()

    /// Runs `xmlInitParser` once, before the first parse.
    static func initialize() { _ = ready }
}
