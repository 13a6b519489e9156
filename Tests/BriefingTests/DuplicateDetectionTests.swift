import Articles
import Script
import Testing

@testable import Briefing

private typealias F = DuplicateFixtures

/// How far from the threshold every fixture pair must stay, so that small changes to weights or wording
/// do not flip a decision.
private let margin = 0.08

/// Similarities among all fixtures at once, as in a day with many feeds.
private let fixtureMatrix = StoryClusterer().similarityMatrix(F.all)

@Test(arguments: F.sameStoryPairs.map { ($0.0, $0.1, $0.2) })
func retellingsOfOneEventScoreWellAboveTheThreshold(name: String, a: Article, b: Article) {
    let clusterer = StoryClusterer()
    let alone = clusterer.similarity(a, b)
    let inBatch = fixtureMatrix[F.all.firstIndex(of: a) ?? 0][F.all.firstIndex(of: b) ?? 0]
    #expect(alone >= StoryClusterer.defaultThreshold + margin, "\(name): \(alone) alone")
    #expect(inBatch >= StoryClusterer.defaultThreshold + margin, "\(name): \(inBatch) among all fixtures")
    #expect(clusterer.stories([a, b]).count == 1, "\(name)")
}

@Test(arguments: F.differentStoryPairs.map { ($0.0, $0.1, $0.2) })
func differentEventsScoreWellBelowTheThreshold(name: String, a: Article, b: Article) {
    let clusterer = StoryClusterer()
    let alone = clusterer.similarity(a, b)
    let inBatch = fixtureMatrix[F.all.firstIndex(of: a) ?? 0][F.all.firstIndex(of: b) ?? 0]
    #expect(alone <= StoryClusterer.defaultThreshold - margin, "\(name): \(alone) alone")
    #expect(inBatch <= StoryClusterer.defaultThreshold - margin, "\(name): \(inBatch) among all fixtures")
    #expect(clusterer.stories([a, b]).count == 2, "\(name)")
}

@Test func allFixturesTogetherGroupIntoExactlyTheRetoldEvents() {
    let clusters = StoryClusterer().clusters(F.all)
    let groups = Set(clusters.map { Set($0.members.map(\.title)) })
    let expected: [Set<String>] = [
        [F.bridgeLong.title, F.bridgeShort.title, F.bridgeUpdate.title],
        [F.stormAlderLong.title, F.stormAlderShort.title],
        [F.healthLong.title, F.healthShort.title],
        [F.lestriaRiseLong.title, F.lestriaRiseShort.title],
        [F.carPlantLong.title, F.carPlantShort.title],
        [F.managerLong.title, F.managerShort.title],
        [F.planetLong.title, F.planetShort.title],
        [F.mayorLong.title, F.mayorShort.title],
        [F.railStrikeLong.title, F.railStrikeShort.title],
    ]
    let singles = F.all.map(\.title).filter { title in !expected.contains { $0.contains(title) } }
    #expect(groups == Set(expected + singles.map { [$0] }))
    #expect(clusters.count == 9 + singles.count)
}

@Test func theStoryIsToldFromTheFullestVersionCreditingTheOthersOnce() {
    let secondShort = Article(
        title: "Bridge closed", source: "northshore radio", url: nil, paragraphs: F.bridgeShort.paragraphs)
    let noName = Article(title: "Wexley bridge shut", paragraphs: F.bridgeShort.paragraphs)
    let byAddress = Article(
        title: "Wexley Harbour Bridge closes", url: "https://www.wexleyecho.example.com/news/bridge",
        paragraphs: F.bridgeShort.paragraphs)
    let stories = StoryClusterer().stories([F.bridgeShort, secondShort, F.bridgeUpdate, noName, F.bridgeLong, byAddress])
    #expect(stories.count == 1)
    let story = stories[0]
    #expect(story.article == F.bridgeLong)
    // Its own outlet's update is not "also reported"; the same outlet in other letters is named once;
    // an article without a source is credited by its web address; one with neither is left out.
    #expect(story.alsoReportedBy == ["Northshore Radio", "wexleyecho.example.com"])
}

@Test func sameSourceRetellingsAreMergedToo() {
    let stories = StoryClusterer().stories([F.bridgeUpdate, F.bridgeLong])
    #expect(stories.count == 1)
    #expect(stories.first?.article == F.bridgeLong)
    #expect(stories.first?.alsoReportedBy == [])
}

@Test func storiesComeInTheOrderTheirFirstArticleAppears() {
    let input = [F.stormDara, F.healthShort, F.stormAlderShort, F.schoolsPlan, F.healthLong, F.stormAlderLong]
    let stories = StoryClusterer().stories(input)
    #expect(stories.map(\.article.title) == [
        F.stormDara.title, F.healthLong.title, F.stormAlderLong.title, F.schoolsPlan.title,
    ])
    #expect(stories.map(\.alsoReportedBy) == [[], ["Westgate Times"], ["Radio Penhallow"], []])
}

@Test func groupingDoesNotDependOnInputOrder() {
    let articles = [F.bridgeLong, F.bridgeShort, F.bridgeUpdate, F.footbridge]
    func permutations(_ items: [Article]) -> [[Article]] {
        guard items.count > 1 else { return [items] }
        return items.indices.flatMap { i in
            var rest = items
            let head = rest.remove(at: i)
            return permutations(rest).map { [head] + $0 }
        }
    }
    let expected: Set<Set<String>> = [
        [F.bridgeLong.title, F.bridgeShort.title, F.bridgeUpdate.title], [F.footbridge.title],
    ]
    for order in permutations(articles) {
        let clusters = StoryClusterer().clusters(order)
        #expect(Set(clusters.map { Set($0.members.map(\.title)) }) == expected)
        #expect(clusters.first { $0.members.count == 3 }?.story.article == F.bridgeLong)
    }
}

@Test func averageLinkDoesNotChainLooselyRelatedArticles() {
    // A and B are one story; C looks a little like B and not at all like A. Single-link clustering would
    // chain all three; average link keeps C apart.
    let matrix: [[Double]] = [
        [1, 0.9, 0.1],
        [0.9, 1, 0.55],
        [0.1, 0.55, 1],
    ]
    #expect(StoryClusterer.averageLinkGroups(similarity: matrix, threshold: 0.5) == [[0, 1], [2]])
    // Three mutually alike articles all join, whatever their order.
    let close: [[Double]] = [
        [1, 0.7, 0.6],
        [0.7, 1, 0.65],
        [0.6, 0.65, 1],
    ]
    #expect(StoryClusterer.averageLinkGroups(similarity: close, threshold: 0.5) == [[0, 1, 2]])
}

@Test func emptyAndWordlessArticlesDoNotBreakClustering() {
    let clusterer = StoryClusterer()
    #expect(clusterer.stories([]).isEmpty)
    let blank = Article(title: "", paragraphs: [])
    let symbols = Article(title: "!!! ???", paragraphs: ["— … —"])
    let stories = clusterer.stories([blank, symbols, blank, F.mayorShort])
    #expect(stories.count == 4)
    #expect(clusterer.similarity(blank, blank) == 0)
}

@Test func clusteringIsDeterministic() {
    let first = StoryClusterer().clusters(F.all)
    let second = StoryClusterer().clusters(F.all)
    #expect(first == second)
    #expect(StoryClusterer().similarityMatrix(F.all) == StoryClusterer().similarityMatrix(F.all))
}

@Test func tokensKeepFiguresWholeAndSkipPossessivesAndAbbreviations() {
    let tokens = StoryTerms.tokens("Mr. Reid's 186,400 homes cost £1.2m; the 23rd vote. Then Kerrigan spoke.")
    #expect(tokens.map(\.text) == ["mr", "reid", "186400", "homes", "cost", "1.2m", "the", "23", "vote", "then", "kerrigan", "spoke"])
    // "Reid" follows an abbreviation, so its capital marks a name; "Then" starts a sentence.
    #expect(tokens[1].startsSentence == false && tokens[1].isCapitalized)
    #expect(tokens[9].startsSentence == true)
    #expect(tokens[10].startsSentence == false)
    #expect(StoryTerms.stem("resigned") == StoryTerms.stem("resigns"))
    #expect(StoryTerms.stem("resignation") == StoryTerms.stem("resigning"))
}
