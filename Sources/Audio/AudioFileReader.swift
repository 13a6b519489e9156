internal import CSndFile

/// How the samples in a file are stored.
public enum AudioEncoding: String, Sendable, Hashable {
    /// Signed 8-bit PCM.
    case pcm8
    /// Unsigned 8-bit PCM.
    case pcmU8
    /// 16-bit PCM.
    case pcm16
    /// 24-bit PCM.
    case pcm24
    /// 32-bit PCM.
    case pcm32
    /// 32-bit float.
    case float32
    /// 64-bit float.
    case float64
    /// Vorbis.
    case vorbis
    /// Opus.
    case opus
    /// MPEG Layer III.
    case mp3
    /// Anything else libsndfile reads.
    case other
}

/// Reads an audio file through libsndfile: its properties, samples and cue points.
///
/// Small by design; used to check what the writer produced. Not thread-safe.
public final class AudioFileReader {
    /// The file's path.
    public let path: String
    /// Sample rate in Hz.
    public let sampleRate: Int
    /// Channel count.
    public let channels: Int
    /// Frames as reported by libsndfile (exact for WAV, FLAC and Ogg; from the header for MP3).
    public let frames: Int
    /// The container, when it is one the writer produces (WAV includes RF64 and WAVEX).
    public let format: AudioFormat?
    /// How the samples are stored.
    public let encoding: AudioEncoding
    /// Cue points with their labels, in file order (WAV only).
    public let markers: [AudioMarker]
    private let file: SoundFile

    /// Opens `path` for reading.
    public init(path: String) throws(AudioError) {
        let file = try SoundFile.open(path: path)
        self.file = file
        self.path = path
        self.sampleRate = file.sampleRate
        self.channels = file.channels
        self.frames = Int(file.frames)
        let container = file.formatCode & Int32(SF_FORMAT_TYPEMASK)
        let subtype = file.formatCode & Int32(SF_FORMAT_SUBMASK)
        self.encoding = Self.encoding(subtype)
        self.format = Self.format(container: container, encoding: encoding)
        let rate = file.sampleRate
        self.markers = file.cuePoints().map { AudioMarker(label: $0.label, frame: $0.frame, sampleRate: rate) }
    }

    /// Length in seconds.
    public var duration: Double { sampleRate > 0 ? Double(frames) / Double(sampleRate) : 0 }

    private static func encoding(_ subtype: Int32) -> AudioEncoding {
        switch subtype {
        case Int32(SF_FORMAT_PCM_S8): .pcm8
        case Int32(SF_FORMAT_PCM_U8): .pcmU8
        case Int32(SF_FORMAT_PCM_16): .pcm16
        case Int32(SF_FORMAT_PCM_24): .pcm24
        case Int32(SF_FORMAT_PCM_32): .pcm32
        case Int32(SF_FORMAT_FLOAT): .float32
        case Int32(SF_FORMAT_DOUBLE): .float64
        case Int32(SF_FORMAT_VORBIS): .vorbis
        case Int32(SF_FORMAT_OPUS): .opus
        case Int32(SF_FORMAT_MPEG_LAYER_III): .mp3
        default: .other
        }
    }

    private static func format(container: Int32, encoding: AudioEncoding) -> AudioFormat? {
        switch container {
        case Int32(SF_FORMAT_WAV), Int32(SF_FORMAT_WAVEX), Int32(SF_FORMAT_RF64): .wav
        case Int32(SF_FORMAT_FLAC): .flac
        case Int32(SF_FORMAT_OGG): encoding == .opus ? .opus : encoding == .vorbis ? .ogg : nil
        case Int32(SF_FORMAT_MPEG): .mp3
        default: nil
        }
    }

    /// Reads up to `maxFrames` interleaved frames as floats (full scale ±1); empty at the end.
    public func readFloats(maxFrames: Int = 65_536) throws(AudioError) -> [Float] {
        var buffer = [Float](repeating: 0, count: max(1, maxFrames) * channels)
        let count = try buffer.withUnsafeMutableBufferPointer { pointer throws(AudioError) in
            try file.read(into: pointer)
        }
        buffer.removeSubrange((count * channels)...)
        return buffer
    }

    /// Reads up to `maxFrames` interleaved frames as 16-bit integers; empty at the end.
    public func readInt16(maxFrames: Int = 65_536) throws(AudioError) -> [Int16] {
        var buffer = [Int16](repeating: 0, count: max(1, maxFrames) * channels)
        let count = try buffer.withUnsafeMutableBufferPointer { pointer throws(AudioError) in
            try file.read(into: pointer)
        }
        buffer.removeSubrange((count * channels)...)
        return buffer
    }

    /// Reads the rest of the file as floats (whole file in memory: for tests and short files).
    public func readAllFloats() throws(AudioError) -> [Float] {
        var result: [Float] = []
        while true {
            let block = try readFloats()
            if block.isEmpty { return result }
            result += block
        }
    }

    /// Reads the rest of the file as 16-bit integers (whole file in memory: for tests and short files).
    public func readAllInt16() throws(AudioError) -> [Int16] {
        var result: [Int16] = []
        while true {
            let block = try readInt16()
            if block.isEmpty { return result }
            result += block
        }
    }
}
