import Foundation
import Script
import Speech

/// Speaking time predicted from rates measured with eSpeak NG itself, one model per voice setting,
/// cached on disk so a briefing does not measure again.
public final class MeasuredSpeechTiming: SpeechTiming, @unchecked Sendable {
    // @unchecked Sendable: `rates` is only touched while `lock` is held.
    private let lock = NSLock()
    private var rates: [String: SpeakingRate] = [:]
    private let cacheFile: String?
    private let engine: SpeechEngine

    /// Creates a timing model; `cacheFile` (default: the user's cache folder) keeps measured rates.
    public init(cacheFile: String? = MeasuredSpeechTiming.defaultCacheFile(), engine: SpeechEngine = .shared) {
        self.cacheFile = cacheFile
        self.engine = engine
        if let cacheFile, let data = FileManager.default.contents(atPath: cacheFile),
            let cached = try? JSONDecoder().decode([String: SpeakingRate].self, from: data)
        {
            rates = cached
        }
    }

    /// `$XDG_CACHE_HOME/briefing/speaking-rates.json`, or under `~/.cache`.
    public static func defaultCacheFile() -> String? {
        let env = ProcessInfo.processInfo.environment
        let base = env["XDG_CACHE_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? env["HOME"].map { "\($0)/.cache" }
        return base.map { "\($0)/briefing/speaking-rates.json" }
    }

    public func seconds(toSpeak text: String, with profile: VoiceProfile) -> Double {
        guard let rate = try? rate(for: profile) else {
            // eSpeak NG cannot speak with this profile; synthesis will report why.
            return Double(text.split(separator: " ").count) * 60 / Double(profile.rate)
        }
        return rate.seconds(for: text)
    }

    /// The measured rate for a profile's voice settings, measuring once if needed.
    public func rate(for profile: VoiceProfile) throws -> SpeakingRate {
        let settings = profile.speechSettings
        let key = Self.key(settings)
        lock.lock()
        defer { lock.unlock() }
        if let known = rates[key] { return known }
        let measured = try Self.measure(settings, engine: engine)
        rates[key] = measured
        save()
        return measured
    }

    /// Measures a rate by speaking calibration sentences one call each and fitting the model.
    public static func measure(_ settings: VoiceSettings, engine: SpeechEngine = .shared) throws -> SpeakingRate {
        let sampleRate = Double(try engine.sampleRate())
        var samples: [(text: String, seconds: Double)] = []
        for text in calibration {
            var counter = SampleCounter()
            try engine.synthesize(text, settings: settings, into: &counter)
            samples.append((text, Double(counter.samples) / sampleRate))
        }
        guard let rate = SpeakingRate.fit(samples) else {
            throw BriefingError("cannot measure the speaking rate of voice \(settings.espeakName)")
        }
        return rate
    }

    static func key(_ s: VoiceSettings) -> String {
        "v\(calibrationVersion)|\(s.espeakName)|\(s.rate)|\(s.pitch)|\(s.range)|\(s.wordGap)"
    }

    private func save() {
        guard let cacheFile, let data = try? JSONEncoder().encode(rates) else { return }
        try? FileManager.default.createDirectory(atPath: (cacheFile as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try? AtomicFile.write(data, to: cacheFile)
    }

    static let calibrationVersion = 1
    /// News-like text of varied length, already in spoken form.
    static let calibration = [
        "Good morning.",
        "Next.",
        "From the Coastline Courier, three hours ago.",
        "Heavy rain closed two roads near the river on Tuesday.",
        "The council approved the budget after a long debate, officials said.",
        "Prices rose two point four percent in the twelve months through October, the smallest increase since early twenty twenty-one.",
        "Firefighters rescued a sixty-seven-year-old man from his car, which had been swept off the causeway by the tide.",
        "We have listened to every objection, the harbour master told reporters. No, the fleet will not lose its moorings, she added.",
        "In other news.",
        "Shares in the company jumped twenty-two percent to eleven dollars and twenty cents, valuing the business at about four billion dollars.",
        "The minister resigned late on Monday night, saying in a letter to the prime minister that he could no longer defend the government's housing record, which had missed its target for the third year in a row.",
        "Scientists say the microbe, found three thousand metres below the surface, can break down plastic in weeks rather than centuries.",
        "Finally.",
        "Schools will reopen on Thursday.",
    ]
}

/// Counts samples and discards them.
private struct SampleCounter: SpeechSink {
    var samples = 0
    mutating func receive(samples: UnsafeBufferPointer<Int16>, events: [SpeechEvent]) throws {
        self.samples += samples.count
    }
}
