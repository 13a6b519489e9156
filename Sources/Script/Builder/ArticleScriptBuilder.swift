import Articles
import Foundation

/// Arranges one article into a script: title, pause, subtitle, then the body or its key sentences.
public struct ArticleScriptBuilder: Sendable {
    /// The voice for the body.
    public var profile: VoiceProfile
    /// The voice for the title, when it differs from the body's.
    public var headlineProfile: VoiceProfile?
    /// Turns written text into the words to speak.
    public var prepare: @Sendable (String) -> String

    /// Creates a builder; `prepare` turns written text into speakable text (the speech normalizer).
    public init(profile: VoiceProfile, headlineProfile: VoiceProfile? = nil, prepare: @escaping @Sendable (String) -> String) {
        self.profile = profile
        self.headlineProfile = headlineProfile
        self.prepare = prepare
    }

    /// The script for `article`; with `sentences`, those are read instead of the whole body.
    public func script(for article: Article, sentences: [String]? = nil) -> BriefingScript {
        let pauses = profile.pauses
        var segments: [ScriptSegment] = [
            ScriptSegment(
                kind: .headline, text: article.title, spoken: prepare(article.title),
                profile: headlineProfile ?? profile, pauseAfter: pauses.afterTitle, chapter: article.title)
        ]
        if let subtitle = article.subtitle, !subtitle.isEmpty {
            segments.append(
                ScriptSegment(kind: .subtitle, text: subtitle, spoken: prepare(subtitle), profile: profile, pauseAfter: pauses.afterTitle))
        }
        let body = sentences.map { [$0.joined(separator: " ")] } ?? article.paragraphs
        for paragraph in body where !paragraph.isEmpty {
            segments.append(
                ScriptSegment(kind: .body, text: paragraph, spoken: prepare(paragraph), profile: profile, pauseAfter: pauses.afterParagraph))
        }
        if !segments.isEmpty { segments[segments.count - 1].pauseAfter = 0 }
        return BriefingScript(title: article.title, segments: segments)
    }
}
