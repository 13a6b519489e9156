import Articles
import Foundation
import Script

/// One news event as several articles reported it: the story to tell and every article that retold it.
public struct StoryCluster: Sendable, Hashable {
    /// The story told: the fullest article, crediting the other sources.
    public var story: Story
    /// Every article in the cluster, the told one included, in input order.
    public var members: [Article]

    /// Creates a cluster.
    public init(story: Story, members: [Article]) {
        self.story = story
        self.members = members
    }
}

/// Finds articles that report the same event in different words, so the briefing tells each story once.
///
/// Articles are compared by their headline and lead (subtitle and first paragraphs): TF-IDF cosine over
/// stemmed content words, names and figures weighing more than common words. Articles are grouped by
/// average-link clustering, so a chain of loosely related articles is not pulled into one story.
public struct StoryClusterer: Sendable {
    /// The similarity (0...1) from which two articles are taken to report the same event.
    public static let defaultThreshold = 0.50

    /// The similarity from which two articles are taken to report the same event.
    public var threshold: Double
    /// How many body paragraphs, after the title and subtitle, are compared.
    public var leadParagraphs: Int
    /// How much each kind of evidence counts.
    var weights = Weights()

    /// Creates a clusterer.
    public init(threshold: Double = Self.defaultThreshold, leadParagraphs: Int = 3) {
        self.threshold = threshold
        self.leadParagraphs = leadParagraphs
    }

    /// The stories in `articles`, each told once, in the order their first article appears.
    public func stories(_ articles: [Article]) -> [Story] {
        clusters(articles).map(\.story)
    }

    /// The articles grouped by event, in the order each group's first article appears.
    public func clusters(_ articles: [Article]) -> [StoryCluster] {
        let groups = Self.averageLinkGroups(similarity: similarityMatrix(articles), threshold: threshold)
        return groups.map { group in
            let members = group.map { articles[$0] }
            return StoryCluster(story: Self.story(telling: members), members: members)
        }
    }

    /// How alike two articles are, 0 (nothing shared) to 1 (the same words), judged as a batch of two.
    public func similarity(_ a: Article, _ b: Article) -> Double {
        similarityMatrix([a, b])[0][1]
    }

    /// Pairwise similarities of `articles`, weighting each word by how rare it is among them.
    func similarityMatrix(_ articles: [Article]) -> [[Double]] {
        let documents = articles.map { Self.document($0, leadParagraphs: leadParagraphs, titleWeight: weights.title) }
        // A word written with a capital inside a sentence anywhere in the batch is a name.
        var names = Set<String>()
        var frequency: [String: Int] = [:]
        for document in documents {
            names.formUnion(document.names)
            for term in Set(document.counts.keys) { frequency[term, default: 0] += 1 }
        }
        let n = Double(documents.count) + weights.background
        // Terms become numbers, in sorted order, so vectors are compared by a merge of sorted arrays.
        let ids = Dictionary(uniqueKeysWithValues: frequency.keys.sorted().enumerated().map { ($1, $0) })
        let vectors = documents.map { document -> [(Int, Double)] in
            var vector: [(Int, Double)] = []
            for (term, count) in document.counts {
                let idf = log((n + 1) / (Double(frequency[term] ?? 0) + 1)) + 1
                var weight = (1 + log(max(1, count))) * idf
                if names.contains(term) { weight *= weights.name }
                if document.numbers.contains(term) { weight *= weights.number }
                vector.append((ids[term] ?? 0, weight))
            }
            vector.sort { $0.0 < $1.0 }
            let norm = vector.reduce(0) { $0 + $1.1 * $1.1 }.squareRoot()
            return norm > 0 ? vector.map { ($0.0, $0.1 / norm) } : []
        }
        var matrix = Array(repeating: Array(repeating: 0.0, count: vectors.count), count: vectors.count)
        for i in vectors.indices {
            matrix[i][i] = 1
            for j in vectors.indices where j > i {
                var s = Self.dot(vectors[i], vectors[j])
                // Two reports of one event that both give figures share at least one of them.
                if !documents[i].numbers.isEmpty, !documents[j].numbers.isEmpty,
                    documents[i].numbers.isDisjoint(with: documents[j].numbers)
                {
                    s *= weights.figureConflict
                }
                matrix[i][j] = s
                matrix[j][i] = s
            }
        }
        return matrix
    }

    /// How much each kind of evidence counts.
    struct Weights: Sendable {
        /// Headline words count this many times.
        var title = 1.0
        /// Names (people, places, organizations) count this much more than other words.
        var name = 2.0
        /// Distinctive figures (186,400; 4.75; 1.2m) count this much more than other words.
        var number = 3.0
        /// Unrelated articles imagined beside the batch, so that a word shared by a batch of two is not
        /// taken for a common one.
        var background = 10.0
        /// Similarity is multiplied by this when both articles give figures and none of them agree.
        var figureConflict = 0.7
    }

    /// What an article is compared by.
    struct Document {
        /// Weighted occurrences of each term.
        var counts: [String: Double] = [:]
        /// Terms seen with a capital inside a sentence.
        var names: Set<String> = []
        /// Terms that are distinctive figures.
        var numbers: Set<String> = []
    }

    static func document(_ article: Article, leadParagraphs: Int, titleWeight: Double) -> Document {
        var document = Document()
        func add(_ text: String, weight: Double, namesCount: Bool) {
            for token in StoryTerms.tokens(text) {
                guard let term = StoryTerms.term(token) else { continue }
                document.counts[term, default: 0] += weight
                if token.isNumber {
                    if isDistinctive(number: term) { document.numbers.insert(term) }
                } else if namesCount, token.isCapitalized, !token.startsSentence {
                    document.names.insert(term)
                }
            }
        }
        add(article.title, weight: titleWeight, namesCount: false)
        let lead = ([article.subtitle].compactMap { $0 } + article.paragraphs.prefix(max(0, leadParagraphs))).joined(separator: "\n")
        add(lead, weight: 1, namesCount: true)
        return document
    }

    /// Small counts (5-0, 12 March) and years say little; 186400, 4.75 or 1.2m say a lot.
    static func isDistinctive(number: String) -> Bool {
        if number.contains(".") || number.contains(where: \.isLetter) { return true }
        guard let value = Int(number) else { return false }
        if (1900...2100).contains(value) { return false }
        return value >= 32
    }

    static func dot(_ a: [(Int, Double)], _ b: [(Int, Double)]) -> Double {
        var i = 0, j = 0, sum = 0.0
        while i < a.count, j < b.count {
            if a[i].0 == b[j].0 {
                sum += a[i].1 * b[j].1
                i += 1
                j += 1
            } else if a[i].0 < b[j].0 {
                i += 1
            } else {
                j += 1
            }
        }
        return sum
    }

    /// Average-link agglomerative clustering: repeatedly joins the two groups whose members are most alike
    /// on average, while that average reaches `threshold`. Groups come back in order of their first index.
    static func averageLinkGroups(similarity: [[Double]], threshold: Double) -> [[Int]] {
        var groups = similarity.indices.map { [$0] }
        var active = Array(repeating: true, count: similarity.count)
        var linkage = similarity
        while true {
            var best: (i: Int, j: Int, value: Double)?
            for i in groups.indices where active[i] {
                for j in (i + 1)..<max(i + 1, groups.count) where active[j] {
                    let value = linkage[i][j]
                    if value >= threshold, value > (best?.value ?? -1) { best = (i, j, value) }
                }
            }
            guard let best else { break }
            let (i, j) = (best.i, best.j)
            let ni = Double(groups[i].count), nj = Double(groups[j].count)
            for k in groups.indices where active[k] && k != i && k != j {
                let joined = (ni * linkage[i][k] + nj * linkage[j][k]) / (ni + nj)
                linkage[i][k] = joined
                linkage[k][i] = joined
            }
            groups[i] = (groups[i] + groups[j]).sorted()
            groups[j] = []
            active[j] = false
        }
        // Each group keeps its smallest index's slot, so groups are already in order of first appearance.
        return groups.filter { !$0.isEmpty }
    }

    /// The story for a group: told from the longest body, crediting the other sources once each.
    static func story(telling members: [Article]) -> Story {
        var chosen = 0
        for (index, article) in members.enumerated() where bodyWords(article) > bodyWords(members[chosen]) {
            chosen = index
        }
        let told = members[chosen]
        var seen: Set<String> = [displayName(told).map(comparable) ?? ""]
        var others: [String] = []
        for (index, article) in members.enumerated() where index != chosen {
            guard let name = displayName(article), seen.insert(comparable(name)).inserted else { continue }
            others.append(name)
        }
        return Story(article: told, alsoReportedBy: others)
    }

    static func bodyWords(_ article: Article) -> Int {
        article.paragraphs.reduce(0) { $0 + $1.split(whereSeparator: \.isWhitespace).count }
    }

    /// The publication an article is credited to: its source, else its web address's host.
    static func displayName(_ article: Article) -> String? {
        if let source = article.source?.trimmingCharacters(in: .whitespacesAndNewlines), !source.isEmpty { return source }
        guard let host = article.url.flatMap({ URL(string: $0)?.host }), !host.isEmpty else { return nil }
        return host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
    }

    static func comparable(_ name: String) -> String { name.lowercased() }
}
