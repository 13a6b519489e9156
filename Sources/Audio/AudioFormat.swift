/// An audio file format the writer can produce.
public enum AudioFormat: String, CaseIterable, Sendable, Hashable {
    /// RIFF WAVE, 16-bit PCM (RF64 beyond 4 GB).
    case wav
    /// FLAC, lossless, 16-bit.
    case flac
    /// Ogg Vorbis.
    case ogg
    /// Ogg Opus (8, 12, 16, 24 or 48 kHz only).
    case opus
    /// MPEG-1/2 Layer III.
    case mp3

    /// The format a file name's extension asks for (`"wav"`, `"WAVE"`, `"oga"`...), or nil.
    public init?(pathExtension: String) {
        switch pathExtension.lowercased() {
        case "wav", "wave": self = .wav
        case "flac": self = .flac
        case "ogg", "oga": self = .ogg
        case "opus": self = .opus
        case "mp3": self = .mp3
        default: return nil
        }
    }

    /// The usual extension for files in this format, without the dot.
    public var fileExtension: String { rawValue }

    /// The format's name as users know it ("Ogg Vorbis").
    public var displayName: String {
        switch self {
        case .wav: "WAV"
        case .flac: "FLAC"
        case .ogg: "Ogg Vorbis"
        case .opus: "Opus"
        case .mp3: "MP3"
        }
    }

    /// The sample rates this format accepts, or nil if any rate in `AudioSampleRates` works.
    public var supportedSampleRates: [Int]? {
        switch self {
        case .opus: [8000, 12000, 16000, 24000, 48000]
        case .mp3: [8000, 11025, 12000, 16000, 22050, 24000, 32000, 44100, 48000]
        case .wav, .flac, .ogg: nil
        }
    }

    /// Whether the format loses information (its samples do not read back bit-exact).
    public var isLossy: Bool {
        switch self {
        case .wav, .flac: false
        case .ogg, .opus, .mp3: true
        }
    }

    /// The format for an output path: its extension's format, WAV if it has none.
    ///
    /// Throws when the path has an extension that names no supported format.
    public static func forOutput(path: String) throws(AudioError) -> AudioFormat {
        let name = path.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return .wav }
        let ext = String(name[name.index(after: dot)...])
        guard let format = AudioFormat(pathExtension: ext) else {
            throw .unknownFormat(path: path, pathExtension: ext)
        }
        return format
    }
}

/// The range of sample rates accepted anywhere in this module.
public enum AudioSampleRates {
    /// The lowest usable rate, in Hz.
    public static let minimum = 1_000
    /// The highest usable rate, in Hz.
    public static let maximum = 384_000
}

/// How the writer encodes its output.
public struct AudioOutputOptions: Sendable, Hashable {
    /// The file format; nil means "from the output path's extension" (WAV when it has none).
    public var format: AudioFormat?
    /// The output sample rate in Hz; nil keeps the input rate (48 kHz for Opus).
    public var sampleRate: Int?
    /// Target integrated loudness in LUFS (EBU R128), e.g. -16; nil leaves the level as it is.
    public var loudness: Double?
    /// The highest true peak allowed when normalizing loudness, in dBTP.
    public var truePeak: Double
    /// Encoding quality for lossy formats, 0 (smallest) to 1 (best); nil picks a speech default.
    public var quality: Double?

    /// Options with the given values; the defaults write 16-bit WAV at the input rate.
    public init(
        format: AudioFormat? = nil, sampleRate: Int? = nil, loudness: Double? = nil,
        truePeak: Double = -1, quality: Double? = nil
    ) {
        self.format = format
        self.sampleRate = sampleRate
        self.loudness = loudness
        self.truePeak = truePeak
        self.quality = quality
    }
}

/// A named position in the audio (a chapter or story start), written as a WAV cue point.
public struct AudioMarker: Sendable, Hashable {
    /// The text shown for the marker (at most 255 UTF-8 bytes are stored in a WAV file).
    public var label: String
    /// The position in frames at `sampleRate`.
    public var frame: Int
    /// The sample rate `frame` counts in.
    public var sampleRate: Int

    /// A marker at `frame`, counted at `sampleRate`.
    public init(label: String, frame: Int, sampleRate: Int) {
        self.label = label
        self.frame = frame
        self.sampleRate = sampleRate
    }

    /// The position in seconds.
    public var seconds: Double { sampleRate > 0 ? Double(frame) / Double(sampleRate) : 0 }
}

/// What loudness normalization measured and did.
public struct LoudnessNormalization: Sendable, Hashable {
    /// Integrated loudness of the input in LUFS (-infinity for silence).
    public var inputLoudness: Double
    /// Gain applied before limiting, in dB.
    public var gain: Double
    /// The loudness expected in the file, in LUFS: the target, unless the audio's loudness is in
    /// its peaks so much that limiting them to the ceiling keeps it quieter (lossy encoders may
    /// still shift it by a few tenths).
    public var expectedLoudness: Double
    /// The loudness target in LUFS.
    public var target: Double
    /// The true-peak ceiling in dBTP.
    public var truePeakLimit: Double
}

/// A finished audio file.
public struct AudioFileInfo: Sendable, Hashable {
    /// Where the file is.
    public var path: String
    /// Its format.
    public var format: AudioFormat
    /// Its sample rate in Hz.
    public var sampleRate: Int
    /// Its channel count (always 1: speech is mono).
    public var channels: Int
    /// The number of frames encoded.
    public var frames: Int
    /// Markers, positioned at `sampleRate` (stored in the file for WAV only).
    public var markers: [AudioMarker]
    /// Set when the loudness was normalized.
    public var loudness: LoudnessNormalization?

    /// The length in seconds.
    public var duration: Double { sampleRate > 0 ? Double(frames) / Double(sampleRate) : 0 }
}
