/// A parsed HTML or XML document held in Swift: elements and text in one array, linked by index.
///
/// Built once from libxml2 (`HTMLTreeBuilder`, `LibXMLDocument`), then read and pruned by the
/// extractor without touching C. Nodes are stored in document order, so a node's descendants
/// follow it. Strings live in arrays beside the nodes, so nodes are plain values that copy freely.
struct DOMTree: Sendable {
    /// What a node is.
    enum Kind: UInt8, Sendable { case element, text }

    /// One element or text node.
    struct Node: Sendable {
        var kind: Kind
        /// The element's kind, `.other` for names the extractor does not know.
        var tag: Tag
        /// Where the node's attributes start in `DOMTree.attributes`, and how many there are.
        var attributeStart: Int32 = 0
        var attributeCount: Int32 = 0
        var parent: Int32 = -1
        var firstChild: Int32 = -1
        var lastChild: Int32 = -1
        var nextSibling: Int32 = -1
        /// One past the index of the last descendant.
        var end: Int32 = 0
    }

    var nodes: [Node] = []
    /// Element names, by node: lowercase for HTML, as written (with any prefix) for XML; empty
    /// for text.
    var names: [String] = []
    /// Text, by node: a text node's content (entities decoded), or the data of a JSON-LD script.
    var texts: [String] = []
    /// The namespace URI of each XML element; nil for HTML and text.
    var namespaces: [String?] = []
    /// Every node's attributes in document order, names lowercased for HTML.
    var attributes: [(name: String, value: String)] = []
    /// Set when the extractor has dropped a node (and so everything below it). Kept apart from
    /// `nodes` so that extraction passes share the nodes and copy only these flags.
    var removed: [Bool] = []
    /// The index of the root element, or -1 for an empty document.
    var root: Int32 = -1

    subscript(_ i: Int32) -> Node {
        get { nodes[Int(i)] }
        _modify { yield &nodes[Int(i)] }
    }

    /// Appends a node as the last child of `parent` (-1 for the root); returns its index.
    @discardableResult
    mutating func append(_ node: Node, name: String = "", text: String = "", namespace: String? = nil, parent: Int32) -> Int32 {
        let index = Int32(nodes.count)
        var n = node
        n.parent = parent
        n.end = index + 1
        nodes.append(n)
        names.append(name)
        texts.append(text)
        namespaces.append(namespace)
        if parent >= 0 {
            let last = nodes[Int(parent)].lastChild
            if last >= 0 { nodes[Int(last)].nextSibling = index } else { nodes[Int(parent)].firstChild = index }
            nodes[Int(parent)].lastChild = index
        }
        return index
    }

    /// The attributes of a node.
    func attributes(of i: Int32) -> ArraySlice<(name: String, value: String)> {
        let n = nodes[Int(i)]
        return attributes[Int(n.attributeStart)..<Int(n.attributeStart + n.attributeCount)]
    }

    /// The value of an attribute, or nil.
    func attribute(_ name: String, of i: Int32) -> String? {
        let n = nodes[Int(i)]
        guard n.attributeCount > 0 else { return nil }
        for k in Int(n.attributeStart)..<Int(n.attributeStart + n.attributeCount) where attributes[k].name == name {
            return attributes[k].value
        }
        return nil
    }

    /// Drops a node and everything below it.
    mutating func remove(_ i: Int32) { removed[Int(i)] = true }

    /// The element children of a node, removed ones skipped.
    func children(of i: Int32) -> [Int32] {
        var out: [Int32] = []
        var c = nodes[Int(i)].firstChild
        while c >= 0 {
            let n = nodes[Int(c)]
            if n.kind == .element && !removed[Int(c)] { out.append(c) }
            c = n.nextSibling
        }
        return out
    }

    /// All child nodes (elements and text) of a node, removed ones skipped.
    func childNodes(of i: Int32) -> [Int32] {
        var out: [Int32] = []
        var c = nodes[Int(i)].firstChild
        while c >= 0 {
            if !removed[Int(c)] { out.append(c) }
            c = nodes[Int(c)].nextSibling
        }
        return out
    }

    /// True when `ancestor` is `node` or contains it.
    func contains(_ ancestor: Int32, _ node: Int32) -> Bool {
        node >= ancestor && node < nodes[Int(ancestor)].end
    }

    /// Indexes of the live elements below `i` (not `i` itself), in document order.
    func descendantElements(of i: Int32) -> [Int32] {
        var out: [Int32] = []
        var j = i + 1
        let end = nodes[Int(i)].end
        while j < end {
            let n = nodes[Int(j)]
            if removed[Int(j)] { j = n.end; continue }
            if n.kind == .element { out.append(j) }
            j += 1
        }
        return out
    }

    /// The first live element with this tag, in document order.
    func first(_ tag: Tag, in scope: Int32? = nil) -> Int32? {
        let start = scope.map { $0 + 1 } ?? 0
        let end = scope.map { nodes[Int($0)].end } ?? Int32(nodes.count)
        var j = start
        while j < end {
            let n = nodes[Int(j)]
            if removed[Int(j)] { j = n.end; continue }
            if n.kind == .element && n.tag == tag { return j }
            j += 1
        }
        return nil
    }

    /// The text below a node, raw (not whitespace-normalized), removed nodes skipped.
    func rawText(of i: Int32) -> String {
        if nodes[Int(i)].kind == .text { return texts[Int(i)] }
        var s = ""
        var j = i + 1
        let end = nodes[Int(i)].end
        while j < end {
            let n = nodes[Int(j)]
            if removed[Int(j)] { j = n.end; continue }
            if n.kind == .text { s += texts[Int(j)] }
            j += 1
        }
        return s
    }

    /// The text below a node with whitespace runs collapsed to one space and trimmed.
    func text(of i: Int32) -> String { TextNormalizer.collapseWhitespace(rawText(of: i)) }
}

/// HTML element kinds the extractor treats specially.
enum Tag: UInt8, Sendable {
    case other
    case html, head, body, title, meta, link, base, script, style, noscript, template
    case p, div, section, article, main, span, a, font, center
    case h1, h2, h3, h4, h5, h6, hgroup
    case ul, ol, li, dl, dt, dd, menu
    case table, thead, tbody, tfoot, tr, td, th, caption
    case blockquote, pre, code, br, hr, address
    case img, picture, figure, figcaption, svg, math, canvas, video, audio, source, track
    case iframe, object, embed, frame, frameset
    case nav, header, footer, aside, form, fieldset, legend, input, button, select, option
    case textarea, label, dialog, output, progress, meter, datalist
    case time, em, strong, b, i, u, s, small, big, sup, sub, abbr, cite, q, mark, dfn, kbd
    case samp, `var`, ins, del, wbr, bdi, bdo, ruby, rt, rp, details, summary

    private static let byName: [String: Tag] = {
        let all: [Tag] = [
            .html, .head, .body, .title, .meta, .link, .base, .script, .style, .noscript, .template,
            .p, .div, .section, .article, .main, .span, .a, .font, .center,
            .h1, .h2, .h3, .h4, .h5, .h6, .hgroup, .ul, .ol, .li, .dl, .dt, .dd, .menu,
            .table, .thead, .tbody, .tfoot, .tr, .td, .th, .caption,
            .blockquote, .pre, .code, .br, .hr, .address,
            .img, .picture, .figure, .figcaption, .svg, .math, .canvas, .video, .audio, .source, .track,
            .iframe, .object, .embed, .frame, .frameset,
            .nav, .header, .footer, .aside, .form, .fieldset, .legend, .input, .button, .select, .option,
            .textarea, .label, .dialog, .output, .progress, .meter, .datalist,
            .time, .em, .strong, .b, .i, .u, .s, .small, .big, .sup, .sub, .abbr, .cite, .q, .mark,
            .dfn, .kbd, .samp, .var, .ins, .del, .wbr, .bdi, .bdo, .ruby, .rt, .rp, .details, .summary,
        ]
        var map: [String: Tag] = [:]
        for t in all { map[String(describing: t)] = t }
        return map
    }()

    /// The tag for a lowercased element name.
    init(name: String) { self = Tag.byName[name] ?? .other }

    /// Elements that start a new block of text when rendered.
    var isBlock: Bool {
        switch self {
        case .p, .div, .section, .article, .main, .center, .h1, .h2, .h3, .h4, .h5, .h6, .hgroup,
             .ul, .ol, .li, .dl, .dt, .dd, .menu, .table, .thead, .tbody, .tfoot, .tr, .td, .th,
             .caption, .blockquote, .pre, .br, .hr, .address, .figure, .figcaption, .nav, .header,
             .footer, .aside, .form, .fieldset, .legend, .details, .summary, .dialog, .body, .html,
             .title, .option, .textarea, .select, .iframe, .video, .audio, .picture, .img:
            return true
        default:
            return false
        }
    }
}
