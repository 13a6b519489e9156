import Articles
import Audio
import Foundation
import Script
import Summarizer

/// What a batch renders with: the voice, what to read of each article, and the audio options.
/// Everything the sound of an output depends on is here, so its fingerprint says whether an
/// existing output was made the same way.
public struct BatchSettings: Sendable, Hashable {
    /// The voice profile.
    public var profile: VoiceProfile
    /// The whole article, or its key sentences.
    public var mode: ReadingMode
    /// Format, sample rate and loudness; `format` nil means WAV.
    public var audio: AudioOutputOptions

    /// Creates settings.
    public init(profile: VoiceProfile, mode: ReadingMode = .fullText, audio: AudioOutputOptions = AudioOutputOptions()) {
        self.profile = profile
        self.mode = mode
        self.audio = audio
    }

    /// The format the outputs are written in.
    public var format: AudioFormat { audio.format ?? .wav }

    /// Checks the options before any work starts: the profile's lexicon loads, the format takes the rate.
    public func validate() throws(BriefingError) {
        _ = try ArticleSpeaker(profile: profile, audio: audio)
        if let rate = audio.sampleRate, let supported = format.supportedSampleRates, !supported.contains(rate) {
            throw BriefingError(AudioError.unsupportedSampleRate(format: format, rate: rate, supported: supported).description)
        }
    }

    /// A short stable hash of everything that shapes the audio: profile values, lexicon contents,
    /// reading mode and audio options. Two runs with equal fingerprints make the same files.
    public func fingerprint() -> String {
        let p = profile
        var parts = [
            "batch-v1",
            "voice=\(p.voice)", "variant=\(p.variant ?? "")", "rate=\(p.rate)", "pitch=\(p.pitch)",
            "range=\(p.range)", "volume=\(p.volume)", "wordGap=\(p.wordGap)",
            "pauses=\(p.pauses.afterTitle),\(p.pauses.afterParagraph),\(p.pauses.afterStory)",
        ]
        if let lexicon = p.lexicon {
            let bytes = FileManager.default.contents(atPath: lexicon) ?? Data()
            parts.append("lexicon=\(StableHash.hex(StableHash.fnv1a64(bytes)))")
        }
        switch mode {
        case .fullText: parts.append("mode=full")
        case .summary(.sentences(let n)): parts.append("mode=sentences:\(n)")
        case .summary(.words(let n)): parts.append("mode=words:\(n)")
        case .summary(.seconds(let s, let wpm)): parts.append("mode=seconds:\(s)@\(wpm)")
        }
        let a = audio
        parts.append("format=\(format.rawValue)")
        parts.append("rate=\(a.sampleRate.map(String.init) ?? "-")")
        parts.append("loudness=\(a.loudness.map { "\($0)" } ?? "-")")
        parts.append("truePeak=\(a.truePeak)")
        parts.append("quality=\(a.quality.map { "\($0)" } ?? "-")")
        return StableHash.hex(parts.joined(separator: "|"))
    }
}
