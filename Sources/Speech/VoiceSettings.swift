/// How eSpeak NG should speak: voice and variant, speed, pitch, loudness and spacing.
public struct VoiceSettings: Sendable, Hashable, Codable {
    /// The eSpeak NG voice name, such as `en-us` or `en-gb-x-rp`.
    public var voice: String
    /// An eSpeak NG variant such as `f3` or `m2`, or nil for the voice's own.
    public var variant: String?
    /// Speaking rate in words per minute (80 to 450).
    public var rate: Int
    /// Base pitch, 0 to 100 (50 is normal).
    public var pitch: Int
    /// Pitch range, 0 (monotone) to 100 (50 is normal).
    public var range: Int
    /// Volume, 0 to 200 (100 is normal).
    public var volume: Int
    /// Extra pause between words, in units of 10 ms.
    public var wordGap: Int

    /// Creates settings; the defaults are eSpeak NG's own.
    public init(
        voice: String = "en-us", variant: String? = nil, rate: Int = 175, pitch: Int = 50,
        range: Int = 50, volume: Int = 100, wordGap: Int = 0
    ) {
        self.voice = voice
        self.variant = variant
        self.rate = rate
        self.pitch = pitch
        self.range = range
        self.volume = volume
        self.wordGap = wordGap
    }

    /// The name eSpeak NG selects the voice by: `voice+variant`.
    public var espeakName: String {
        guard let variant, !variant.isEmpty else { return voice }
        return "\(voice)+\(variant)"
    }

    /// The allowed range of each numeric setting, for validation and error messages.
    public static let limits: [String: ClosedRange<Int>] = [
        "rate": 80...450, "pitch": 0...100, "range": 0...100, "volume": 0...200, "wordGap": 0...100,
    ]
}
