import Foundation
import Testing
@testable import Script

@Suite struct VoiceProfileTests {
    func load(_ yaml: String, name: String = "test.yml") throws(ConfigurationError) -> VoiceProfile {
        try VoiceProfile.parse(ConfigurationMapping.parse(yaml, file: "voices/\(name)"), name: "test")
    }

    @Test func readsEveryField() throws {
        let profile = try load("""
            description: A test voice
            voice: en-gb-x-rp
            variant: f3
            rate: 190
            pitch: 40
            range: 60
            volume: 120
            word_gap: 2
            pauses:
              after_title: 1.2
              after_paragraph: 0.4
              after_story: 2
            lexicon: names.txt
            """)
        #expect(profile.voice == "en-gb-x-rp")
        #expect(profile.variant == "f3")
        let numbers: [Int] = [profile.rate, profile.pitch, profile.range, profile.volume, profile.wordGap]
        #expect(numbers == [190, 40, 60, 120, 2])
        #expect(profile.pauses == VoiceProfile.Pauses(afterTitle: 1.2, afterParagraph: 0.4, afterStory: 2))
        #expect(profile.lexicon == "voices/names.txt")
        #expect(profile.description == "A test voice")
    }

    @Test func emptyVariantMeansTheVoicesOwn() throws {
        #expect(try load("voice: en-us\nvariant:\n").variant == nil)
    }

    @Test(arguments: [
        ("voice: en-us\nrate: 900\n", "voices/test.yml:2: rate: 900 is out of range (allowed: 80 to 450)"),
        ("voice: en-us\npitch: high\n", "voices/test.yml:2: pitch: 'high' is not allowed (expected a whole number from 0 to 100)"),
        ("voice: en-us\nspeed: 3\n", "voices/test.yml:2: speed: unknown field (allowed: description, voice, variant, rate, pitch, range, volume, word_gap, pauses, lexicon)"),
        ("rate: 170\n", "voices/test.yml: voice: missing (the eSpeak NG voice, for example en-us; `briefing voices` lists them)"),
        ("voice: en-us\npauses:\n  after_title: -1\n", "voices/test.yml:3: pauses.after_title: -1 is out of range (allowed: 0 to 10)"),
        ("voice: en-us\npauses:\n  after_tilte: 1\n", "voices/test.yml:3: pauses.after_tilte: unknown field (allowed: after_title, after_paragraph, after_story)"),
        ("voice: en-us\nvoice: en-gb\n", "voices/test.yml: voice: the field is given twice"),
        ("voice: [en-us\n", "voices/test.yml:2: not valid YAML: did not find expected ',' or ']'"),
        ("- voice\n", "voices/test.yml:1: expected a mapping of `field: value` lines"),
        ("voice: \"<speak>\"\n", "voices/test.yml:1: voice: '<speak>' is not a voice name (letters, digits and '-', for example en-us)"),
    ])
    func badProfilesNameFileLineFieldAndWhatIsAllowed(_ yaml: String, _ message: String) {
        #expect(throws: ConfigurationError.self) { try load(yaml) }
        do { _ = try load(yaml) } catch { #expect(error.description == message) }
    }

    @Test func shippedProfilesAllLoad() throws {
        let voices = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("voices")
        let files = try FileManager.default.contentsOfDirectory(atPath: voices.path).filter { $0.hasSuffix(".yml") }
        #expect(Set(files).isSuperset(of: ["anchor.yml", "british.yml", "brisk.yml"]))
        for file in files {
            let profile = try VoiceProfile.load(contentsOf: voices.appendingPathComponent(file).path)
            #expect(profile.name == (file as NSString).deletingPathExtension)
            #expect(profile.pauses.afterStory > profile.pauses.afterParagraph)
        }
    }
}
