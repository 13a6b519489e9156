import Audio
import Foundation
import TestSupport
import Testing

/// Three short articles from three sources, written for these tests.
func writeNewsFolder(_ folder: TemporaryFolder) throws -> String {
    let stories = [
        ("harbour.md", "Harbour wall plan approved", "Calderwick Gazette", "2026-11-26T18:00:00Z",
         "The port authority approved a plan on Thursday to extend the harbour wall by 400 metres. Work will start in March and finish by October. Engineers expect 120 jobs during construction. Fishing crews had objected for three years. The council said the harbour handled 1.2 million tonnes of cargo last year."),
        ("rail.md", "Night trains return to the northern line", "Valley Tribune", "2026-11-27T06:00:00Z",
         "Night trains will run on the northern line again from January, the rail operator said. The service was cut in 2020 when passenger numbers fell. Tickets go on sale next week at prices from £25. Campaigners said the return was overdue. The operator plans to add sleeper carriages in the summer."),
        ("library.md", "Village library saved by volunteers", "Eastmoor Post", "2026-11-26T09:30:00Z",
         "A village library that was due to close has been saved by a group of 40 volunteers. The council agreed to lease the building for one pound a year. Volunteers will open it four days a week. Donations have already paid for new shelves and a reading corner for children. The library first opened in 1921."),
    ]
    for (name, title, source, date, body) in stories {
        try folder.write("news/\(name)", "---\ntitle: \"\(title)\"\nsource: \(source)\ndate: \(date)\n---\n\(body)\n")
    }
    return folder.file("news")
}

@Suite(.serialized) struct DailyEndToEndTests {
    @Test func dailyRunLandsOnTheBudgetAndWritesEveryFile() throws {
        let folder = try TemporaryFolder()
        let news = try writeNewsFolder(folder)
        let out = folder.file("out")
        let run = try BriefingBinary.run(["daily", "--sources", news, "--minutes", "1", "--date", "2026-11-27", "-o", out, "--json"],
                                         environment: ["XDG_CACHE_HOME": folder.file("cache")])
        #expect(run.status == 0, "\(run.stderr)")
        let summary = try #require(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(summary["stories"] as? Int == 3)
        #expect(summary["articles"] as? Int == 3)

        let audio = "\(out)/briefing-2026-11-27.wav"
        let file = try AudioFileReader(path: audio)
        #expect(abs(file.duration - 60) <= 3, "duration \(file.duration)")

        let transcript = try String(contentsOfFile: "\(out)/briefing-2026-11-27.txt", encoding: .utf8)
        #expect(transcript.contains("It's Friday, the 27th of November."))
        #expect(transcript.contains("From Valley Tribune"))

        // Chapters: contiguous, covering the audio, and stored as labelled cue points in the WAV.
        let chaptersData = try Data(contentsOf: URL(fileURLWithPath: "\(out)/briefing-2026-11-27.chapters.json"))
        let chapters = try #require((JSONSerialization.jsonObject(with: chaptersData) as? [String: Any])?["chapters"] as? [[String: Any]])
        #expect(chapters.first?["title"] as? String == "Introduction")
        #expect(chapters.count == 5)
        let starts = chapters.compactMap { $0["start"] as? Double }, ends = chapters.compactMap { $0["end"] as? Double }
        #expect(starts.first == 0)
        #expect(zip(ends.dropLast(), starts.dropFirst()).allSatisfy { abs($0 - $1) < 0.001 })
        #expect(abs((ends.last ?? 0) - file.duration) < 0.05)
        #expect(file.markers.map(\.label) == chapters.compactMap { $0["title"] as? String })
        for (marker, start) in zip(file.markers, starts) { #expect(abs(marker.seconds - start) < 0.01) }

        // Captions: WebVTT, in order, inside the audio; the first one greets.
        let vtt = try String(contentsOfFile: "\(out)/briefing-2026-11-27.vtt", encoding: .utf8)
        #expect(vtt.hasPrefix("WEBVTT\n\n"))
        let cues = vtt.split(separator: "\n").filter { $0.contains(" --> ") }.map { line in
            line.components(separatedBy: " --> ").map(Self.seconds)
        }
        #expect(cues.count >= 10)
        #expect(cues.map { $0[0] } == cues.map { $0[0] }.sorted())
        #expect(cues.allSatisfy { $0[0] < $0[1] && $0[1] <= file.duration + 0.01 })
        #expect(vtt.contains("Good morning."))
    }

    @Test func silentCaptionGapsMatchTheAudio() throws {
        // Where a caption starts, speech starts: the 50 ms before are quieter than the 300 ms after.
        let folder = try TemporaryFolder()
        let news = try writeNewsFolder(folder)
        let out = folder.file("out")
        let run = try BriefingBinary.run(["daily", "--sources", news, "--date", "2026-11-27", "-o", out, "-q", "--max-stories", "1"],
                                         environment: ["XDG_CACHE_HOME": folder.file("cache")])
        #expect(run.status == 0, "\(run.stderr)")
        let reader = try AudioFileReader(path: "\(out)/briefing-2026-11-27.wav")
        let samples = try reader.readAllFloats()
        let vtt = try String(contentsOfFile: "\(out)/briefing-2026-11-27.vtt", encoding: .utf8)
        let starts = vtt.split(separator: "\n").filter { $0.contains(" --> ") }.map { Self.seconds($0.components(separatedBy: " --> ")[0]) }
        func rms(_ from: Double, _ to: Double) -> Double {
            let a = max(0, Int(from * 22_050)), b = min(samples.count, Int(to * 22_050))
            guard b > a else { return 0 }
            return (samples[a..<b].reduce(0.0) { $0 + Double($1 * $1) } / Double(b - a)).squareRoot()
        }
        var speechFollows = 0
        for start in starts where rms(start, start + 0.5) > 0.01 { speechFollows += 1 }
        #expect(speechFollows >= starts.count - 1, "\(speechFollows) of \(starts.count) captions are followed by speech")
    }

    @Test func rerunningTheSameDayReplacesTheFilesAndUnreadableSourcesAreWarnings() throws {
        let folder = try TemporaryFolder()
        let news = try writeNewsFolder(folder)
        try folder.write("news/broken.html", "<html><body><nav>Home</nav></body></html>")
        let out = folder.file("out")
        for _ in 0..<2 {
            let run = try BriefingBinary.run(["daily", "--sources", news, "--date", "2026-11-27", "-o", out, "--minutes", "1"],
                                             environment: ["XDG_CACHE_HOME": folder.file("cache")])
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stderr.contains("warning: ") && run.stderr.contains("broken.html"))
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: out).filter { !$0.hasPrefix(".") }.sorted()
        #expect(names.filter { $0.hasPrefix("briefing-") } == ["briefing-2026-11-27.chapters.json", "briefing-2026-11-27.txt", "briefing-2026-11-27.vtt", "briefing-2026-11-27.wav"])
    }

    @Test func sameStoryFromTwoSourcesIsToldOnceAndNotRepeatedTheNextDay() throws {
        let folder = try TemporaryFolder()
        let news = try writeNewsFolder(folder)
        try folder.write("news/rail-again.md", """
            ---
            title: "Sleeper service back on northern line from January"
            source: Northgate Herald
            date: 2026-11-27T05:00:00Z
            ---
            The rail operator has confirmed that night trains will return to the northern line in January, four years after the service was cut in 2020. Tickets priced from £25 go on sale next week, and sleeper carriages are planned for the summer. Campaigners, who had fought for the return of the night trains, said it was overdue but welcome.
            """)
        let out = folder.file("out")
        let env = ["XDG_CACHE_HOME": folder.file("cache")]
        let day1 = try BriefingBinary.run(["daily", "--sources", news, "--date", "2026-11-27", "-o", out, "--json"], environment: env)
        #expect(day1.status == 0, "\(day1.stderr)")
        let transcript = try String(contentsOfFile: "\(out)/briefing-2026-11-27.txt", encoding: .utf8)
        let lines = transcript.split(separator: "\n").map(String.init)
        let headlines = lines.filter { $0 == "Night trains return to the northern line." || $0 == "Sleeper service back on northern line from January." }
        #expect(headlines.count == 1, "\(headlines)")
        let credit = lines.first { $0.contains("Also reported by") } ?? ""
        #expect(credit.contains("Valley Tribune") && credit.contains("Northgate Herald"), "\(credit)")
        let summary1 = try #require(JSONSerialization.jsonObject(with: Data(day1.stdout.utf8)) as? [String: Any])
        #expect(summary1["articles"] as? Int == 4)
        #expect(summary1["stories"] as? Int == 3)

        try folder.write("news/museum.md", """
            ---
            title: "Town museum wins national award"
            source: Eastmoor Post
            date: 2026-11-28T07:00:00Z
            ---
            The town museum has won a national award for its new gallery of local history. Judges praised the displays made with schoolchildren. The museum will use the prize money to open on Sundays.
            """)
        let day2 = try BriefingBinary.run(["daily", "--sources", news, "--date", "2026-11-28", "-o", out], environment: env)
        #expect(day2.status == 0, "\(day2.stderr)")
        let second = try String(contentsOfFile: "\(out)/briefing-2026-11-28.txt", encoding: .utf8)
        #expect(second.contains("Town museum wins national award"))
        #expect(!second.contains("Harbour wall plan approved") && !second.contains("Village library"))

        // The feed lists both days, each enclosure as long as its file.
        let feed = try String(contentsOfFile: "\(out)/feed.xml", encoding: .utf8)
        for day in ["2026-11-27", "2026-11-28"] {
            let size = try FileManager.default.attributesOfItem(atPath: "\(out)/briefing-\(day).wav")[.size] as? Int
            #expect(feed.contains("briefing-\(day).wav\" length=\"\(size ?? -1)\""))
        }
        #expect(FileManager.default.fileExists(atPath: "\(out)/index.html"))
    }

    @Test func corruptStateIsReportedAndRebuilt() throws {
        let folder = try TemporaryFolder()
        let news = try writeNewsFolder(folder)
        let out = folder.file("out")
        try folder.write("out/.briefing-state.json", "{ not json")
        let run = try BriefingBinary.run(["daily", "--sources", news, "--date", "2026-11-27", "-o", out, "--max-stories", "1"],
                                         environment: ["XDG_CACHE_HOME": folder.file("cache")])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("warning: ") && run.stderr.contains(".briefing-state.json"))
        let state = try Data(contentsOf: URL(fileURLWithPath: "\(out)/.briefing-state.json"))
        #expect((try? JSONSerialization.jsonObject(with: state)) != nil)
    }

    @Test func configurationErrorIsOneLineWithFileAndLine() throws {
        let folder = try TemporaryFolder()
        let config = try folder.write("b.yml", "voice: anchor\nminutes: lots\n")
        let run = try BriefingBinary.run(["daily", "--config", config, "-o", folder.file("out")])
        #expect(run.status == 1)
        #expect(run.stderr == "error: \(config):2: minutes: 'lots' is not allowed (expected a number from 0.25 to 180)\n")
        #expect(!FileManager.default.fileExists(atPath: folder.file("out")))
    }

    static func seconds(_ stamp: String) -> Double {
        let parts = stamp.trimmingCharacters(in: .whitespaces).split(separator: ":").compactMap { Double($0) }
        return parts.count == 3 ? parts[0] * 3600 + parts[1] * 60 + parts[2] : -1
    }
}
