internal import CEbur128
import Foundation

/// An EBU R128 loudness meter over libebur128; owns its `ebur128_state`.
///
/// Uses the histogram mode, so its memory does not grow with the length of the audio.
final class LoudnessMeter {
    private var state: UnsafeMutablePointer<ebur128_state>?
    private let displayPath: String

    /// A meter for `channels` at `sampleRate`; `peaks` also tracks sample and true peaks.
    init(channels: Int, sampleRate: Int, peaks: Bool, displayPath: String) throws(AudioError) {
        var mode = EBUR128_MODE_I.rawValue | EBUR128_MODE_HISTOGRAM.rawValue
        if peaks { mode |= EBUR128_MODE_TRUE_PEAK.rawValue | EBUR128_MODE_SAMPLE_PEAK.rawValue }
        self.displayPath = displayPath
        guard let state = ebur128_init(UInt32(channels), UInt(sampleRate), Int32(bitPattern: mode)) else {
            throw .loudnessMeasurementFailed(
                path: displayPath, reason: "libebur128 cannot meter \(channels) channels at \(sampleRate) Hz")
        }
        self.state = state
    }

    deinit { ebur128_destroy(&state) }

    private static func message(_ status: Int32) -> String {
        switch status {
        case Int32(EBUR128_ERROR_NOMEM.rawValue): "out of memory"
        case Int32(EBUR128_ERROR_INVALID_MODE.rawValue): "measurement not enabled"
        case Int32(EBUR128_ERROR_INVALID_CHANNEL_INDEX.rawValue): "invalid channel"
        default: "libebur128 error \(status)"
        }
    }

    private func check(_ status: Int32) throws(AudioError) {
        if status != Int32(EBUR128_SUCCESS.rawValue) {
            throw .loudnessMeasurementFailed(path: displayPath, reason: Self.message(status))
        }
    }

    /// Adds interleaved 16-bit frames.
    func add(_ samples: UnsafeBufferPointer<Int16>, channels: Int) throws(AudioError) {
        guard let base = samples.baseAddress, !samples.isEmpty else { return }
        try check(ebur128_add_frames_short(state, base, samples.count / channels))
    }

    /// Adds interleaved float frames.
    func add(_ samples: UnsafeBufferPointer<Float>, channels: Int) throws(AudioError) {
        guard let base = samples.baseAddress, !samples.isEmpty else { return }
        try check(ebur128_add_frames_float(state, base, samples.count / channels))
    }

    /// Integrated loudness in LUFS; -infinity when everything was below the absolute gate.
    func integratedLoudness() throws(AudioError) -> Double {
        var value = 0.0
        try check(ebur128_loudness_global(state, &value))
        return value.isFinite ? value : -.infinity
    }

    /// The highest true peak over all channels, linear (1.0 is full scale).
    func truePeak(channels: Int) throws(AudioError) -> Double {
        var highest = 0.0
        for channel in 0..<channels {
            var value = 0.0
            try check(ebur128_true_peak(state, UInt32(channel), &value))
            highest = max(highest, value)
        }
        return highest
    }

    /// The highest sample peak over all channels, linear.
    func samplePeak(channels: Int) throws(AudioError) -> Double {
        var highest = 0.0
        for channel in 0..<channels {
            var value = 0.0
            try check(ebur128_sample_peak(state, UInt32(channel), &value))
            highest = max(highest, value)
        }
        return highest
    }
}

/// The loudness of an audio file, measured per EBU R128 / ITU-R BS.1770.
public struct LoudnessMeasurement: Sendable, Hashable {
    /// Integrated (gated) loudness in LUFS; -infinity for silence.
    public var integratedLoudness: Double
    /// The highest true (inter-sample) peak in dBTP; -infinity for silence.
    public var truePeak: Double
    /// The highest sample peak in dBFS; -infinity for silence.
    public var samplePeak: Double

    /// Measures the file at `path` (any format libsndfile reads), streaming it in blocks.
    public static func measure(path: String) throws(AudioError) -> LoudnessMeasurement {
        let file = try SoundFile.open(path: path)
        let meter = try LoudnessMeter(
            channels: file.channels, sampleRate: file.sampleRate, peaks: true, displayPath: path)
        var buffer = [Float](repeating: 0, count: 8192 * file.channels)
        while true {
            let frames = try buffer.withUnsafeMutableBufferPointer { pointer throws(AudioError) in
                try file.read(into: pointer)
            }
            if frames == 0 { break }
            try buffer.withUnsafeBufferPointer { pointer throws(AudioError) in
                try meter.add(UnsafeBufferPointer(rebasing: pointer[0..<(frames * file.channels)]), channels: file.channels)
            }
        }
        func decibels(_ linear: Double) -> Double { linear > 0 ? 20 * log10(linear) : -.infinity }
        return LoudnessMeasurement(
            integratedLoudness: try meter.integratedLoudness(),
            truePeak: decibels(try meter.truePeak(channels: file.channels)),
            samplePeak: decibels(try meter.samplePeak(channels: file.channels)))
    }
}
