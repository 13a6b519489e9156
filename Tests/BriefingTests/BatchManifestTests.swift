import Articles
import Audio
import Foundation
import TestSupport
import Script
import Testing

@testable import Briefing

@Suite struct BatchManifestTests {
    let profile = VoiceProfile(name: "test")

    func planJob(_ scratch: TemporaryFolder, resume options: String? = nil) -> BatchPlan {
        BatchPlanner(sources: [scratch.file("in")], outputFolder: scratch.file("out"), format: .wav, resumeOptions: options).plan()
    }

    /// Plans `in/a.txt`, pretends it was rendered (writes the output and the manifest entry).
    func renderedScratch(options: String) throws -> (TemporaryFolder, BatchJob) {
        let scratch = try TemporaryFolder()
        try scratch.write("in/a.txt", shortArticle)
        try scratch.setModified("in/a.txt", Date(timeIntervalSinceNow: -3600))
        let job = try #require(planJob(scratch).jobs.first)
        try scratch.write("out/a.wav", "audio")
        let manifest = BatchManifest(outputs: [
            job.outputRelativePath: .init(input: job.inputIdentity, source: job.inputFingerprint, options: options, seconds: 4.5)
        ])
        try manifest.write(to: scratch.file("out/.briefing-manifest.json"))
        return (scratch, job)
    }

    @Test func upToDateOutputsAreSkippedWithTheirRecordedLength() throws {
        let (scratch, _) = try renderedScratch(options: "opts")
        let plan = planJob(scratch, resume: "opts")
        #expect(plan.jobs.isEmpty)
        #expect(plan.upToDate.count == 1)
        #expect(plan.upToDate.first?.status == .skipped)
        #expect(plan.upToDate.first?.seconds == 4.5)
    }

    @Test func otherOptionsMeanRenderAgain() throws {
        let (scratch, _) = try renderedScratch(options: "opts")
        #expect(planJob(scratch, resume: "other").jobs.count == 1)
    }

    @Test func withoutResumeEverythingIsRendered() throws {
        let (scratch, _) = try renderedScratch(options: "opts")
        #expect(planJob(scratch).jobs.count == 1)
    }

    @Test func aChangedInputIsRenderedAgain() throws {
        let (scratch, _) = try renderedScratch(options: "opts")
        try scratch.write("in/a.txt", shortArticle + "\nA new last line.\n")
        #expect(planJob(scratch, resume: "opts").jobs.count == 1)
    }

    @Test func anInputNewerThanItsOutputIsRenderedAgain() throws {
        let (scratch, _) = try renderedScratch(options: "opts")
        try scratch.setModified("out/a.wav", Date(timeIntervalSinceNow: -7200))
        #expect(planJob(scratch, resume: "opts").jobs.count == 1)
    }

    @Test func aMissingOutputIsRenderedAgain() throws {
        let (scratch, _) = try renderedScratch(options: "opts")
        try FileManager.default.removeItem(atPath: scratch.file("out/a.wav"))
        #expect(planJob(scratch, resume: "opts").jobs.count == 1)
    }

    @Test func aDamagedManifestMeansRenderAgain() throws {
        let (scratch, _) = try renderedScratch(options: "opts")
        try scratch.write("out/.briefing-manifest.json", "{\"version\": 1, \"outputs\": [")
        #expect(planJob(scratch, resume: "opts").jobs.count == 1)
        #expect(BatchManifest.read(path: scratch.file("out/.briefing-manifest.json")).outputs.isEmpty)
    }

    @Test func shardManifestsHaveTheirOwnFilesAndAreMergedOnResume() throws {
        let scratch = try TemporaryFolder()
        #expect(BatchManifest.fileName(shard: nil) == ".briefing-manifest.json")
        #expect(BatchManifest.fileName(shard: try BatchShard(index: 1, count: 4)) == ".briefing-manifest-1-of-4.json")
        #expect(BatchManifest.fileName(shard: try BatchShard(index: 0, count: 1)) == ".briefing-manifest.json")
        let entry = BatchManifest.Entry(input: "/in/a.txt", source: "s", options: "o", seconds: 1)
        try FileManager.default.createDirectory(atPath: scratch.file("out"), withIntermediateDirectories: true)
        try BatchManifest(outputs: ["a.wav": entry]).write(to: scratch.file("out/.briefing-manifest-0-of-2.json"))
        try BatchManifest(outputs: ["b.wav": entry]).write(to: scratch.file("out/.briefing-manifest-1-of-2.json"))
        #expect(Set(BatchManifest.load(folder: scratch.file("out")).outputs.keys) == ["a.wav", "b.wav"])
    }

    @Test func feedItemsAreUpToDateByTheirTextNotTheFeedFile() throws {
        let scratch = try TemporaryFolder()
        try scratch.write("in/feed.xml", rssFeed(titles: ["One", "Two"]))
        let first = planJob(scratch).jobs
        try FileManager.default.createDirectory(atPath: scratch.file("out/feed"), withIntermediateDirectories: true)
        var manifest = BatchManifest()
        for job in first {
            try scratch.write("out/" + job.outputRelativePath, "audio")
            manifest.outputs[job.outputRelativePath] = .init(input: job.inputIdentity, source: job.inputFingerprint, options: "o", seconds: 2)
        }
        try manifest.write(to: scratch.file("out/.briefing-manifest.json"))
        // A new item arrives: only it is rendered.
        try scratch.write("in/feed.xml", rssFeed(titles: ["Zero", "One", "Two"]))
        let plan = planJob(scratch, resume: "o")
        #expect(plan.jobs.map(\.item) == ["Zero"])
        #expect(plan.upToDate.count == 2)
    }

    @Test func settingsFingerprintFollowsWhatShapesTheAudio() {
        let base = BatchSettings(profile: profile)
        #expect(base.fingerprint() == BatchSettings(profile: profile).fingerprint())
        var faster = profile
        faster.rate = 220
        let variants = [
            BatchSettings(profile: faster),
            BatchSettings(profile: profile, mode: .summary(.sentences(3))),
            BatchSettings(profile: profile, mode: .summary(.sentences(4))),
            BatchSettings(profile: profile, audio: AudioOutputOptions(format: .mp3)),
            BatchSettings(profile: profile, audio: AudioOutputOptions(sampleRate: 44_100)),
            BatchSettings(profile: profile, audio: AudioOutputOptions(loudness: -16)),
        ]
        let prints = variants.map { $0.fingerprint() }
        #expect(Set(prints + [base.fingerprint()]).count == variants.count + 1)
        #expect(base.fingerprint().count == 16)
    }
}
