import Articles
import Audio
import Foundation
import TestSupport
import Testing

@testable import Briefing

@Suite struct BatchPlannerTests {
    func plan(_ scratch: TemporaryFolder, sources: [String], format: AudioFormat = .wav, shard: BatchShard? = nil) -> BatchPlan {
        BatchPlanner(sources: sources, outputFolder: scratch.file("out"), format: format, shard: shard).plan()
    }

    @Test func outputsMirrorTheInputTree() throws {
        let scratch = try TemporaryFolder()
        try scratch.write("in/top.txt", shortArticle)
        try scratch.write("in/world/europe/story.html", "<html><body><h1>A</h1><p>\(shortArticle)</p></body></html>")
        try scratch.write("in/notes.md", shortArticle)
        let plan = plan(scratch, sources: [scratch.file("in")], format: .mp3)
        #expect(plan.failures.isEmpty)
        #expect(plan.jobs.map(\.outputRelativePath).sorted() == ["notes.mp3", "top.mp3", "world/europe/story.mp3"])
        let story = try #require(plan.jobs.first { $0.outputRelativePath.hasPrefix("world") })
        #expect(story.outputPath == scratch.file("out/world/europe/story.mp3"))
        #expect(story.key == "world/europe/story.html")
        #expect(story.input == .file(path: scratch.file("in/world/europe/story.html")))
    }

    @Test func clashingNamesGetNumberedInInputOrder() throws {
        let scratch = try TemporaryFolder()
        try scratch.write("in/story.txt", shortArticle)
        try scratch.write("in/story.md", shortArticle)
        try scratch.write("in/story-2.txt", shortArticle)
        try scratch.write("other/story.txt", shortArticle)
        let plan = plan(scratch, sources: [scratch.file("in"), scratch.file("other/story.txt")])
        let names = Dictionary(uniqueKeysWithValues: plan.jobs.map { ($0.inputDisplay, $0.outputRelativePath) })
        // Sorted input order: story-2.txt, story.md, story.txt; then the second source.
        #expect(names[scratch.file("in/story-2.txt")] == "story-2.wav")
        #expect(names[scratch.file("in/story.md")] == "story.wav")
        #expect(names[scratch.file("in/story.txt")] == "story-3.wav")
        #expect(names[scratch.file("other/story.txt")] == "story-4.wav")
        #expect(Set(plan.jobs.map(\.outputRelativePath)).count == plan.jobs.count)
    }

    @Test func feedItemsAreNamedFromTitlesAndNeverLeaveTheOutputFolder() throws {
        let scratch = try TemporaryFolder()
        let titles = [
            "../../../etc/passwd", "/absolute/path", "..", "Storm warning", "Storm warning", "STORM: warning!",
            "tab\tand\nnewline", "日本語のニュース", "Ça coûte 3,5 € — déjà", String(repeating: "long ", count: 80),
        ]
        try scratch.write("in/desk/feed.xml", rssFeed(titles: titles))
        let plan = plan(scratch, sources: [scratch.file("in")])
        #expect(plan.failures.isEmpty, "\(plan.failures)")
        #expect(plan.jobs.count == titles.count)
        let outputRoot = URL(fileURLWithPath: scratch.file("out")).standardizedFileURL.path + "/"
        for job in plan.jobs {
            let resolved = URL(fileURLWithPath: job.outputPath).standardizedFileURL.path
            #expect(resolved.hasPrefix(outputRoot + "desk/feed/"), "\(job.outputPath)")
            let name = (job.outputRelativePath as NSString).lastPathComponent
            #expect(!name.hasPrefix("."))
            #expect(name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == ".") }, "\(name)")
            guard case .article = job.input else { Issue.record("feed item should carry its article"); continue }
        }
        #expect(Set(plan.jobs.map(\.outputRelativePath)).count == titles.count)
        let names = plan.jobs.map { ($0.outputRelativePath as NSString).lastPathComponent }
        #expect(names.contains("etc-passwd.wav"))
        #expect(names.contains("storm-warning.wav") && names.contains("storm-warning-2.wav"))
        #expect(names.contains("ca-coute-3-5-deja.wav"))
        #expect(plan.jobs.first?.item == "../../../etc/passwd")
    }

    @Test func theOutputFolderInsideTheInputIsNotReadAsInput() throws {
        let scratch = try TemporaryFolder()
        try scratch.write("in/a.txt", shortArticle)
        try scratch.write("in/audio/old.txt", shortArticle)
        let plan = BatchPlanner(sources: [scratch.file("in")], outputFolder: scratch.file("in/audio"), format: .wav).plan()
        #expect(plan.jobs.map(\.outputRelativePath) == ["a.wav"])
        #expect(plan.failures.isEmpty)
    }

    @Test func unreadableInputsAreFailuresWithTheirPathAndReason() throws {
        let scratch = try TemporaryFolder()
        try scratch.write("in/good.txt", shortArticle)
        try Data([0x89, 0x50, 0x4E, 0x47, 0, 0, 0]).write(to: URL(fileURLWithPath: scratch.file("in/picture.png")))
        try scratch.write("in/broken.xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Nothing</title></channel></rss>")
        let plan = plan(scratch, sources: [scratch.file("in"), scratch.file("missing")])
        #expect(plan.jobs.map(\.outputRelativePath) == ["good.wav"])
        let failed = Dictionary(uniqueKeysWithValues: plan.failures.map { ($0.input, $0.error ?? "") })
        #expect(failed[scratch.file("in/picture.png")]?.contains("unsupported file type") == true)
        #expect(failed[scratch.file("missing")] == "no such file or folder")
        #expect(failed[scratch.file("in/broken.xml")]?.isEmpty == false)
        #expect(plan.failures.allSatisfy { $0.status == .failed })
    }

    @Test func theSameFileGivenTwiceIsRenderedOnce() throws {
        let scratch = try TemporaryFolder()
        try scratch.write("in/a.txt", shortArticle)
        let plan = plan(scratch, sources: [scratch.file("in"), scratch.file("in/a.txt")])
        #expect(plan.jobs.count == 1)
    }

    @Test func aFolderInTheWayOfAnOutputFailsThatOutputOnly() {
        var namer = OutputNamer(fileExtension: "wav")
        #expect(namer.assign(base: "x") == "x.wav")
        #expect(namer.assign(base: "x.wav/inner") == nil)
        #expect(namer.assign(base: "y/inner") == "y/inner.wav")
        #expect(namer.assign(base: "y/inner") == "y/inner-2.wav")
    }
}
