import Foundation

/// What a listener hears, in order: segments of text, each with its voice and the silence after it.
///
/// The script is the only input to synthesis: everything said, and every pause, is here.
public struct BriefingScript: Sendable, Hashable {
    /// A title for the whole script (the article's headline, or "Briefing for Friday 27 November").
    public var title: String
    /// The segments in speaking order.
    public var segments: [ScriptSegment]
    /// The stories told, in order; a segment's `story` indexes this list.
    public var stories: [Story]

    /// Creates a script.
    public init(title: String, segments: [ScriptSegment], stories: [Story] = []) {
        self.title = title
        self.segments = segments
        self.stories = stories
    }

    /// The script as plain text: one segment a paragraph, pauses shown as `[pause 0.8 s]` when asked.
    public func renderText(showPauses: Bool = false) -> String {
        var out = ""
        for segment in segments {
            out += segment.text
            out += "\n"
            if showPauses && segment.pauseAfter > 0 {
                out += "[pause \(String(format: "%.1f", segment.pauseAfter)) s]\n"
            }
            out += "\n"
        }
        return out.trimmingCharacters(in: .newlines) + "\n"
    }

    /// The number of words spoken.
    public var wordCount: Int { segments.reduce(0) { $0 + $1.wordCount } }

    /// The total of the pauses, in seconds.
    public var pauseSeconds: Double { segments.reduce(0) { $0 + $1.pauseAfter } }
}

/// One piece of a script: a text spoken with one voice profile, then a silence.
public struct ScriptSegment: Sendable, Hashable {
    /// What part of a briefing a segment is.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// The greeting and date.
        case intro
        /// The preview of the headlines to come.
        case preview
        /// "First", "Next", "In other news".
        case transition
        /// A story's headline (or an article's title).
        case headline
        /// A subtitle or standfirst.
        case subtitle
        /// Body text: a paragraph, or a story's key sentences.
        case body
        /// "From Reuters, two hours ago."
        case attribution
        /// The closing words.
        case outro
    }

    /// What part of the briefing this is.
    public var kind: Kind
    /// The text as written, for transcripts.
    public var text: String
    /// The text as eSpeak NG should read it (normalized for speech, lexicon applied).
    public var spoken: String
    /// The voice profile to speak it with.
    public var profile: VoiceProfile
    /// Silence after the segment, in seconds.
    public var pauseAfter: Double
    /// When a chapter starts at this segment, its title.
    public var chapter: String?
    /// Which of the script's stories this belongs to, or nil for the intro, preview and outro.
    public var story: Int?

    /// Creates a segment.
    public init(
        kind: Kind, text: String, spoken: String? = nil, profile: VoiceProfile, pauseAfter: Double,
        chapter: String? = nil, story: Int? = nil
    ) {
        self.kind = kind
        self.text = text
        self.spoken = spoken ?? text
        self.profile = profile
        self.pauseAfter = pauseAfter
        self.chapter = chapter
        self.story = story
    }

    /// The number of words spoken in this segment.
    public var wordCount: Int { spoken.split(whereSeparator: \.isWhitespace).count }
}
