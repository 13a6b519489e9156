import ArgumentParser
import Briefing
import Script
import Speech

/// `briefing voices`: the voice profiles Briefing ships and the eSpeak NG voices installed.
struct VoicesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "voices", abstract: "List voice profiles and the eSpeak NG voices installed.")

    @Flag(name: .customLong("espeak"), help: "List only the eSpeak NG voices and variants.")
    var espeakOnly = false

    func run() throws {
        if !espeakOnly {
            let catalog = ProfileCatalog.shipped()
            print("Voice profiles (\(catalog.folder)); use --voice NAME or --voice PATH.yml:")
            for result in catalog.all() {
                switch result {
                case .success(let p):
                    let voice = p.variant.map { "\(p.voice)+\($0)" } ?? p.voice
                    let mark = p.name == VoiceProfile.defaultName ? " (default)" : ""
                    print("  \(p.name.padding(toLength: 10, withPad: " ", startingAt: 0)) \(voice.padding(toLength: 14, withPad: " ", startingAt: 0)) \(p.rate) wpm  \(p.description)\(mark)")
                case .failure(let error):
                    print("  (unreadable) \(error)")
                }
            }
            print()
        }
        let engine = SpeechEngine.shared
        print("eSpeak NG voices (use as `voice:` in a profile):")
        for voice in try engine.installedVoices() where !voice.identifier.hasPrefix("mb/") {
            let language = voice.languages.first ?? ""
            print("  \(language.padding(toLength: 16, withPad: " ", startingAt: 0)) \(voice.name)")
        }
        print()
        print("eSpeak NG variants (use as `variant:` in a profile):")
        let variants = try engine.installedVariants()
        var line = " "
        for variant in variants {
            if line.count + variant.count > 78 { print(line); line = " " }
            line += " " + variant
        }
        print(line)
    }
}
