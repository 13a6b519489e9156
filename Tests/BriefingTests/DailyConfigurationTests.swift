import Foundation
import Script
import Testing
@testable import Briefing

@Suite struct DailyConfigurationTests {
    func load(_ yaml: String) throws -> DailyConfiguration {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cfg-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("briefing.yml").path
        try yaml.write(toFile: file, atomically: true, encoding: .utf8)
        return try DailyConfiguration.load(contentsOf: file)
    }

    func error(_ yaml: String) -> String? {
        do {
            _ = try load(yaml)
            return nil
        } catch let error as ConfigurationError {
            return "\(error.line.map(String.init) ?? "-") \(error.field ?? "-"): \(error.message)"
        } catch {
            return "\(error)"
        }
    }

    @Test func readsEveryFieldAndResolvesPathsFromTheFilesFolder() throws {
        let c = try load("""
            title: My News
            sources:
              - articles
              - path: feeds/city.xml
                name: City Desk
              - url: https://example.com/rss
            voice: brisk
            headline_voice: british
            minutes: 4
            max_stories: 6
            window_hours: 36
            output: out
            format: mp3
            sample_rate: 44100
            loudness: -16
            base_url: https://example.com/pod/
            include_seen: true
            templates:
              intro: "Hi. It's {weekday}."
              transitions: [Next., Also.]
            """)
        #expect(c.title == "My News")
        #expect(c.sources.count == 3)
        #expect(c.sources[0].location.hasSuffix("/articles") && c.sources[0].name == nil)
        #expect(c.sources[1].location.hasSuffix("/feeds/city.xml") && c.sources[1].name == "City Desk")
        #expect(c.sources[2] == SourceSpec("https://example.com/rss"))
        #expect(c.voice == "brisk" && c.headlineVoice == "british")
        #expect(c.minutes == 4 && c.maxStories == 6 && c.windowHours == 36)
        #expect(c.output?.hasSuffix("/out") == true)
        #expect(c.format == .mp3 && c.sampleRate == 44_100 && c.loudness == -16)
        #expect(c.baseURL == "https://example.com/pod/" && c.includeSeen == true)
        #expect(c.templates.intro == "Hi. It's {weekday}.")
        #expect(c.templates.transitions == ["Next.", "Also."])
        #expect(c.templates.outro == BriefingTemplates().outro)
    }

    @Test(arguments: [
        ("minutes: 500\n", "1 minutes: 500 is out of range (allowed: 0.25 to 180)"),
        ("minutes: soon\n", "1 minutes: 'soon' is not allowed (expected a number from 0.25 to 180)"),
        ("format: wma\n", "1 format: 'wma' is not allowed (allowed: wav, flac, ogg, opus, mp3)"),
        ("voice: anchor\nlenght: 3\n", "2 lenght: unknown field (allowed: title, sources, voice, headline_voice, minutes, max_stories, window_hours, output, format, sample_rate, loudness, base_url, include_seen, templates)"),
        ("sources:\n  - path: a\n    url: https://x.y\n", "2 sources[0]: give exactly one of `path:` (a file or folder) and `url:` (a feed or article address)"),
        ("sources:\n  - path: a\n    title: A\n", "3 sources[0].title: unknown field (allowed: path, url, name)"),
        ("templates:\n  intro: \"Hello {name}\"\n", "2 templates.intro: unknown placeholder {name} (allowed: {day}, {greeting}, {month}, {weekday}, {year})"),
        ("templates:\n  transitions: [Next.]\n", "2 templates.transitions: give at least two, so that no transition is said twice in a row"),
        ("base_url: example.com\n", "1 base_url: 'example.com' is not allowed (expected an http:// or https:// address)"),
        ("include_seen: maybe\n", "1 include_seen: 'maybe' is not allowed (expected true or false)"),
        ("minutes: [3\n", "2 -: not valid YAML: did not find expected ',' or ']'"),
    ])
    func badFieldsNameTheLineTheFieldAndWhatIsAllowed(_ yaml: String, _ expected: String) {
        #expect(error(yaml) == expected)
    }

    @Test func errorDescriptionStartsWithTheFileAndLine() throws {
        do {
            _ = try DailyConfiguration.load(contentsOf: "/nonexistent/briefing.yml")
            Issue.record("expected an error")
        } catch {
            #expect(error.description == "/nonexistent/briefing.yml: cannot read the file (no such file)")
        }
    }

    @Test func shippedExampleConfigurationLoads() throws {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("examples/briefing.yml").path
        let c = try DailyConfiguration.load(contentsOf: file)
        #expect(c.minutes == 4)
        #expect(c.sources.count == 1)
    }
}
