internal import CLibXML2
import Foundation

/// Why libxml2 could not read a document; carries libxml2's own message.
struct LibXMLError: Error, Sendable {
    var message: String
}

/// One parsed libxml2 document; frees it when dropped.
struct LibXMLDocument: ~Copyable {
    private let pointer: xmlDocPtr

    private init(pointer: xmlDocPtr) { self.pointer = pointer }

    deinit { xmlFreeDoc(pointer) }

    /// Parses XML without DTDs, external entities or network access.
    /// Recovers from common mistakes (a stray `&`), but fails when no root element survives.
    static func parseXML(_ bytes: [UInt8]) throws(LibXMLError) -> LibXMLDocument {
        LibXML.initialize()
        guard bytes.count < Int32.max else { throw LibXMLError(message: "document too large") }
        guard let ctxt = xmlNewParserCtxt() else { throw LibXMLError(message: "out of memory") }
        defer { xmlFreeParserCtxt(ctxt) }
        let options = Int32(
            XML_PARSE_RECOVER.rawValue | XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue
                | XML_PARSE_NOWARNING.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_COMPACT.rawValue)
        let doc: xmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return nil }
            return base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                xmlCtxtReadMemory(ctxt, $0, Int32(buffer.count), nil, nil, options)
            }
        }
        guard let doc else { throw LibXMLError(message: lastError(ctxt) ?? "not well-formed XML") }
        guard xmlDocGetRootElement(doc) != nil else {
            xmlFreeDoc(doc)
            throw LibXMLError(message: lastError(ctxt) ?? "the XML document has no root element")
        }
        return LibXMLDocument(pointer: doc)
    }

    private static func lastError(_ ctxt: xmlParserCtxtPtr) -> String? {
        guard let error = xmlCtxtGetLastError(UnsafeMutableRawPointer(ctxt)),
              let message = error.pointee.message
        else { return nil }
        let text = String(cString: message).trimmingCharacters(in: .whitespacesAndNewlines)
        let line = error.pointee.line
        return line > 0 ? "\(text) (line \(line))" : text
    }

    /// Copies the document into a `DOMTree`: element names as written (with any prefix),
    /// namespace URIs, attributes, and text with CDATA merged in.
    func makeTree() -> DOMTree {
        var tree = DOMTree()
        guard let rootNode = xmlDocGetRootElement(pointer) else { return tree }
        // Iterative walk in document order: malformed input can nest deeper than recursion allows.
        var parents: [(pointer: xmlNodePtr, index: Int32)] = []
        var cursor: xmlNodePtr? = rootNode
        while let node = cursor {
            let parent = parents.last?.index ?? -1
            if let index = Self.copy(node, parent: parent, into: &tree), let first = node.pointee.children {
                parents.append((node, index))
                cursor = first
                continue
            }
            var next = node == rootNode ? nil : node.pointee.next
            while next == nil, let done = parents.popLast() {
                tree.nodes[Int(done.index)].end = Int32(tree.nodes.count)
                next = done.pointer == rootNode ? nil : done.pointer.pointee.next
            }
            cursor = next
        }
        tree.root = tree.nodes.isEmpty ? -1 : 0
        tree.removed = [Bool](repeating: false, count: tree.nodes.count)
        return tree
    }

    /// Appends one node; returns its index when its children should be visited.
    private static func copy(_ node: xmlNodePtr, parent: Int32, into tree: inout DOMTree) -> Int32? {
        switch node.pointee.type {
        case XML_ELEMENT_NODE:
            var name = node.pointee.name.map { String(cString: $0) } ?? ""
            if let prefix = node.pointee.ns?.pointee.prefix { name = String(cString: prefix) + ":" + name }
            let attributeStart = Int32(tree.attributes.count)
            var attr = node.pointee.properties
            while let a = attr {
                attr = a.pointee.next
                guard let n = a.pointee.name else { continue }
                var value = ""
                var child = a.pointee.children
                while let c = child {
                    if let content = c.pointee.content { value += String(cString: content) }
                    child = c.pointee.next
                }
                tree.attributes.append((String(cString: n), value))
            }
            let element = DOMTree.Node(
                kind: .element, tag: .other, attributeStart: attributeStart, attributeCount: Int32(tree.attributes.count) - attributeStart)
            return tree.append(
                element, name: name, namespace: node.pointee.ns?.pointee.href.map { String(cString: $0) }, parent: parent)
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            if let content = node.pointee.content, content.pointee != 0 {
                tree.append(DOMTree.Node(kind: .text, tag: .other), text: String(cString: content), parent: parent)
            }
            return nil
        case XML_ENTITY_REF_NODE:
            // Only reached for entities the document never declared; keep them as written.
            if let name = node.pointee.name {
                tree.append(DOMTree.Node(kind: .text, tag: .other), text: "&\(String(cString: name));", parent: parent)
            }
            return nil
        default:
            return nil
        }
    }
}
