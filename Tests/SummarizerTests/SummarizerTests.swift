import Articles
import Testing

@testable import Summarizer

/// A made-up news story: a lead, supporting facts, quotes, and sentences a listener could not
/// follow on their own.
private let floodStory = Article(
    title: "Flood barrier holds as River Alde reaches record height",
    paragraphs: [
        "A new flood barrier protected the town of Riverton on Sunday as the River Alde rose to its highest level on record.",
        "Engineers said the barrier, finished only last year, held back water that would have flooded about 400 homes. The river peaked at 5.2 metres just after midnight, beating the record set in 1947.",
        "Photo: Jane Doe/Riverton Gazette",
        "What would you do if the water reached your door?",
        "Residents spent the night on high ground. Mayor Ann Price thanked the engineers who built the barrier and the volunteers who filled sandbags. \"We were lucky this time,\" she said.",
        "The barrier cost £12m and was paid for by the council and the national flood agency. Critics had called it too expensive when it was planned in 2019.",
        "Scroll down for video",
        "Forecasters expect the river to fall slowly over the next three days. Roads into the town centre will stay closed until the water has gone.",
    ])

private func article(_ sentences: [String], title: String = "") -> Article {
    Article(title: title, paragraphs: [sentences.joined(separator: " ")])
}

@Suite("Summarizer")
struct SummarizerTests {
    let summarizer = Summarizer()

    // MARK: Budgets

    @Test("A sentence budget gives that many sentences", arguments: [1, 2, 3, 5])
    func sentenceBudget(_ n: Int) {
        let summary = summarizer.summarize(floodStory, budget: .sentences(n))
        #expect(summary.sentences.count == n)
    }

    @Test("A word budget is never exceeded and is used", arguments: [12, 25, 40, 80])
    func wordBudget(_ n: Int) {
        let summary = summarizer.summarize(floodStory, budget: .words(n))
        #expect(summary.wordCount <= n)
        #expect(!summary.sentences.isEmpty)
    }

    @Test("Word budgets of every size are kept, and a big one keeps every candidate")
    func wordBudgetSizes() {
        for n in stride(from: 5, through: 300, by: 5) {
            #expect(summarizer.summarize(floodStory, budget: .words(n)).wordCount <= n)
        }
        let everything = summarizer.summarize(floodStory, budget: .sentences(100))
        #expect(summarizer.summarize(floodStory, budget: .words(10_000)) == everything)
    }

    @Test("A time budget converts seconds to words at the speaking rate")
    func secondsBudget() {
        let timed = summarizer.summarize(floodStory, budget: .seconds(20, wordsPerMinute: 150))
        let counted = summarizer.summarize(floodStory, budget: .words(50))
        #expect(timed.sentences.map(\.index) == counted.sentences.map(\.index))
        #expect(timed.wordCount <= 50)
    }

    @Test("Empty, zero and impossible budgets give an empty summary", arguments: [
        SummaryBudget.sentences(0), .sentences(-3), .words(0), .words(3), .seconds(0, wordsPerMinute: 160),
        .seconds(-5, wordsPerMinute: 160), .seconds(.nan, wordsPerMinute: 160), .seconds(10, wordsPerMinute: -1),
    ])
    func emptyBudgets(_ budget: SummaryBudget) {
        #expect(summarizer.summarize(floodStory, budget: budget).sentences.isEmpty)
    }

    @Test("An article with nothing to say gives an empty summary")
    func emptyArticle() {
        #expect(summarizer.summarize(Article(title: "Empty", paragraphs: []), budget: .sentences(3)).sentences.isEmpty)
        #expect(summarizer.summarize(article(["Photo: AP", "Scroll down for video"]), budget: .sentences(3)).sentences.isEmpty)
    }

    @Test("Growing sentence budgets keep what smaller ones picked")
    func nested() {
        var previous: Set<Int> = []
        for k in 1...8 {
            let picked = Set(summarizer.summarize(floodStory, budget: .sentences(k)).sentences.map(\.index))
            #expect(previous.isSubset(of: picked))
            previous = picked
        }
    }

    // MARK: Order, determinism, indices

    @Test("Sentences come in document order and their indices point at the article's sentences")
    func orderAndIndices() {
        let all = summarizer.sentences(of: floodStory)
        let summary = summarizer.summarize(floodStory, budget: .sentences(6))
        let indices = summary.sentences.map(\.index)
        #expect(indices == indices.sorted())
        for s in summary.sentences {
            #expect(all[s.index].text == s.text)
            #expect((0...1).contains(s.score))
        }
        #expect(all[0].paragraph == 0 && all[1].paragraph == 1 && all.last?.paragraph == 7)
    }

    @Test("The same article and budget always give the same summary")
    func deterministic() {
        let first = Summarizer().summarize(floodStory, budget: .sentences(4))
        for _ in 0..<5 {
            #expect(Summarizer().summarize(floodStory, budget: .sentences(4)) == first)
        }
    }

    @Test("The ranking lists picks best first, and its first k are the k-sentence summary")
    func ranking() {
        let ranking = summarizer.ranking(floodStory)
        for k in 1...4 {
            let summary = summarizer.summarize(floodStory, budget: .sentences(k))
            #expect(Set(ranking.prefix(k).map(\.index)) == Set(summary.sentences.map(\.index)))
        }
    }

    // MARK: What gets picked

    @Test("The lead comes first")
    func lead() {
        let summary = summarizer.summarize(floodStory, budget: .sentences(1))
        #expect(summary.sentences.first?.text.hasPrefix("A new flood barrier protected the town of Riverton") == true)
    }

    @Test("Photo credits, page furniture, questions and fragments are never picked")
    func exclusions() {
        let texts = summarizer.summarize(floodStory, budget: .sentences(100)).sentences.map(\.text)
        #expect(!texts.contains { $0.hasPrefix("Photo:") })
        #expect(!texts.contains { $0.hasPrefix("Scroll down") })
        #expect(!texts.contains { $0.hasSuffix("?") })
        #expect(texts.count == summarizer.sentences(of: floodStory).count - 3)

        let short = article([
            "Storm Bert brought heavy rain to the west of the country on Saturday.",
            "Rain warning",
            "Flood warnings were issued for 40 rivers and some trains were cancelled.",
        ])
        #expect(!summarizer.summarize(short, budget: .sentences(10)).sentences.contains { $0.text == "Rain warning" })
    }

    @Test("A sentence that leans on the one before is picked only with it")
    func dependentSentences() {
        let story = article([
            "The city council approved a new budget for schools on Tuesday after a long debate.",
            "Teachers had asked for more money to hire staff in the poorest districts of the city.",
            "But the mayor said the plan would raise taxes for families across the city next year.",
            "Parents groups welcomed the vote and promised to watch how the money is spent by schools.",
            "This means class sizes in the poorest districts should fall by the autumn term.",
        ])
        for k in 1...5 {
            let indices = Set(summarizer.summarize(story, budget: .sentences(k)).sentences.map(\.index))
            if indices.contains(2) { #expect(indices.contains(1), "k=\(k)") }
            if indices.contains(4) { #expect(indices.contains(3), "k=\(k)") }
        }
        // A linking sentence whose predecessor can never be picked is never picked.
        let orphan = article([
            "The city council approved a new budget for schools on Tuesday after a long debate.",
            "Picture: council press office",
            "However, the mayor said taxes would rise across the city next year as a result.",
            "Parents groups welcomed the vote and promised to watch how the money is spent.",
        ])
        let texts = summarizer.summarize(orphan, budget: .sentences(10)).sentences.map(\.text)
        #expect(!texts.contains { $0.hasPrefix("However") })
        #expect(texts.count == 2)
    }

    @Test("A repeated sentence is not picked twice")
    func redundancy() {
        let repeated = "Officials confirmed that the bridge over the River Tay will close for repairs in March."
        let story = article([
            repeated,
            repeated,
            "Drivers will be sent on a 20-mile detour through Perth while engineers replace the deck.",
            "The work is expected to take six months and cost about £30m, the transport agency said.",
        ])
        let texts = summarizer.summarize(story, budget: .sentences(2)).sentences.map(\.text)
        #expect(texts.count == 2)
        #expect(texts.filter { $0 == repeated }.count == 1)
    }

    @Test("Datelines and agency tags are not read out")
    func datelines() {
        let cnn = article(["(CNN)A storm brought down power lines across three counties on Friday night."])
        #expect(summarizer.summarize(cnn, budget: .sentences(1)).sentences.first?.text == "A storm brought down power lines across three counties on Friday night.")
        let reuters = article(["LONDON (Reuters) - Shares in the bank fell sharply on Monday after it cut its forecast."])
        #expect(summarizer.summarize(reuters, budget: .sentences(1)).sentences.first?.text == "Shares in the bank fell sharply on Monday after it cut its forecast.")
        let dash = article(["WASHINGTON — The Senate passed the spending bill late on Thursday by a wide margin."])
        #expect(summarizer.summarize(dash, budget: .sentences(1)).sentences.first?.text == "The Senate passed the spending bill late on Thursday by a wide margin.")
        let name = article(["Manchester United (MUFC) won the match on Sunday after a late goal from a substitute."])
        #expect(summarizer.summarize(name, budget: .sentences(1)).sentences.first?.text.hasPrefix("Manchester United (MUFC)") == true)
    }

    @Test(
        "What makes no sense when heard is left out of the text",
        arguments: [
            ("The mayor (pictured) opened the new bridge on Monday morning with a ribbon.",
                "The mayor opened the new bridge on Monday morning with a ribbon."),
            ("Tiger Woods (left) and Jordan Spieth (right, file photo) played together on Friday.",
                "Tiger Woods and Jordan Spieth played together on Friday."),
            ("Gordon Brown, pictured campaigning this week, has warned voters about a hung parliament.",
                "Gordon Brown has warned voters about a hung parliament."),
            ("Scroll down for video Gordon Brown has warned voters about the risks of a hung parliament.",
                "Gordon Brown has warned voters about the risks of a hung parliament."),
            ("Accused: Dr Ram Patel, 38, has denied four counts of fraud at the crown court.",
                "Dr Ram Patel, 38, has denied four counts of fraud at the crown court."),
            ("Happy couple: The pair married in a small ceremony in Devon last weekend.",
                "The pair married in a small ceremony in Devon last weekend."),
            // Kept: brackets that say something, speakers, and labels with too little after them.
            ("Manchester United (MUFC) won the match on Sunday after a late goal from a substitute.",
                "Manchester United (MUFC) won the match on Sunday after a late goal from a substitute."),
            ("Mr Smith said: The plan will work if everyone in the town plays a part in it.",
                "Mr Smith said: The plan will work if everyone in the town plays a part in it."),
            ("Sales rose (and only a few shops closed) across the region over the holiday season.",
                "Sales rose (and only a few shops closed) across the region over the holiday season."),
        ])
    func readable(_ input: String, _ heard: String) {
        #expect(summarizer.summarize(text: input, budget: .sentences(1)).sentences.map(\.text) == [heard])
    }

    @Test("Photo captions are never picked")
    func captions() {
        let story = article([
            "Neymar poses for a photo with Rafael Nadal at the Barcelona Open on Wednesday afternoon.",
            "Rafael Nadal beat Nicolas Almagro 6-3 6-1 to reach the third round of the Barcelona Open.",
            "Gordon Brown, pictured on Monday, has warned that the vote could force another referendum.",
            "The former prime minister made the remarks at a campaign event in Renfrewshire.",
        ])
        let texts = summarizer.summarize(story, budget: .sentences(10)).sentences.map(\.text)
        #expect(!texts.contains { $0.hasPrefix("Neymar") })
        #expect(texts.contains("Gordon Brown has warned that the vote could force another referendum."))
        #expect(texts.count == 3)
    }

    @Test("Long and unusual articles are summarized within the budget")
    func longInput() {
        let many = (0..<3000).map { "Report number \($0) says the river rose by \($0 % 7) centimetres overnight in the valley." }
        let long = Article(title: "Rivers", paragraphs: [many.joined(separator: " "), String(repeating: "word ", count: 200_000)])
        let summary = summarizer.summarize(long, budget: .sentences(3))
        #expect(summary.sentences.count == 3)
        #expect(summary.sentences.allSatisfy { $0.index < 3000 })
        let noStops = Article(title: "", paragraphs: [String(repeating: "a.b.c!d?e…f ", count: 20_000)])
        #expect(summarizer.summarize(noStops, budget: .words(50)).wordCount <= 50)
    }

    @Test("Summarizing plain text matches summarizing it as an article")
    func plainText() {
        let text = floodStory.paragraphs.joined(separator: "\n\n")
        let fromText = summarizer.summarize(text: text, title: floodStory.title, budget: .sentences(3))
        let fromArticle = summarizer.summarize(floodStory, budget: .sentences(3))
        #expect(fromText.sentences.map(\.text) == fromArticle.sentences.map(\.text))
    }
}
