import Foundation

/// A voice profile: how the briefing sounds. One human-editable YAML file per profile in `voices/`.
public struct VoiceProfile: Sendable, Hashable {
    /// The profile's name, from its file name (`anchor` for `anchor.yml`).
    public var name: String
    /// A one-line description shown by `briefing voices`.
    public var description: String
    /// The eSpeak NG voice (`en-us`).
    public var voice: String
    /// The eSpeak NG variant (`f3`), or nil for the voice's own.
    public var variant: String?
    /// Speaking rate in words per minute.
    public var rate: Int
    /// Base pitch, 0 to 100.
    public var pitch: Int
    /// Pitch range, 0 to 100.
    public var range: Int
    /// Volume, 0 to 200.
    public var volume: Int
    /// Extra pause between words, in units of 10 ms.
    public var wordGap: Int
    /// The silences this profile puts between parts of a story.
    public var pauses: Pauses
    /// A pronunciation lexicon file, already resolved to a path, or nil.
    public var lexicon: String?
    /// The file the profile was read from, or nil for a built-in one.
    public var file: String?

    /// Silences between the parts of a briefing, in seconds.
    public struct Pauses: Sendable, Hashable {
        /// After a headline, before the body.
        public var afterTitle: Double
        /// Between paragraphs.
        public var afterParagraph: Double
        /// After a story, before the next.
        public var afterStory: Double

        /// Creates pauses.
        public init(afterTitle: Double = 0.8, afterParagraph: Double = 0.5, afterStory: Double = 1.5) {
            self.afterTitle = afterTitle
            self.afterParagraph = afterParagraph
            self.afterStory = afterStory
        }
    }

    /// Creates a profile; defaults give eSpeak NG's own American English voice.
    public init(
        name: String, description: String = "", voice: String = "en-us", variant: String? = nil,
        rate: Int = 175, pitch: Int = 50, range: Int = 50, volume: Int = 100, wordGap: Int = 0,
        pauses: Pauses = Pauses(), lexicon: String? = nil, file: String? = nil
    ) {
        self.name = name
        self.description = description
        self.voice = voice
        self.variant = variant
        self.rate = rate
        self.pitch = pitch
        self.range = range
        self.volume = volume
        self.wordGap = wordGap
        self.pauses = pauses
        self.lexicon = lexicon
        self.file = file
    }

    /// The profile used when none is named.
    public static let defaultName = "anchor"

    static let fields = ["description", "voice", "variant", "rate", "pitch", "range", "volume", "word_gap", "pauses", "lexicon"]
    static let pauseFields = ["after_title", "after_paragraph", "after_story"]

    /// Reads a profile file; errors name the file, the line, the field and what is allowed.
    public static func load(contentsOf file: String) throws(ConfigurationError) -> VoiceProfile {
        let mapping = try ConfigurationMapping.load(contentsOf: file)
        let name = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
        return try parse(mapping, name: name)
    }

    /// Reads a profile from a parsed YAML mapping.
    public static func parse(_ m: ConfigurationMapping, name: String) throws(ConfigurationError) -> VoiceProfile {
        try m.rejectUnknownKeys(allowed: fields)
        var profile = VoiceProfile(name: name, file: m.file)
        guard let voice = try m.string("voice"), !voice.isEmpty else {
            throw ConfigurationError(file: m.file, field: "voice", message: "missing (the eSpeak NG voice, for example en-us; `briefing voices` lists them)")
        }
        guard voice.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else {
            throw m.error("voice", "'\(voice)' is not a voice name (letters, digits and '-', for example en-us)")
        }
        profile.voice = voice
        profile.description = try m.string("description") ?? ""
        if let variant = try m.string("variant"), !variant.isEmpty {
            guard variant.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else {
                throw m.error("variant", "'\(variant)' is not a variant name (for example f3 or m2)")
            }
            profile.variant = variant
        }
        profile.rate = try m.int("rate", allowed: 80...450) ?? profile.rate
        profile.pitch = try m.int("pitch", allowed: 0...100) ?? profile.pitch
        profile.range = try m.int("range", allowed: 0...100) ?? profile.range
        profile.volume = try m.int("volume", allowed: 0...200) ?? profile.volume
        profile.wordGap = try m.int("word_gap", allowed: 0...100) ?? profile.wordGap
        if let pauses = try m.mapping("pauses") {
            try pauses.rejectUnknownKeys(allowed: pauseFields)
            profile.pauses.afterTitle = try pauses.double("after_title", allowed: 0...10) ?? profile.pauses.afterTitle
            profile.pauses.afterParagraph = try pauses.double("after_paragraph", allowed: 0...10) ?? profile.pauses.afterParagraph
            profile.pauses.afterStory = try pauses.double("after_story", allowed: 0...10) ?? profile.pauses.afterStory
        }
        if let lexicon = try m.string("lexicon"), !lexicon.isEmpty {
            let folder = (m.file as NSString).deletingLastPathComponent
            profile.lexicon = lexicon.hasPrefix("/") ? lexicon : (folder as NSString).appendingPathComponent(lexicon)
        }
        return profile
    }
}
