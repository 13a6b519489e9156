import Articles
import Foundation
import Testing
@testable import Script

/// A speaking-time model with round numbers: 0.07 s a letter, 0.25 s a break, 0.3 s a call.
struct FixedTiming: SpeechTiming {
    let rate = SpeakingRate(perLetter: 0.07, perBreak: 0.25, perCall: 0.3)
    func seconds(toSpeak text: String, with profile: VoiceProfile) -> Double { rate.seconds(for: text) }
}

func makeArticle(_ i: Int, source: String, hoursAgo: Double, now: Date, sentences: Int = 8) -> Article {
    let topics = ["harbour", "council", "railway", "hospital", "school", "museum", "airport", "market", "bridge", "library"]
    let topic = topics[i % topics.count]
    let lines = [
        "The \(topic) board approved a plan on Thursday after months of talks with unions and residents.",
        "Officials said the work would cost about four million pounds and take two years to finish.",
        "Local businesses welcomed the decision, saying trade had fallen sharply since the closure.",
        "Opposition councillors argued that the money should have gone to schools and housing instead.",
        "A public meeting is planned for next month so that people can see the detailed drawings.",
        "Engineers expect most of the noisy work to happen at night to limit the disruption to traffic.",
        "The chair of the board said the vote marked the end of a long and difficult process.",
        "Campaigners have promised to keep watching the project closely as it moves ahead.",
    ]
    let body = Array(lines.prefix(sentences))
    return Article(
        title: "Story \(i): the \(topic) plan is approved", published: now.addingTimeInterval(-hoursAgo * 3600), source: source,
        paragraphs: stride(from: 0, to: body.count, by: 2).map { body[$0..<min($0 + 2, body.count)].joined(separator: " ") })
}

@Suite struct BriefingScriptBuilderTests {
    // Friday 27 November 2026, 07:30 UTC.
    let now = Date(timeIntervalSince1970: 1_795_764_600)
    let profile = VoiceProfile(name: "test")

    func builder(budget: Double? = nil, templates: BriefingTemplates = BriefingTemplates(), maxStories: Int = 10) -> BriefingScriptBuilder {
        BriefingScriptBuilder(
            options: .init(profile: profile, templates: templates, budget: budget, maxStories: maxStories),
            timing: FixedTiming(), prepare: { $0 })
    }

    func stories(_ count: Int) -> [Story] {
        (0..<count).map { Story(article: makeArticle($0, source: "Paper \($0)", hoursAgo: Double($0 + 1), now: now)) }
    }

    @Test func opensWithGreetingWeekdayAndDateAndClosesWithOutro() {
        let script = builder().build(stories: stories(3), date: now, timeZone: TimeZone(identifier: "UTC")!)
        #expect(script.segments.first?.text == "Good morning. It's Friday, the 27th of November. Here are today's top stories.")
        #expect(script.segments.first?.kind == .intro)
        #expect(script.segments[1].kind == .preview)
        #expect(script.segments[1].text.hasPrefix("Coming up: Story 0: the harbour plan is approved; "))
        #expect(script.segments.last?.text == "That's your briefing for Friday. Thanks for listening.")
        #expect(script.segments.last?.pauseAfter == 0)
    }

    @Test func eachStoryHasTransitionHeadlineSentencesAndAttribution() {
        let script = builder().build(stories: stories(3), date: now, timeZone: TimeZone(identifier: "UTC")!)
        let first = script.segments.filter { $0.story == 0 }
        #expect(first.map(\.kind) == [.transition, .headline, .body, .attribution])
        #expect(first[0].text == "First.")
        #expect(first[1].text == "Story 0: the harbour plan is approved.")
        #expect(first[2].text.split(separator: ".").count == 3)
        #expect(first[3].text == "From Paper 0, an hour ago.")
        #expect(first[0].chapter == "Story 0: the harbour plan is approved")
        #expect(script.segments.filter { $0.story == 2 }.first?.text == "Finally.")
    }

    @Test func transitionsNeverRepeatBackToBack() {
        let script = builder().build(stories: stories(9), date: now)
        let transitions = script.segments.filter { $0.kind == .transition }.map(\.text)
        #expect(transitions.count == 9)
        #expect(transitions.first == "First." && transitions.last == "Finally.")
        for (a, b) in zip(transitions, transitions.dropFirst()) { #expect(a != b) }
    }

    @Test func storiesReportedByMoreSourcesAndNewerComeFirstAndTiesKeepTheirOrder() {
        var input = stories(4)
        input[3].alsoReportedBy = ["Other Paper"]
        let ranked = BriefingScriptBuilder.rank(input, now: now).map(\.article.title)
        #expect(ranked.first == input[3].article.title)
        #expect(Array(ranked.dropFirst()) == [input[0], input[1], input[2]].map(\.article.title))
        let same = (0..<3).map { _ in Story(article: makeArticle(1, source: "P", hoursAgo: 2, now: now)) }
        #expect(BriefingScriptBuilder.rank(same, now: now) == same)
        let attribution = builder().build(stories: input, date: now).segments.first { $0.kind == .attribution }?.text
        #expect(attribution == "From Paper 3, 4 hours ago. Also reported by Other Paper.")
    }

    @Test(arguments: [60.0, 120.0, 180.0, 300.0])
    func budgetIsMetWithinFivePercent(_ budget: Double) {
        let script = builder(budget: budget).build(stories: stories(8), date: now)
        let timing = FixedTiming()
        let total = script.segments.reduce(0) { $0 + timing.seconds(toSpeak: $1.spoken, with: $1.profile) } + script.pauseSeconds
        #expect(abs(total - budget) <= budget * 0.05, "total \(total) for budget \(budget)")
        #expect(script.segments.contains { $0.kind == .outro })
    }

    @Test func longerBudgetsTellMoreStoriesOrMoreSentences() {
        let short = builder(budget: 60).build(stories: stories(8), date: now)
        let long = builder(budget: 300).build(stories: stories(8), date: now)
        #expect(long.wordCount > short.wordCount * 3)
    }

    @Test func sameInputsGiveTheSameScript() {
        let a = builder(budget: 180).build(stories: stories(6), date: now)
        let b = builder(budget: 180).build(stories: stories(6), date: now)
        #expect(a == b)
        #expect(a.renderText() == b.renderText())
    }

    @Test func templatesCanBeOverridden() {
        var templates = BriefingTemplates()
        templates.intro = "Hello, it is {weekday} {day} {month} {year}."
        templates.attribution = "Source: {source}."
        templates.outro = "Bye."
        let script = builder(templates: templates).build(stories: stories(2), date: now, timeZone: TimeZone(identifier: "UTC")!)
        #expect(script.segments.first?.text == "Hello, it is Friday 27th November 2026.")
        #expect(script.segments.contains { $0.text == "Source: Paper 0." })
        #expect(script.segments.last?.text == "Bye.")
    }

    @Test func speechTextComesFromThePreparationStep() {
        let b = BriefingScriptBuilder(options: .init(profile: profile), timing: FixedTiming(), prepare: { $0.uppercased() })
        let script = b.build(stories: stories(1), date: now)
        #expect(script.segments.allSatisfy { $0.spoken == $0.text.uppercased() })
    }

    @Test func pausesAreScaledToLandOnTheBudget() {
        let script = builder().build(stories: stories(2), date: now)
        let speech = script.segments.map { _ in 2.0 }
        let spoken = speech.reduce(0, +)
        let fitted = BriefingScriptBuilder.fitPauses(script, to: spoken + script.pauseSeconds * 1.5, speech: speech)
        #expect(abs(fitted.pauseSeconds - script.pauseSeconds * 1.5) < 0.01)
    }
}

@Suite struct SpeakingRateTests {
    @Test func fitRecoversAKnownModel() throws {
        let truth = SpeakingRate(perLetter: 0.065, perBreak: 0.3, perCall: 0.25)
        let texts = ["Hello.", "A longer sentence, with a comma.", "Short one.", "Another sentence here; with more breaks: three.", "Words words words words words words words."]
        let fitted = try #require(SpeakingRate.fit(texts.map { ($0, truth.seconds(for: $0)) }))
        #expect(abs(fitted.perLetter - truth.perLetter) < 1e-9)
        #expect(abs(fitted.perBreak - truth.perBreak) < 1e-9)
        #expect(abs(fitted.perCall - truth.perCall) < 1e-9)
    }
}

@Suite struct ArticleScriptBuilderTests {
    @Test func titlePauseSubtitleThenParagraphs() {
        let profile = VoiceProfile(name: "t", pauses: .init(afterTitle: 0.9, afterParagraph: 0.4, afterStory: 1.5))
        let article = Article(title: "T", subtitle: "S", paragraphs: ["P1.", "P2."])
        let script = ArticleScriptBuilder(profile: profile, prepare: { $0 }).script(for: article)
        #expect(script.segments.map(\.kind) == [.headline, .subtitle, .body, .body])
        #expect(script.segments.map(\.pauseAfter) == [0.9, 0.9, 0.4, 0])
        #expect(script.segments.map(\.text) == ["T", "S", "P1.", "P2."])
        let summary = ArticleScriptBuilder(profile: profile, prepare: { $0 }).script(for: article, sentences: ["P2."])
        #expect(summary.segments.map(\.text) == ["T", "S", "P2."])
    }
}
