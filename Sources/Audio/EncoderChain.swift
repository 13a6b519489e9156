internal import CSndFile
import Foundation

/// The path from input samples to the encoded file: gain, sample-rate conversion, true-peak
/// limiting, then libsndfile. Stages that are not needed are skipped; with none, 16-bit input
/// goes to libsndfile untouched (bit-exact in WAV and FLAC).
final class EncoderChain {
    static let blockSize = 4096

    private let file: SoundFile
    private let gain: Float
    private let resampler: SampleRateConverter?
    private let limiter: TruePeakLimiter?
    private var scratch = [Float](repeating: 0, count: EncoderChain.blockSize)
    /// Untouched samples wait here, so the file gets a write per 64 KB instead of one per eSpeak
    /// NG chunk (about 2.6 KB): a twentieth of the system calls.
    private var pending: [Int16] = []
    static let pendingCapacity = 32_768
    /// Frames handed to libsndfile so far, at the output rate.
    private(set) var outputFrames = 0

    /// Opens the encoder for `format` on `fd`.
    ///
    /// - Parameters:
    ///   - gainDecibels: applied before everything else (loudness normalization).
    ///   - limiterCeiling: true-peak ceiling in dBTP, or nil for no limiter.
    init(
        fileDescriptor fd: Int32, displayPath: String, format: AudioFormat, inputRate: Int, outputRate: Int,
        quality: Double?, gainDecibels: Double = 0, limiterCeiling: Double? = nil
    ) throws(AudioError) {
        file = try SoundFile.create(
            fileDescriptor: fd, displayPath: displayPath, formatCode: sndfileFormatCode(format),
            sampleRate: outputRate, channels: 1)
        // Samples beyond full scale are clipped, never wrapped around.
        file.command(Int32(SFC_SET_CLIPPING), flag: true)
        try Self.configure(file, format: format, quality: quality)
        gain = Float(pow(10, gainDecibels / 20))
        resampler =
            inputRate == outputRate
            ? nil
            : try SampleRateConverter(inputRate: inputRate, outputRate: outputRate, maxInputFrames: Self.blockSize)
        limiter = limiterCeiling.map { TruePeakLimiter(sampleRate: outputRate, ceilingDecibels: $0) }
    }

    /// The limiter's ceiling for a true-peak limit. Lossy encoders add overshoot (measured on
    /// eSpeak NG speech normalized to -16 LUFS: up to about 1 dB for Opus, 1.5 dB for Vorbis and
    /// MP3, more when the audio is limited hard), so they get that much headroom. PCM gets
    /// 0.3 dB for the difference between this limiter's detector and a BS.1770 meter's.
    static func limiterCeiling(format: AudioFormat, truePeak: Double) -> Double {
        switch format {
        case .wav, .flac: truePeak - 0.3
        case .opus: truePeak - 1.5
        case .ogg, .mp3: truePeak - 2.0
        }
    }

    /// The quality a lossy format gets when none is asked for: tuned for mono speech.
    static func defaultQuality(_ format: AudioFormat) -> Double? {
        switch format {
        case .ogg: 0.4  // Vorbis q4
        case .opus: 0.104  // libsndfile maps quality q to 6 + 250 q kbit/s: 32 kbit/s
        case .mp3: 0.6  // LAME VBR -V4
        case .wav, .flac: nil
        }
    }

    private static func configure(_ file: SoundFile, format: AudioFormat, quality: Double?) throws(AudioError) {
        switch format {
        case .wav:
            // Reserved for `ds64` should the file outgrow 4 GB (see `WAVChunks`).
            try file.setChunk(id: "JUNK", data: [UInt8](repeating: 0, count: WAVChunks.reservedPayloadSize))
        case .flac:
            break
        case .mp3:
            file.command(Int32(SFC_SET_BITRATE_MODE), int: Int32(SF_BITRATE_MODE_VARIABLE))
            fallthrough
        case .ogg, .opus:
            guard let value = quality ?? defaultQuality(format) else { return }
            if !file.command(Int32(SFC_SET_VBR_ENCODING_QUALITY), double: value) {
                throw .cannotOpen(
                    path: file.displayPath, reason: "the \(format.displayName) encoder refused quality \(value)")
            }
        }
    }

    private var isPassthrough: Bool { gain == 1 && resampler == nil && limiter == nil }

    /// Encodes 16-bit mono samples.
    func write(_ samples: UnsafeBufferPointer<Int16>) throws(AudioError) {
        if isPassthrough {
            if pending.count + samples.count > Self.pendingCapacity { try flushPending() }
            if samples.count >= Self.pendingCapacity {
                try file.write(samples)
            } else {
                if pending.capacity < Self.pendingCapacity { pending.reserveCapacity(Self.pendingCapacity) }
                pending.append(contentsOf: samples)
            }
            outputFrames += samples.count
            return
        }
        var start = 0
        while start < samples.count {
            let count = min(Self.blockSize, samples.count - start)
            let scale = gain / 32768
            try scratch.withUnsafeMutableBufferPointer { block throws(AudioError) in
                for index in 0..<count { block[index] = Float(samples[start + index]) * scale }
                try convert(UnsafeMutableBufferPointer(rebasing: block[0..<count]), endOfInput: false)
            }
            start += count
        }
    }

    private func convert(_ block: UnsafeMutableBufferPointer<Float>, endOfInput: Bool) throws(AudioError) {
        if let resampler {
            try resampler.process(UnsafeBufferPointer(block), endOfInput: endOfInput) { output throws(AudioError) in
                try limitAndEncode(output)
            }
        } else {
            try limitAndEncode(block)
        }
    }

    private func limitAndEncode(_ block: UnsafeMutableBufferPointer<Float>) throws(AudioError) {
        let count = limiter?.process(block) ?? block.count
        try file.write(UnsafeBufferPointer(rebasing: block[0..<count]))
        outputFrames += count
    }

    private func flushPending() throws(AudioError) {
        guard !pending.isEmpty else { return }
        try pending.withUnsafeBufferPointer { buffer throws(AudioError) in try file.write(buffer) }
        pending.removeAll(keepingCapacity: true)
    }

    /// Drains the converter and the limiter and closes the file (writing its final header).
    func finish() throws(AudioError) {
        try flushPending()
        if resampler != nil {
            try scratch.withUnsafeMutableBufferPointer { block throws(AudioError) in
                try convert(UnsafeMutableBufferPointer(rebasing: block[0..<0]), endOfInput: true)
            }
        }
        if let limiter {
            var tail = limiter.flush()
            try tail.withUnsafeMutableBufferPointer { block throws(AudioError) in
                try file.write(UnsafeBufferPointer(block))
            }
            outputFrames += tail.count
        }
        try file.close()
    }
}
