import Audio
import Foundation
import TestSupport
import Testing

let storyText = """
    Lighthouse keepers return to Fairhaven point

    The coastal trust says the light will be staffed for the first time since the 1980s

    Two keepers will live at the Fairhaven lighthouse from next spring, the coastal trust said on Tuesday. The light was automated decades ago, but storms have damaged its equipment three times this year.

    Advertisement

    "We need people on the rock when the weather turns," said trust director Alan Pryce. He added that the keepers would also run guided tours in the summer.

    Read more

    Waves over the harbour wall at Fairhaven, Oct. 2, 2026
    Harbour repairs delayed again

    The trust expects about 4,000 visitors in the first year.
    """

@Suite(.serialized) struct SpeakEndToEndTests {
    @Test func articleBecomes22050HzMono16BitWavOfSaneLength() throws {
        let folder = try TemporaryFolder()
        let input = try folder.write("story.txt", storyText)
        let output = folder.file("story.wav")
        let run = try BriefingBinary.run(["speak", input, "-o", output])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains(output))
        let file = try AudioFileReader(path: output)
        #expect(file.sampleRate == 22_050)
        #expect(file.channels == 1)
        #expect(file.format == .wav)
        // About 110 words at 175 words a minute, plus pauses: 35 to 60 seconds.
        #expect(file.duration > 30 && file.duration < 60, "duration \(file.duration)")
        #expect(folder.contents() == ["story.txt", "story.wav"])
    }

    @Test func standardInputIsRead() throws {
        let folder = try TemporaryFolder()
        let output = folder.file("stdin.wav")
        let run = try BriefingBinary.run(["speak", "-", "-o", output, "--quiet"], stdin: Data(storyText.utf8))
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.isEmpty)
        #expect(try AudioFileReader(path: output).duration > 30)
    }

    @Test func defaultOutputIsTheTitleSlugInOutputFolder() throws {
        let folder = try TemporaryFolder()
        let input = try folder.write("story.txt", storyText)
        let run = try BriefingBinary.run(["speak", input, "--summary", "--sentences", "1"], in: folder.url)
        #expect(run.status == 0, "\(run.stderr)")
        let expected = "output/lighthouse-keepers-return-to-fairhaven-point.wav"
        #expect(FileManager.default.fileExists(atPath: folder.file(expected)))
        #expect(try AudioFileReader(path: folder.file(expected)).duration < 20)
    }

    @Test(arguments: ["flac", "ogg"])
    func formatFollowsTheExtension(_ ext: String) throws {
        let folder = try TemporaryFolder()
        let input = try folder.write("story.txt", storyText)
        let output = folder.file("story.\(ext)")
        let run = try BriefingBinary.run(["speak", input, "-o", output, "--summary"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try AudioFileReader(path: output).format == AudioFormat(pathExtension: ext))
    }

    struct BadInput: Sendable, CustomTestStringConvertible {
        var name: String
        var arguments: @Sendable (TemporaryFolder) throws -> [String]
        var stderrMentions: String
        var testDescription: String { name }
    }

    static let badInputs: [BadInput] = [
        BadInput(name: "missing file", arguments: { [$0.file("nope.txt"), "-o", $0.file("out.wav")] }, stderrMentions: "no such file"),
        BadInput(name: "empty article", arguments: { [try $0.write("empty.txt", "\n\n"), "-o", $0.file("out.wav")] }, stderrMentions: "empty"),
        BadInput(name: "invalid UTF-8", arguments: { folder in
            let path = folder.file("bad.txt")
            try Data([0x48, 0x65, 0xFF, 0xFE, 0x0A, 0x0A, 0xC3, 0x28, 0x2E]).write(to: URL(fileURLWithPath: path))
            return [path, "-o", folder.file("out.wav")]
        }, stderrMentions: "UTF-8"),
        BadInput(name: "unknown voice profile", arguments: { [try $0.write("s.txt", storyText), "--voice", "nosuchvoice", "-o", $0.file("out.wav")] }, stderrMentions: "briefing voices"),
        BadInput(name: "unwritable output path", arguments: { [try $0.write("s.txt", storyText), "-o", $0.file("missing-folder/out.wav")] }, stderrMentions: "out.wav"),
    ]

    @Test(arguments: badInputs)
    func badInputGivesOneErrorLineAndNoFile(_ bad: BadInput) throws {
        let folder = try TemporaryFolder()
        let arguments = try bad.arguments(folder)
        let before = folder.contents()
        let run = try BriefingBinary.run(["speak"] + arguments)
        #expect(run.status == 1)
        #expect(run.stderrLines.count == 1, "\(run.stderr)")
        #expect(run.stderr.hasPrefix("error: "))
        #expect(run.stderr.lowercased().contains(bad.stderrMentions.lowercased()), "\(run.stderr)")
        #expect(!run.stderr.contains("Fatal error") && !run.stderr.contains("backtrace"))
        #expect(folder.contents() == before)
    }

    @Test func unknownEspeakVoiceInAProfileSaysHowToListVoices() throws {
        let folder = try TemporaryFolder()
        let profile = try folder.write("robot.yml", "voice: xx-robot\nrate: 170\n")
        let run = try BriefingBinary.run(["speak", try folder.write("s.txt", storyText), "--voice", profile, "-o", folder.file("o.wav")])
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("error: "))
        #expect(run.stderr.contains("briefing voices"))
        #expect(!FileManager.default.fileExists(atPath: folder.file("o.wav")))
    }

    @Test func existingOutputIsUntouchedWhenSpeakingFails() throws {
        let folder = try TemporaryFolder()
        let output = try folder.write("keep.wav", "precious")
        let run = try BriefingBinary.run(["speak", try folder.write("e.txt", ""), "-o", output])
        #expect(run.status == 1)
        #expect(try String(contentsOfFile: output, encoding: .utf8) == "precious")
    }

    @Test func badProfileFieldNamesFileLineFieldAndRange() throws {
        let folder = try TemporaryFolder()
        let profile = try folder.write("fast.yml", "voice: en-us\nrate: 900\n")
        let run = try BriefingBinary.run(["speak", try folder.write("s.txt", storyText), "--voice", profile, "-o", folder.file("o.wav")])
        #expect(run.status == 1)
        #expect(run.stderr == "error: \(profile):2: rate: 900 is out of range (allowed: 80 to 450)\n")
    }
}
