/// Text measurements for every node of a `DOMTree`, computed in one pass over live nodes.
///
/// Lengths are in characters of whitespace-collapsed text, so indentation in the markup does
/// not count. Recomputed after each round of pruning.
struct NodeStats {
    var live: [Bool]
    /// Characters of text below the node.
    var length: [Int32]
    /// Characters of text inside links below the node.
    var linkLength: [Int32]
    /// Commas below the node (Latin, CJK and Arabic).
    var commas: [Int32]
    /// Characters of text not inside a block-level descendant: what the node says itself.
    var inlineLength: [Int32]
    var inlineCommas: [Int32]
    /// True when a child starts a block (a paragraph, list, table...), so the node is a container.
    var hasBlockChild: [Bool]
    var paragraphs: [Int32]
    var listItems: [Int32]
    var images: [Int32]
    var inputs: [Int32]
    var embeds: [Int32]
    /// Characters of text inside headings below the node.
    var headingLength: [Int32]
    /// Characters of text inside lists below the node.
    var listLength: [Int32]

    /// Per-text-node length and comma count, and which special elements enclose each node:
    /// facts fixed for the life of the tree, computed once per page.
    struct TextMeasures {
        var length: [Int32]
        var commas: [Int32]
        /// Bits of `Enclosing` for the node's ancestors (not the node itself).
        var enclosing: [UInt8]

        /// Elements whose descendants are treated differently.
        enum Enclosing {
            static let table: UInt8 = 1
            static let code: UInt8 = 2
            static let figure: UInt8 = 4
        }

        /// True when an ancestor of `i` has the tag behind `bit`.
        func isInside(_ i: Int32, _ bit: UInt8) -> Bool { enclosing[Int(i)] & bit != 0 }

        init(_ tree: DOMTree) {
            let n = tree.nodes.count
            length = [Int32](repeating: 0, count: n)
            commas = [Int32](repeating: 0, count: n)
            enclosing = [UInt8](repeating: 0, count: n)
            for i in 0..<n {
                let p = Int(tree.nodes[i].parent)
                guard p >= 0 else { continue }
                var bits = enclosing[p]
                switch tree.nodes[p].tag {
                case .table: bits |= Enclosing.table
                case .code, .pre: bits |= Enclosing.code
                case .figure: bits |= Enclosing.figure
                default: break
                }
                enclosing[i] = bits
            }
            for i in 0..<n where tree.nodes[i].kind == .text {
                var text = tree.texts[i]
                var len: Int32 = 0, c: Int32 = 0
                text.withUTF8 { bytes in
                    var inSpace = true
                    var k = 0
                    let count = bytes.count
                    while k < count {
                        let b = bytes[k]
                        if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D {
                            if !inSpace { len += 1; inSpace = true }
                        } else {
                            if b & 0xC0 != 0x80 { len += 1 }
                            inSpace = false
                            if b == 0x2C { c += 1 }
                            // ，(EF BC 8C)  、(E3 80 81)  ، (D8 8C)
                            else if b == 0xEF, k + 2 < count, bytes[k + 1] == 0xBC, bytes[k + 2] == 0x8C { c += 1 }
                            else if b == 0xE3, k + 2 < count, bytes[k + 1] == 0x80, bytes[k + 2] == 0x81 { c += 1 }
                            else if b == 0xD8, k + 1 < count, bytes[k + 1] == 0x8C { c += 1 }
                        }
                        k += 1
                    }
                    // A trailing space counted above is not text.
                    if inSpace && len > 0 { len -= 1 }
                }
                length[i] = len
                commas[i] = c
            }
        }
    }

    /// Empty measurements, before a tree is measured.
    init() {
        live = []; length = []; linkLength = []; commas = []; inlineLength = []; inlineCommas = []
        hasBlockChild = []; paragraphs = []; listItems = []; images = []; inputs = []; embeds = []
        headingLength = []; listLength = []
    }

    init(_ tree: DOMTree, _ measures: TextMeasures) {
        let n = tree.nodes.count
        live = [Bool](repeating: false, count: n)
        length = [Int32](repeating: 0, count: n)
        linkLength = length
        commas = length
        inlineLength = length
        inlineCommas = length
        hasBlockChild = live
        paragraphs = length
        listItems = length
        images = length
        inputs = length
        embeds = length
        headingLength = length
        listLength = length
        for i in 0..<n {
            let node = tree.nodes[i]
            live[i] = !tree.removed[i] && (node.parent < 0 || live[Int(node.parent)])
        }
        for i in stride(from: n - 1, through: 0, by: -1) where live[i] {
            let node = tree.nodes[i]
            if node.kind == .text {
                length[i] = measures.length[i]
                commas[i] = measures.commas[i]
                inlineLength[i] = length[i]
                inlineCommas[i] = commas[i]
            } else {
                switch node.tag {
                case .a: linkLength[i] = length[i]
                case .p: paragraphs[i] += 1
                case .li: listItems[i] += 1
                case .img, .picture: images[i] += 1
                case .input, .select, .textarea, .button: inputs[i] += 1
                case .embed, .object, .iframe, .video, .audio: embeds[i] += 1
                case .h1, .h2, .h3, .h4, .h5, .h6: headingLength[i] = length[i]
                case .ul, .ol: listLength[i] = length[i]
                default: break
                }
            }
            let p = Int(node.parent)
            guard p >= 0 else { continue }
            length[p] += length[i]
            linkLength[p] += linkLength[i]
            commas[p] += commas[i]
            paragraphs[p] += paragraphs[i]
            listItems[p] += listItems[i]
            images[p] += images[i]
            inputs[p] += inputs[i]
            embeds[p] += embeds[i]
            headingLength[p] += headingLength[i]
            listLength[p] += listLength[i]
            if node.kind == .text || !Self.startsBlock(node, hasBlockChild[i]) {
                inlineLength[p] += inlineLength[i]
                inlineCommas[p] += inlineCommas[i]
            }
            if node.kind == .element, Self.startsBlock(node, hasBlockChild[i]), node.tag != .br, node.tag != .img {
                hasBlockChild[p] = true
            }
        }
    }

    /// True for elements that break the flow of text: known block tags, and unknown (custom)
    /// elements that themselves contain blocks.
    static func startsBlock(_ node: DOMTree.Node, _ hasBlockChild: Bool) -> Bool {
        node.tag.isBlock || (node.tag == .other && hasBlockChild)
    }

    /// The share of the text that sits inside links.
    func linkDensity(_ i: Int32) -> Double {
        let l = length[Int(i)]
        return l > 0 ? Double(linkLength[Int(i)]) / Double(l) : 0
    }
}
