import Audio
import Foundation
import TestSupport
import Testing

/// A short article with a number in it, so each renders in a fraction of a second.
func batchArticle(_ n: Int, sentences: Int = 2) -> String {
    var text = "Harbour report number \(n)\n\n"
    for s in 0..<sentences {
        text += "The harbour trust said on Monday that repairs to berth \(n + s) would finish before the spring tides. "
    }
    return text + "\n"
}

/// Runs `briefing batch` in the background, so a test can interrupt it.
final class RunningBatch: @unchecked Sendable {
    // @unchecked Sendable: the lines and standard error read by the background readers are only
    // touched while `lock` is held; the pipes and process are set up before the readers start.
    let process = Process()
    private let out = Pipe()
    private let err = Pipe()
    private var stdoutLines: [String] = []
    private let lock = NSLock()
    private var errData = Data()
    private let group = DispatchGroup()

    /// Starts the batch; Foundation starts it in a process group of its own, so the test can
    /// signal the whole group as a terminal's Ctrl-C would.
    init(_ arguments: [String]) throws {
        process.executableURL = URL(fileURLWithPath: BriefingBinary.path)
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["BRIEFING_VOICES"] = BriefingBinary.packageRoot.appendingPathComponent("voices").path
        process.environment = env
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        group.enter()
        DispatchQueue.global().async { [self] in
            var pending = Data()
            while true {
                let chunk = out.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                pending.append(chunk)
                while let newline = pending.firstIndex(of: 0x0A) {
                    let line = String(decoding: pending[pending.startIndex..<newline], as: UTF8.self)
                    pending.removeSubrange(pending.startIndex...newline)
                    lock.withLock { stdoutLines.append(line) }
                }
            }
            group.leave()
        }
        group.enter()
        DispatchQueue.global().async { [self] in
            let data = err.fileHandleForReading.readDataToEndOfFile()
            lock.withLock { errData = data }
            group.leave()
        }
    }

    var lines: [String] { lock.withLock { stdoutLines } }

    /// Waits until `predicate` holds for the lines printed so far, or `seconds` pass.
    func wait(seconds: Double, until predicate: ([String]) -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if predicate(lines) { return true }
            if !process.isRunning { return predicate(lines) }
            usleep(5_000)
        }
        return false
    }

    /// Waits for the end; the exit status and standard error.
    func finish() -> (status: Int32, stderr: String) {
        process.waitUntilExit()
        group.wait()
        return (process.terminationStatus, lock.withLock { String(decoding: errData, as: UTF8.self) })
    }
}

/// The parsed `--json` lines of a run.
func jsonResults(_ stdout: String) throws -> [[String: Any]] {
    try stdout.split(separator: "\n").map { line in
        try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "\(line)")
    }
}

/// Hidden temporary files left anywhere below `folder`.
func temporaryFiles(in folder: TemporaryFolder) -> [String] {
    folder.contents().filter { ($0 as NSString).lastPathComponent.hasPrefix(".") && $0.hasSuffix(".tmp") }
}

@Suite(.serialized) struct BatchEndToEndTests {
    @Test func goodFilesAreRenderedAndEveryBadOneIsNamedInTheSummary() throws {
        let folder = try TemporaryFolder()
        try folder.write("in/one.txt", batchArticle(1))
        try folder.write("in/world/two.md", batchArticle(2))
        try folder.write("in/world/three.html", "<html><head><title>Three</title></head><body><article><h1>Bridge reopens</h1><p>\(batchArticle(3))</p></article></body></html>")
        try folder.write("in/desk/feed.xml", """
            <?xml version="1.0"?><rss version="2.0"><channel><title>Desk</title>
            <item><title>../../escape &amp; &lt;b&gt;bold&lt;/b&gt;</title><description>The ferry will run again on Friday, the operator said.</description></item>
            <item><title>../../escape &amp; &lt;b&gt;bold&lt;/b&gt;</title><description>A second item with the same title sails on Saturday.</description></item>
            </channel></rss>
            """)
        try folder.write("in/empty.txt", "")
        try folder.write("in/blank.md", "\n\n   \n")
        try Data((0..<2048).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }).write(to: folder.url.appendingPathComponent("in/binary.txt"))
        try Data([0x7F, 0x45, 0x4C, 0x46, 0, 1]).write(to: folder.url.appendingPathComponent("in/program.bin"))
        try folder.write("in/hostile.html", "<html><body><script>while(1){}</script><audio src='file:///etc/passwd'></audio></body></html>")
        try folder.write("in/broken-feed.xml", "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]><rss><channel><item><title>&b;")

        let run = try BriefingBinary.run(["batch", folder.file("in"), "-o", folder.file("out"), "--jobs", "2", "--json"])
        #expect(run.status == 1, "\(run.stderr)")
        let results = try jsonResults(run.stdout)
        let bad = ["empty.txt", "blank.md", "binary.txt", "program.bin", "hostile.html", "broken-feed.xml"]
        let failed = results.filter { $0["status"] as? String == "failed" }.compactMap { $0["input"] as? String }
        #expect(Set(failed.map { ($0 as NSString).lastPathComponent }) == Set(bad))
        for name in bad {
            #expect(run.stderr.contains(folder.file("in/\(name)") + ": "), "summary misses \(name): \(run.stderr)")
        }
        #expect(run.stderr.contains("\(bad.count) failed"))
        #expect(!run.stderr.contains("Fatal error"))

        let done = results.filter { $0["status"] as? String == "done" }
        #expect(done.count == 5)
        let expected = ["out/one.wav", "out/world/two.wav", "out/world/three.wav", "out/desk/feed/escape-bold.wav", "out/desk/feed/escape-bold-2.wav"]
        for output in expected {
            let file = try AudioFileReader(path: folder.file(output))
            #expect(file.duration > 1, "\(output)")
            #expect(done.contains { $0["output"] as? String == folder.file(output) && ($0["seconds"] as? Double ?? 0) > 1 })
        }
        #expect(folder.contents().filter { $0.hasPrefix("out/") && $0.hasSuffix(".wav") }.count == expected.count)
        #expect(temporaryFiles(in: folder).isEmpty)
        #expect(!folder.contents().contains { $0.hasSuffix(".wav") && !$0.hasPrefix("out/") })
    }

    @Test func resumeSkipsUpToDateOutputsAndRedoesChangedOnes() throws {
        let folder = try TemporaryFolder()
        for i in 1...3 { try folder.write("in/\(i).txt", batchArticle(i)) }
        let first = try BriefingBinary.run(["batch", folder.file("in"), "-o", folder.file("out"), "--json"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(try jsonResults(first.stdout).allSatisfy { $0["status"] as? String == "done" })
        let manifest = try String(contentsOfFile: folder.file("out/.briefing-manifest.json"), encoding: .utf8)
        #expect(manifest.contains("\"1.wav\"") && manifest.contains("\"3.wav\""))

        let again = try BriefingBinary.run(["batch", folder.file("in"), "-o", folder.file("out"), "--resume", "--json"])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try jsonResults(again.stdout).map { $0["status"] as? String } == ["skipped", "skipped", "skipped"])

        try folder.write("in/2.txt", batchArticle(2, sentences: 3))
        let changed = try BriefingBinary.run(["batch", folder.file("in"), "-o", folder.file("out"), "--resume", "--json"])
        var byName: [String: String] = [:]
        for result in try jsonResults(changed.stdout) {
            byName[(((result["input"] as? String) ?? "") as NSString).lastPathComponent] = result["status"] as? String
        }
        #expect(byName == ["1.txt": "skipped", "2.txt": "done", "3.txt": "skipped"])

        let louder = try BriefingBinary.run(["batch", folder.file("in"), "-o", folder.file("out"), "--resume", "--loudness", "-20", "--json"])
        #expect(try jsonResults(louder.stdout).allSatisfy { $0["status"] as? String == "done" }, "other options: everything again")
    }

    @Test(arguments: [false, true])
    func interruptionKeepsFinishedFilesLeavesNoPartialOneAndResumeFinishes(wholeProcessGroup: Bool) throws {
        let folder = try TemporaryFolder()
        let count = 24
        for i in 1...count { try folder.write("in/story-\(i).txt", batchArticle(i, sentences: 10)) }
        let arguments = ["batch", folder.file("in"), "-o", folder.file("out"), "--jobs", "2", "--json"]
        let batch = try RunningBatch(arguments)
        #expect(getpgid(batch.process.processIdentifier) == batch.process.processIdentifier)
        #expect(batch.wait(seconds: 60) { !$0.isEmpty }, "no file finished")
        // Ctrl-C on a terminal reaches the whole process group; `kill -INT` only the parent.
        kill(wholeProcessGroup ? -batch.process.processIdentifier : batch.process.processIdentifier, SIGINT)
        let (status, stderr) = batch.finish()
        #expect(status == 130, "\(stderr)")
        #expect(stderr.contains("interrupted"), "\(stderr)")
        #expect(stderr.contains("--resume"))

        let finished = try jsonResults(batch.lines.joined(separator: "\n")).filter { $0["status"] as? String == "done" }
        #expect(!finished.isEmpty)
        #expect(finished.count < count, "the batch ended before it was interrupted")
        #expect(temporaryFiles(in: folder).isEmpty, "\(folder.contents())")
        // Every file reported finished is there; a file that was being renamed into place at the
        // moment of the signal may be there too, complete.
        let outputs = folder.contents().filter { $0.hasSuffix(".wav") }
        for result in finished {
            let output = try #require(result["output"] as? String)
            #expect(outputs.contains { folder.file($0) == output })
        }
        #expect(outputs.count < count)
        for output in outputs { #expect(try AudioFileReader(path: folder.file(output)).duration > 1) }

        let resumed = try BriefingBinary.run(arguments + ["--resume"])
        #expect(resumed.status == 0, "\(resumed.stderr)")
        let results = try jsonResults(resumed.stdout)
        let skipped = results.filter { $0["status"] as? String == "skipped" }.count
        #expect(skipped >= finished.count)
        #expect(results.filter { $0["status"] as? String == "done" }.count + skipped == count)
        #expect(folder.contents().filter { $0.hasSuffix(".wav") }.count == count)
        #expect(temporaryFiles(in: folder).isEmpty)
    }

    struct FormatCase: Sendable, CustomTestStringConvertible {
        var arguments: [String]
        var format: AudioFormat
        var sampleRate: Int
        var testDescription: String { arguments.joined(separator: " ") }
    }

    @Test(arguments: [
        FormatCase(arguments: [], format: .wav, sampleRate: 22_050),
        FormatCase(arguments: ["--format", "flac"], format: .flac, sampleRate: 22_050),
        FormatCase(arguments: ["--format", "ogg"], format: .ogg, sampleRate: 22_050),
        FormatCase(arguments: ["--format", "opus"], format: .opus, sampleRate: 48_000),
        FormatCase(arguments: ["--format", "mp3", "--sample-rate", "44100"], format: .mp3, sampleRate: 44_100),
        FormatCase(arguments: ["--format", "flac", "--sample-rate", "16000", "--loudness", "-16"], format: .flac, sampleRate: 16_000),
        FormatCase(arguments: ["--format", "opus", "--loudness", "-23"], format: .opus, sampleRate: 48_000),
    ])
    func everyFormatReadsBackThroughLibsndfile(_ formatCase: FormatCase) throws {
        let folder = try TemporaryFolder()
        try folder.write("in/a.txt", batchArticle(1, sentences: 4))
        try folder.write("in/b.txt", batchArticle(2, sentences: 3))
        let run = try BriefingBinary.run(["batch", folder.file("in"), "-o", folder.file("out"), "--json"] + formatCase.arguments)
        #expect(run.status == 0, "\(run.stderr)")
        for name in ["a", "b"] {
            let path = folder.file("out/\(name).\(formatCase.format.fileExtension)")
            let file = try AudioFileReader(path: path)
            #expect(file.format == formatCase.format)
            #expect(file.sampleRate == formatCase.sampleRate)
            #expect(file.channels == 1)
            #expect(file.duration > 3, "\(file.duration)")
            if let index = formatCase.arguments.firstIndex(of: "--loudness"), let target = Double(formatCase.arguments[index + 1]) {
                let measured = try LoudnessMeasurement.measure(path: path)
                #expect(abs(measured.integratedLoudness - target) <= 1, "\(measured.integratedLoudness) LUFS for \(target)")
                #expect(measured.truePeak <= -1 + 0.5, "true peak \(measured.truePeak) dBTP")
            }
        }
    }

    @Test func shardsTogetherRenderEveryArticleExactlyOnce() throws {
        let folder = try TemporaryFolder()
        for i in 1...9 { try folder.write("in/\(i % 2)/s\(i).txt", batchArticle(i, sentences: 1)) }
        var rendered: [String] = []
        for index in 0..<3 {
            let run = try BriefingBinary.run(["batch", folder.file("in"), "-o", folder.file("out"), "--shard", "\(index)/3", "--json", "--jobs", "1"])
            #expect(run.status == 0, "\(run.stderr)")
            rendered += try jsonResults(run.stdout).compactMap { $0["output"] as? String }
            #expect(FileManager.default.fileExists(atPath: folder.file("out/.briefing-manifest-\(index)-of-3.json")))
        }
        #expect(rendered.count == 9)
        #expect(Set(rendered).count == 9)
        #expect(folder.contents().filter { $0.hasSuffix(".wav") }.count == 9)
    }

    @Test func usageErrorsAreOneLineBeforeAnyWork() throws {
        let folder = try TemporaryFolder()
        try folder.write("in/a.txt", batchArticle(1))
        let badShard = try BriefingBinary.run(["batch", folder.file("in"), "-o", folder.file("out"), "--shard", "3/3"])
        #expect(badShard.status == 64)
        #expect(badShard.stderr.hasPrefix("error: --shard"), "\(badShard.stderr)")
        let badVoice = try BriefingBinary.run(["batch", folder.file("in"), "-o", folder.file("out"), "--voice", "nosuchvoice"])
        #expect(badVoice.status == 1)
        #expect(badVoice.stderrLines.count == 1 && badVoice.stderr.contains("briefing voices"), "\(badVoice.stderr)")
        let badRate = try BriefingBinary.run(["batch", folder.file("in"), "-o", folder.file("out"), "--format", "opus", "--sample-rate", "44100"])
        #expect(badRate.status == 1)
        #expect(badRate.stderr.contains("Opus cannot be written at 44100 Hz"), "\(badRate.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.file("out")))
    }

    @Test func anEspeakVoiceThatDoesNotExistStopsTheBatchWithOneError() throws {
        let folder = try TemporaryFolder()
        try folder.write("in/a.txt", batchArticle(1))
        let profile = try folder.write("robot.yml", "voice: xx-robot\nrate: 170\n")
        let run = try BriefingBinary.run(["batch", folder.file("in"), "-o", folder.file("out"), "--voice", profile])
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("error: "), "\(run.stderr)")
        #expect(run.stderr.contains("briefing voices"), "\(run.stderr)")
        #expect(folder.contents().filter { $0.hasSuffix(".wav") }.isEmpty)
    }
}

@Suite(.serialized) struct BatchDeterminismTests {
    @Test func theSameArticlesGiveTheSameBytesWhateverWorkerRendersThemAndAsSpeakDoes() throws {
        let folder = try TemporaryFolder()
        for i in 1...5 { try folder.write("in/\(i).txt", batchArticle(i, sentences: i)) }
        let one = try BriefingBinary.run(["batch", folder.file("in"), "-o", folder.file("one"), "--jobs", "1", "-q"])
        let two = try BriefingBinary.run(["batch", folder.file("in"), "-o", folder.file("two"), "--jobs", "2", "-q"])
        #expect(one.status == 0 && two.status == 0, "\(one.stderr)\(two.stderr)")
        for i in 1...5 {
            let a = try Data(contentsOf: folder.url.appendingPathComponent("one/\(i).wav"))
            let b = try Data(contentsOf: folder.url.appendingPathComponent("two/\(i).wav"))
            #expect(a.count > 10_000)
            // Compared as a whole (a failing `==` on Data would print a byte-by-byte difference).
            #expect(a.elementsEqual(b), "\(i).wav differs between --jobs 1 and --jobs 2")
        }
        // The same bytes as `briefing speak` makes for the article alone.
        let alone = folder.file("alone.wav")
        let speak = try BriefingBinary.run(["speak", folder.file("in/3.txt"), "-o", alone, "-q"])
        #expect(speak.status == 0, "\(speak.stderr)")
        let spoken = try Data(contentsOf: URL(fileURLWithPath: alone))
        let batched = try Data(contentsOf: folder.url.appendingPathComponent("two/3.wav"))
        #expect(spoken.elementsEqual(batched), "batch and speak differ")
    }
}

@Suite(.serialized) struct BatchCrashIsolationTests {
    /// The processes whose parent is `pid`.
    func children(of pid: pid_t) -> [pid_t] {
        let text = (try? String(contentsOfFile: "/proc/\(pid)/task/\(pid)/children", encoding: .utf8)) ?? ""
        return text.split(separator: " ").compactMap { pid_t($0) }
    }

    @Test func anArticleWhoseRenderingCrashesFailsAloneAndTheRestComplete() throws {
        let folder = try TemporaryFolder()
        let count = 8
        for i in 1...count { try folder.write("in/story-\(i).txt", batchArticle(i, sentences: 2)) }
        // Longest first: the long one is rendered first, and takes long enough to be caught.
        try folder.write("in/long.txt", batchArticle(99, sentences: 150))
        let batch = try RunningBatch(["batch", folder.file("in"), "-o", folder.file("out"), "--jobs", "1", "--json"])
        // Once the long article's output is being written, crash the process rendering it.
        let parent = batch.process.processIdentifier
        var victim: pid_t?
        let deadline = Date().addingTimeInterval(30)
        while victim == nil, Date() < deadline, batch.process.isRunning {
            if temporaryFiles(in: folder).contains(where: { $0.hasPrefix("out/.long.wav.") }) {
                victim = children(of: parent).flatMap { children(of: $0) }.first
            }
            if victim == nil { usleep(2_000) }
        }
        let crashed = try #require(victim, "no per-article process appeared")
        // As the kernel does to a process that runs out of memory.
        kill(crashed, SIGKILL)
        let (status, stderr) = batch.finish()
        #expect(status == 1, "\(stderr)")
        let results = try jsonResults(batch.lines.joined(separator: "\n"))
        let failed = results.filter { $0["status"] as? String == "failed" }
        #expect(failed.count == 1, "\(failed)")
        #expect((failed.first?["input"] as? String) == folder.file("in/long.txt"))
        #expect((failed.first?["error"] as? String)?.contains("signal 9") == true, "\(failed)")
        #expect(results.filter { $0["status"] as? String == "done" }.count == count)
        #expect(stderr.contains("1 failed") && stderr.contains("long.txt"), "\(stderr)")
        #expect(temporaryFiles(in: folder).isEmpty, "\(folder.contents())")
        #expect(folder.contents().filter { $0.hasSuffix(".wav") }.count == count)
    }
}
