import Foundation
import TestSupport
import Testing

@testable import Briefing

@Suite struct BatchReportingTests {
    @Test func jsonLinesCarryEveryFieldAndSurviveHostileText() throws {
        let hostile = "a \"quoted\" \\ path\nwith\tcontrol \u{1} and \u{2028} and é"
        let result = BatchFileResult(input: hostile, item: nil, output: "out/a.wav", seconds: 12.3456, status: .done)
        let line = result.jsonLine()
        #expect(!line.contains("\n"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["input", "item", "output", "seconds", "status", "error"])
        #expect(object["input"] as? String == hostile)
        #expect(object["item"] is NSNull)
        #expect(object["error"] is NSNull)
        #expect(object["status"] as? String == "done")
        #expect(abs((object["seconds"] as? Double ?? 0) - 12.346) < 1e-9)

        let failed = BatchFileResult(input: "in/x.txt", status: .failed, error: "the article is empty")
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(failed.jsonLine().utf8)) as? [String: Any])
        #expect(parsed["error"] as? String == "the article is empty")
        #expect(parsed["seconds"] is NSNull && parsed["output"] is NSNull)
    }

    @Test func progressBarFitsAndTellsDoneTotalAudioSpeedAndTimeLeft() {
        let progress = BatchProgress(
            total: 200, done: 50, failed: 2, audioSeconds: 3723, elapsed: 60, workDone: 1000, workTotal: 4000, workers: 2)
        for width in [40, 80, 120] {
            let line = progress.barLine(width: width)
            #expect(line.count < width, "\(line)")
        }
        let line = progress.barLine(width: 120)
        #expect(line.hasPrefix("["))
        #expect(line.contains("52/200"))
        #expect(line.contains("2 failed"))
        #expect(line.contains("1:02:03 of audio"))
        #expect(line.contains("62.0x"))
        #expect(line.contains("3:00 left"))
    }

    @Test func clockFormatsDurations() {
        #expect(BatchProgress.clock(0) == "0:00")
        #expect(BatchProgress.clock(42.4) == "0:42")
        #expect(BatchProgress.clock(754) == "12:34")
        #expect(BatchProgress.clock(3731) == "1:02:11")
        #expect(BatchProgress.clock(.infinity) == "0:00")
    }

    @Test func leftoverTemporaryFilesOfAnOutputAreRemovedAndNothingElse() throws {
        let scratch = try TemporaryFolder()
        for name in [".a.wav.X1b2C3.tmp", ".a.wav.Zz9Yy8.pcm.tmp", "a.wav", ".a.wav.notes", ".b.wav.Q1w2E3.tmp", ".a.wav.tmp"] {
            try scratch.write(name, "x")
        }
        BatchRunner.removeLeftovers(of: scratch.file("a.wav"))
        let left = try FileManager.default.contentsOfDirectory(atPath: scratch.path).sorted()
        #expect(left == [".a.wav.notes", ".a.wav.tmp", ".b.wav.Q1w2E3.tmp", "a.wav"])
    }
}
