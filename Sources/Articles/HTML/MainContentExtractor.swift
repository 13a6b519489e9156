/// Finds the story in a web page: the block of text a reader came for, without the furniture.
///
/// The approach is the one the best open extractors share. Obvious furniture is dropped first
/// (scripts, navigation, hidden elements, containers named like sidebars or comments). Every
/// paragraph then votes for its parent and, with less weight, its ancestors, by its length and
/// commas; votes are scaled by how little of the text is links and by what class names and the
/// page's own markup (`<article>`, `itemprop=articleBody`) say. The best container and the
/// siblings that look like it are kept, and inside them link lists, captions, share widgets and
/// other small furniture are removed. If that leaves too little text, the pass is repeated with
/// fewer assumptions.
struct MainContentExtractor {
    /// The assumptions a pass makes; later passes drop them.
    struct Assumptions: OptionSet, Sendable {
        let rawValue: Int
        static let stripUnlikely = Assumptions(rawValue: 1)
        static let weightClasses = Assumptions(rawValue: 2)
        static let cleanConditionally = Assumptions(rawValue: 4)
        static let all: Assumptions = [.stripUnlikely, .weightClasses, .cleanConditionally]
    }

    /// Fewer characters than this and the next, more permissive pass is tried.
    static let minimumCharacters = 250

    let tree: DOMTree
    let title: String?

    init(tree: DOMTree, title: String?) {
        self.tree = tree
        self.title = title
    }

    /// The story's paragraphs in reading order; empty when the page has no text.
    func paragraphs() -> [String] {
        let measures = NodeStats.TextMeasures(tree)
        var names = ClassNameCache()
        var best: [String] = []
        var bestLength = 0
        let passes: [Assumptions] = [.all, [.weightClasses, .cleanConditionally], [.cleanConditionally], []]
        for assumptions in passes {
            var pass = ExtractionPass(tree: tree, measures: measures, assumptions: assumptions, title: title, names: names)
            let found = pass.run()
            names = pass.names
            let length = found.reduce(0) { $0 + $1.utf8.count }
            if length >= Self.minimumCharacters { return found }
            if length > bestLength {
                best = found
                bestLength = length
            }
        }
        return best
    }
}

private typealias Enclosing = NodeStats.TextMeasures.Enclosing

/// One pass of `MainContentExtractor` over its own copy of the tree.
struct ExtractionPass {
    var tree: DOMTree
    let measures: NodeStats.TextMeasures
    let assumptions: MainContentExtractor.Assumptions
    let title: String?
    var names = ClassNameCache()
    var stats: NodeStats
    var scores: [Double]
    var scored: [Bool]
    private var headlines: [Int32]?

    init(tree: DOMTree, measures: NodeStats.TextMeasures, assumptions: MainContentExtractor.Assumptions, title: String?,
         names: ClassNameCache = ClassNameCache()) {
        self.tree = tree
        self.names = names
        self.measures = measures
        self.assumptions = assumptions
        self.title = title.map { TextNormalizer.collapseWhitespace($0).lowercased() }
        self.stats = NodeStats()
        self.scores = []
        self.scored = []
    }

    mutating func run() -> [String] {
        guard tree.root >= 0 else { return [] }
        pruneFurniture()
        stats = NodeStats(tree, measures)
        let body = tree.first(.body) ?? tree.root
        let kept = selectContent(body)
        for block in kept { cleanContent(block) }
        stats = NodeStats(tree, measures)
        // A block of links (a menu, a footer) is never the story, however little else there is.
        let length = kept.reduce(0) { $0 + Int(stats.length[Int($1)]) }
        let links = kept.reduce(0) { $0 + Int(stats.linkLength[Int($1)]) }
        if length == 0 || Double(links) > 0.5 * Double(length) { return [] }
        return ParagraphWriter(tree: tree).paragraphs(of: kept, title: title)
    }

    /// Cleans a fragment that is all story (a feed item's HTML): furniture goes, nothing is chosen.
    mutating func runFragment() -> [String] {
        guard tree.root >= 0 else { return [] }
        pruneFurniture()
        stats = NodeStats(tree, measures)
        let body = tree.first(.body) ?? tree.root
        cleanContent(body)
        return ParagraphWriter(tree: tree).paragraphs(of: [body], title: title)
    }

    // MARK: Furniture

    /// The names an element goes by: `class`, `id`, and the component names modern sites put
    /// in `data-component` or `data-testid`.
    private func key(_ i: Int32) -> String {
        var parts: [String] = []
        for a in tree.attributes(of: i) where !a.value.isEmpty {
            switch a.name {
            case "class", "id", "data-component", "data-testid": parts.append(a.value)
            default: break
            }
        }
        return parts.count == 1 ? parts[0] : parts.joined(separator: " ")
    }

    /// The `class` of an element, with its component name when it has one.
    private func className(_ i: Int32) -> String {
        let c = tree.attribute("class", of: i) ?? ""
        guard let component = tree.attribute("data-component", of: i) ?? tree.attribute("data-testid", of: i),
              !component.isEmpty else { return c }
        return c.isEmpty ? component : c + " " + component
    }

    /// Drops what is never the story: code, navigation, hidden elements and, on the first pass,
    /// containers whose names say they are not the story.
    private mutating func pruneFurniture() {
        var i: Int32 = 0
        let n = Int32(tree.nodes.count)
        while i < n {
            let node = tree[i]
            if node.kind != .element { i += 1; continue }
            if tree.removed[Int(i)] || shouldPrune(i, node) {
                tree.remove(i)
                i = node.end
                continue
            }
            i += 1
        }
    }

    private mutating func shouldPrune(_ i: Int32, _ node: DOMTree.Node) -> Bool {
        switch node.tag {
        case .script, .style, .noscript, .template, .head, .title, .meta, .link, .base, .svg, .math,
             .canvas, .nav, .aside, .dialog, .button, .select, .option, .textarea, .label, .datalist,
             .output, .progress, .meter, .frame, .frameset, .figcaption, .menu, .input:
            return true
        default:
            break
        }
        var className = ""
        var id = ""
        for a in tree.attributes(of: i) {
            switch a.name {
            case "hidden": return true
            case "aria-hidden": if a.value == "true" { return true }
            case "style":
                let style = a.value
                if style.containsASCIICaseInsensitive("display:none") || style.containsASCIICaseInsensitive("display: none")
                    || style.containsASCIICaseInsensitive("visibility:hidden") || style.containsASCIICaseInsensitive("visibility: hidden") {
                    return true
                }
            case "role":
                switch a.value.lowercased() {
                case "navigation", "banner", "contentinfo", "complementary", "menu", "menubar", "dialog",
                     "alertdialog", "search", "toolbar", "tablist", "note":
                    return true
                default: break
                }
            case "class": className = className.isEmpty ? a.value : a.value + " " + className
            case "data-component", "data-testid": className = className.isEmpty ? a.value : className + " " + a.value
            case "id": id = a.value
            case "itemprop":
                // Structured-data blocks around the story that are not its text.
                let v = a.value.lowercased()
                if v == "comment" || v == "author" || v == "publisher" || v == "breadcrumb" || v == "video" { return true }
            default: break
            }
        }
        if assumptions.contains(.stripUnlikely), !className.isEmpty || !id.isEmpty {
            switch node.tag {
            case .body, .html, .article, .main, .a: return false
            default: break
            }
            let key = className.isEmpty ? id : (id.isEmpty ? className : className + " " + id)
            if names.isUnlikely(key) && !measures.isInside(i, Enclosing.table) && !measures.isInside(i, Enclosing.code) {
                return true
            }
        }
        return false
    }

    // MARK: Scoring

    private mutating func classWeight(_ i: Int32) -> Int {
        guard assumptions.contains(.weightClasses) else { return 0 }
        var w = names.weight(className: className(i), id: tree.attribute("id", of: i) ?? "")
        if let prop = tree.attribute("itemprop", of: i)?.lowercased(), prop.containsBytes("articlebody") || prop == "text" {
            w += 25
        }
        return w
    }

    private mutating func initialScore(_ i: Int32) -> Double {
        var s: Double
        switch tree[i].tag {
        case .div, .article, .main, .section: s = 5
        case .pre, .td, .blockquote: s = 3
        case .address, .ol, .ul, .dl, .dd, .dt, .li, .form: s = -3
        case .h1, .h2, .h3, .h4, .h5, .h6, .th: s = -5
        default: s = 0
        }
        s += Double(classWeight(i))
        return s
    }

    private mutating func addScore(_ ancestor: Int32, _ amount: Double) {
        let a = Int(ancestor)
        if !scored[a] {
            scored[a] = true
            scores[a] = initialScore(ancestor)
        }
        scores[a] += amount
    }

    /// Votes for containers, picks the best, and returns it with the siblings that belong to it.
    private mutating func selectContent(_ body: Int32) -> [Int32] {
        let n = tree.nodes.count
        scores = [Double](repeating: 0, count: n)
        scored = [Bool](repeating: false, count: n)
        var i = body
        let end = tree[body].end
        while i < end {
            let node = tree[i]
            if !stats.live[Int(i)] { i = max(node.end, i + 1); continue }
            if node.kind == .element {
                let ii = Int(i)
                var unitLength: Int32 = 0
                var unitCommas: Int32 = 0
                var level0: Int32 = -1
                switch node.tag {
                case .p, .pre:
                    unitLength = stats.length[ii]; unitCommas = stats.commas[ii]; level0 = node.parent
                case .td, .div, .section, .article, .main, .center, .blockquote:
                    if !stats.hasBlockChild[ii] {
                        // A container of text alone reads as a paragraph.
                        unitLength = stats.length[ii]; unitCommas = stats.commas[ii]; level0 = node.parent
                    } else if stats.inlineLength[ii] >= 25 {
                        // Text loose in a container among blocks: a paragraph of the container.
                        unitLength = stats.inlineLength[ii]; unitCommas = stats.inlineCommas[ii]; level0 = i
                    }
                case .span, .font, .li, .dd, .other:
                    // Inline, list and unknown elements count as part of their container's text,
                    // unless they act as containers themselves.
                    if stats.hasBlockChild[ii] && stats.inlineLength[ii] >= 25 {
                        unitLength = stats.inlineLength[ii]; unitCommas = stats.inlineCommas[ii]; level0 = i
                    }
                default:
                    break
                }
                if unitLength >= 25, level0 >= 0 {
                    let score = 1 + Double(unitCommas) + min(Double(unitLength / 100), 3)
                    var ancestor = level0
                    var level = 0
                    while ancestor >= 0 && level < 5 {
                        if tree[ancestor].tag == .html { break }
                        let divider: Double = level == 0 ? 1 : (level == 1 ? 2 : Double(level * 3))
                        addScore(ancestor, score / divider)
                        ancestor = tree[ancestor].parent
                        level += 1
                    }
                }
            }
            i += 1
        }

        // Scale by how little of each candidate is links.
        var candidates: [Int32] = []
        for c in 0..<n where scored[c] && stats.live[c] {
            scores[c] *= 1 - stats.linkDensity(Int32(c))
            candidates.append(Int32(c))
        }
        candidates.sort { scores[Int($0)] > scores[Int($1)] || (scores[Int($0)] == scores[Int($1)] && $0 < $1) }
        guard var top = candidates.first, tree[top].tag != .body, tree[top].tag != .html else {
            return [body]
        }
        let topScore = scores[Int(top)]
        let core = top

        // When several strong candidates share an ancestor, the story spans them.
        var alternatives: [Set<Int32>] = []
        for c in candidates.dropFirst().prefix(4) where scores[Int(c)] / max(topScore, 0.0001) >= 0.75 {
            alternatives.append(Set(ancestors(of: c)))
        }
        if alternatives.count >= 3 {
            var parent = tree[top].parent
            while parent >= 0 && tree[parent].tag != .body {
                let shared = alternatives.filter { $0.contains(parent) }.count
                if shared >= 3 { top = parent; break }
                parent = tree[parent].parent
            }
        }
        if !scored[Int(top)] { addScore(top, 0) }

        // Climb while the parent scores better: the story's container, not one of its parts.
        var parent = tree[top].parent
        var lastScore = scores[Int(top)]
        let threshold = lastScore / 3
        while parent >= 0 && tree[parent].tag != .body && tree[parent].tag != .html {
            if !scored[Int(parent)] { parent = tree[parent].parent; continue }
            let parentScore = scores[Int(parent)]
            if parentScore < threshold { break }
            if parentScore > lastScore { top = parent; break }
            lastScore = parentScore
            parent = tree[parent].parent
        }
        // A lone child is its parent's whole content.
        parent = tree[top].parent
        while parent >= 0 && tree[parent].tag != .body && tree[parent].tag != .html && tree.children(of: parent).count == 1 {
            top = parent
            parent = tree[top].parent
        }
        if !scored[Int(top)] { addScore(top, 0) }
        return withTwins(withSiblings(top), core: core)
    }

    private func ancestors(of i: Int32) -> [Int32] {
        var out: [Int32] = []
        var p = tree[i].parent
        while p >= 0 { out.append(p); p = tree[p].parent }
        return out
    }

    /// The top candidate and the siblings that look like more of the same story.
    private mutating func withSiblings(_ top: Int32) -> [Int32] {
        let parent = tree[top].parent
        guard parent >= 0 else { return [top] }
        let topScore = scores[Int(top)]
        let threshold = max(10, topScore * 0.2)
        let topClass = tree.attribute("class", of: top) ?? ""
        var kept: [Int32] = []
        let topIsArticle = tree[top].tag == .article || nearestAncestor(of: top, .article) >= 0
        for sibling in tree.children(of: parent) {
            if sibling == top { kept.append(sibling); continue }
            let si = Int(sibling)
            // A sibling with its own headline, or a second <article>, is the next story.
            if containsLiveHeadline(sibling) || (topIsArticle && tree[sibling].tag == .article) { continue }
            var bonus = 0.0
            if !topClass.isEmpty, tree.attribute("class", of: sibling) == topClass { bonus += topScore * 0.2 }
            if scored[si] && scores[si] + bonus >= threshold {
                kept.append(sibling)
            } else if tree[sibling].tag == .p {
                let length = stats.length[si]
                let density = stats.linkDensity(sibling)
                if length > 80 && density < 0.25 {
                    kept.append(sibling)
                } else if length > 0 && length <= 80 && density == 0 {
                    let text = tree.text(of: sibling)
                    if text.hasSuffix(".") || text.containsBytes(". ") { kept.append(sibling) }
                }
            }
        }
        return kept
    }

    /// Adds the other parts of a story that a page splits into repeated containers (the same
    /// tag and class as the best one, around embeds or ads), in document order. Stops at
    /// anything that looks like the next story: a new `<h1>` or another `<article>`.
    private mutating func withTwins(_ kept: [Int32], core: Int32) -> [Int32] {
        guard let coreClass = tree.attribute("class", of: core), !coreClass.isEmpty else { return kept }
        let coreTag = tree[core].tag
        let article = nearestAncestor(of: core, .article)
        var result = kept
        var i: Int32 = 0
        let n = Int32(tree.nodes.count)
        while i < n && result.count < 64 {
            let node = tree[i]
            guard stats.live[Int(i)], node.kind == .element else { i += 1; continue }
            if result.contains(where: { tree.contains($0, i) }) { i = node.end; continue }
            if node.tag == coreTag, i != core, tree.attribute("class", of: i) == coreClass,
               !result.contains(where: { tree.contains(i, $0) }),
               stats.length[Int(i)] >= 200, stats.paragraphs[Int(i)] >= 2, stats.linkDensity(i) < 0.3,
               nearestAncestor(of: i, .article) == article, !hasHeadline(between: i, and: core) {
                result.append(i)
                i = node.end
                continue
            }
            i += 1
        }
        return result.sorted()
    }

    private func nearestAncestor(of i: Int32, _ tag: Tag) -> Int32 {
        var p = tree[i].parent
        while p >= 0 {
            if tree[p].tag == tag { return p }
            p = tree[p].parent
        }
        return -1
    }

    /// True when a live `<h1>` sits between two nodes in document order.
    private mutating func hasHeadline(between a: Int32, and b: Int32) -> Bool {
        let (lo, hi) = a < b ? (tree[a].end, b) : (tree[b].end, a)
        return hasHeadline(in: lo, hi)
    }

    /// True when a live `<h1>` sits inside `e`.
    private mutating func containsLiveHeadline(_ e: Int32) -> Bool {
        hasHeadline(in: e + 1, tree[e].end)
    }

    /// True when a live `<h1>` has an index in `lo..<hi` (binary search: pages can have many).
    private mutating func hasHeadline(in lo: Int32, _ hi: Int32) -> Bool {
        let all = liveHeadlines()
        var low = 0, high = all.count
        while low < high {
            let mid = (low + high) / 2
            if all[mid] < lo { low = mid + 1 } else { high = mid }
        }
        return low < all.count && all[low] < hi
    }

    /// The live `<h1>` elements, in document order (computed once per pass).
    private mutating func liveHeadlines() -> [Int32] {
        if let headlines { return headlines }
        var found: [Int32] = []
        for i in 0..<tree.nodes.count where tree.nodes[i].tag == .h1 && stats.live[i] { found.append(Int32(i)) }
        headlines = found
        return found
    }

    // MARK: Cleaning

    /// Removes furniture inside the kept blocks: link lists, widgets, captions, forms.
    private mutating func cleanContent(_ root: Int32) {
        let elements = [root] + tree.descendantElements(of: root)
        // Deepest first, as Readability does, so a container is judged after its parts are
        // cleaned. No ancestor of `e` has been judged yet, so only `e` itself can be gone.
        for e in elements.reversed() {
            if tree.removed[Int(e)] { continue }
            let node = tree[e]
            switch node.tag {
            case .h1, .h2, .h3, .h4, .h5, .h6:
                if e != root, shouldRemoveHeading(e) { tree.remove(e) }
            case .form, .fieldset, .table, .ul, .ol, .dl, .div, .section, .header, .footer, .figure, .aside, .article, .other, .p, .blockquote:
                if e != root, shouldRemoveBlock(e) { tree.remove(e) }
            case .iframe, .object, .embed, .video, .audio, .img, .picture:
                tree.remove(e)
            default:
                if e != root, isSmallFurniture(e) { tree.remove(e) }
            }
        }
    }

    private mutating func shouldRemoveHeading(_ e: Int32) -> Bool {
        if assumptions.contains(.weightClasses), classWeight(e) < 0 { return true }
        if stats.linkDensity(e) > 0.33 { return true }
        // The headline is the article's title, not part of its body.
        if tree[e].tag == .h1 && liveHeadlines().first == e { return true }
        if let title, tree[e].tag == .h1 || tree[e].tag == .h2, TextSimilarity.isSameHeadline(tree.text(of: e), title) {
            return true
        }
        return isSmallFurniture(e)
    }

    /// Small blocks named like furniture (captions, credits, share bars) go wherever they are.
    private mutating func isSmallFurniture(_ e: Int32) -> Bool {
        let k = key(e)
        guard !k.isEmpty, stats.length[Int(e)] < 300 else { return false }
        if stats.paragraphs[Int(e)] > 3 { return false }
        return names.isFurniture(k)
    }

    private mutating func shouldRemoveBlock(_ e: Int32) -> Bool {
        let ei = Int(e)
        let tag = tree[e].tag
        if isSmallFurniture(e) { return true }
        guard assumptions.contains(.cleanConditionally) else { return false }
        if tag == .p && isLinkTeaser(e) { return true }
        // A story's own header (headline, byline, date) and footer (tags, share, bio) are not its text.
        if (tag == .header || tag == .footer) && (stats.length[ei] < 400 || containsLiveHeadline(e)) { return true }
        if tag == .p || tag == .blockquote || tag == .article { return false }
        if tag == .table && !measures.isInside(e, Enclosing.table) && isDataTable(e) { return false }
        if measures.isInside(e, Enclosing.code) { return false }
        let weight = classWeight(e)
        let contentScore = scored.isEmpty ? 0 : (scored[ei] ? scores[ei] : 0)
        if Double(weight) + contentScore < 0 {
            // A name is weaker evidence than prose: keep real paragraphs whatever the class says.
            let prose = stats.length[ei] >= 120 && stats.paragraphs[ei] >= 1 && stats.linkDensity(e) < 0.25
            if !prose { return true }
        }
        if stats.commas[ei] >= 10 { return false }
        let length = stats.length[ei]
        let isList = tag == .ul || tag == .ol || (length > 0 && Double(stats.listLength[ei]) / Double(length) > 0.9)
        let p = Int(stats.paragraphs[ei])
        let img = Int(stats.images[ei])
        let li = Int(stats.listItems[ei]) - 100
        let input = Int(stats.inputs[ei])
        let embeds = Int(stats.embeds[ei])
        let headingDensity = length > 0 ? Double(stats.headingLength[ei]) / Double(length) : 0
        let linkDensity = stats.linkDensity(e)
        let inFigure = measures.isInside(e, Enclosing.figure)
        if img > 1 && Double(p) / Double(img) < 0.5 && !inFigure { return true }
        if !isList && li > p { return true }
        if input > p / 3 { return true }
        if !isList && headingDensity < 0.9 && length < 25 && (img == 0 || img > 2) && !inFigure { return true }
        if weight < 25 && linkDensity > 0.2 { return true }
        if weight >= 25 && linkDensity > 0.5 { return true }
        if (embeds == 1 && length < 75) || embeds > 1 { return true }
        return false
    }

    /// A short paragraph that is nothing but a link: a teaser for another story.
    private func isLinkTeaser(_ e: Int32) -> Bool {
        let length = stats.length[Int(e)]
        return length > 0 && length < 250 && stats.linkDensity(e) > 0.8
    }

    private func isDataTable(_ e: Int32) -> Bool {
        if tree.attribute("role", of: e) == "presentation" { return false }
        if let s = tree.attribute("summary", of: e), !s.isEmpty { return true }
        if tree.first(.caption, in: e) != nil || tree.first(.th, in: e) != nil || tree.first(.thead, in: e) != nil { return true }
        if tree.first(.table, in: e) != nil { return false }
        var rows = 0
        var j = e + 1
        while j < tree[e].end { if tree[j].tag == .tr { rows += 1 }; j += 1 }
        return rows >= 10
    }
}
