/// Turns the kept part of a page into plain-text paragraphs, one per block of the layout.
struct ParagraphWriter {
    let tree: DOMTree

    /// The paragraphs below `roots`, in document order, without furniture lines.
    /// - Parameter title: a lowercased headline; a paragraph that repeats it is dropped.
    func paragraphs(of roots: [Int32], title: String?) -> [String] {
        var out: [String] = []
        var buffer = ""
        func flush() {
            if buffer.isEmpty { return }
            let text = TextNormalizer.collapseWhitespace(buffer)
            buffer = ""
            if !text.isEmpty { out.append(text) }
        }
        for root in roots {
            flush()
            // Iterative walk with exit markers: negative entries close a block.
            var stack: [Int32] = [root]
            while let item = stack.popLast() {
                if item < 0 {
                    flush()
                    continue
                }
                let node = tree[item]
                if tree.removed[Int(item)] { continue }
                if node.kind == .text {
                    buffer += tree.texts[Int(item)]
                    continue
                }
                let block = node.tag.isBlock || node.tag == .other
                if node.tag == .br || node.tag == .hr { flush(); continue }
                if block {
                    flush()
                    stack.append(-1)
                } else if node.tag == .td || node.tag == .th {
                    buffer += " "
                }
                var children: [Int32] = []
                var c = node.firstChild
                while c >= 0 { children.append(c); c = tree[c].nextSibling }
                stack.append(contentsOf: children.reversed())
            }
            flush()
        }
        return BoilerplateFilter(title: title).filter(out)
    }
}
