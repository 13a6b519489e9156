import Articles
import Audio
import Foundation
import Script
import Speech
import Summarizer

/// What to read of an article: all of it, or its key sentences within a budget.
public enum ReadingMode: Sendable, Hashable {
    /// The title, subtitle and whole body.
    case fullText
    /// The title and the summary's key sentences.
    case summary(SummaryBudget)
}

/// What speaking an article produced.
public struct SpokenArticle: Sendable {
    /// The audio file written.
    public var path: String
    /// Its length in seconds.
    public var duration: Double
    /// The file's format details, as written.
    public var info: AudioFileInfo
    /// Chapters and captions of the audio.
    public var rendered: RenderedScript
}

/// Speaks single articles to audio files: script, synthesis and file writing in one call.
public struct ArticleSpeaker: Sendable {
    /// The voice profile to read with.
    public var profile: VoiceProfile
    /// Output format, sample rate and loudness.
    public var audio: AudioOutputOptions
    private let preparation: SpeechPreparation

    /// Creates a speaker; fails when the profile's lexicon cannot be read.
    public init(profile: VoiceProfile, audio: AudioOutputOptions = AudioOutputOptions()) throws(BriefingError) {
        self.profile = profile
        self.audio = audio
        self.preparation = try SpeechPreparation(profile: profile)
    }

    /// The script that would be spoken for `article` in `mode`.
    public func script(for article: Article, mode: ReadingMode) -> BriefingScript {
        let builder = ArticleScriptBuilder(profile: profile, prepare: preparation.prepare)
        switch mode {
        case .fullText:
            return builder.script(for: article)
        case .summary(let budget):
            let summary = Summarizer().summarize(article, budget: budget)
            return builder.script(for: article, sentences: summary.sentences.map(\.text))
        }
    }

    /// Speaks `article` into an audio file at `path`, written atomically.
    public func speak(_ article: Article, mode: ReadingMode = .fullText, to path: String, progress: ((Double) -> Void)? = nil) throws -> SpokenArticle {
        let script = script(for: article, mode: mode)
        return try ScriptFileRenderer(audio: audio).render(script, to: path, progress: progress)
    }
}

/// Renders a script into an audio file: the writer is opened, fed, and finished or cancelled.
public struct ScriptFileRenderer: Sendable {
    /// Output format, sample rate and loudness.
    public var audio: AudioOutputOptions

    /// Creates a renderer.
    public init(audio: AudioOutputOptions) { self.audio = audio }

    /// Renders `script` to `path`; on any failure no file is left behind.
    public func render(_ script: BriefingScript, to path: String, progress: ((Double) -> Void)? = nil) throws -> SpokenArticle {
        let writer = try AudioFileWriter(path: path, inputSampleRate: try SpeechEngine.shared.sampleRate(), options: audio)
        do {
            let sink = AudioWriterSink(writer: writer)
            let rendered = try ScriptRenderer().render(script, to: sink, progress: progress)
            let info = try writer.finish()
            return SpokenArticle(path: path, duration: info.duration, info: info, rendered: rendered)
        } catch {
            writer.cancel()
            throw error
        }
    }
}

/// Feeds rendered speech into an ``AudioFileWriter``.
final class AudioWriterSink: AudioSink {
    let writer: AudioFileWriter
    init(writer: AudioFileWriter) { self.writer = writer }
    func write(_ samples: UnsafeBufferPointer<Int16>) throws { try writer.write(samples) }
    func writeSilence(seconds: Double) throws { try writer.writeSilence(seconds: seconds) }
    func addMarker(label: String, atSeconds seconds: Double) { writer.addMarker(label: label, atSeconds: seconds) }
}

/// Turns written text into what eSpeak NG reads, with the profile's lexicon applied.
struct SpeechPreparation: Sendable {
    let normalizer: SpeechNormalizer

    init(profile: VoiceProfile) throws(BriefingError) {
        var lexicon = Lexicon.empty
        if let path = profile.lexicon {
            do {
                lexicon = try Lexicon.load(contentsOf: path)
            } catch {
                throw BriefingError(String(describing: error))
            }
        }
        normalizer = SpeechNormalizer(lexicon: lexicon)
    }

    var prepare: @Sendable (String) -> String {
        let normalizer = self.normalizer
        return { normalizer.normalize($0) }
    }
}
