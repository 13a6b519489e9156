import Foundation

/// Writes mono 16-bit speech to an audio file as it is synthesized, in constant memory.
///
/// Audio goes to a hidden temporary file next to the output (`.name.wav.XXXXXX.tmp`) that
/// `finish()` renames into place; a failure, `cancel()`, or dropping the writer removes it and
/// leaves any existing file of the same name untouched. Without loudness normalization the
/// samples are encoded as they arrive (one pass). With it, they are spooled as 16-bit PCM to an
/// unlinked temporary file in the same folder while being measured (EBU R128), then encoded with
/// the gain and a true-peak limiter in `finish()`.
///
/// Not thread-safe: use one writer from one thread or task at a time.
public final class AudioFileWriter {
    /// The final output path.
    public let path: String
    /// The format being written.
    public let format: AudioFormat
    /// The sample rate of the samples passed to `write`.
    public let inputSampleRate: Int
    /// The sample rate of the file.
    public let outputSampleRate: Int

    private let options: AudioOutputOptions
    private let riffLimit: UInt64
    private var output: TemporaryOutputFile?
    private var encoder: EncoderChain?
    private var spool: LoudnessSpool?
    private var markers: [(label: String, frame: Int)] = []
    private var inputFrames = 0
    private static let silenceBlock = [Int16](repeating: 0, count: EncoderChain.blockSize)

    /// Starts writing `path` from samples at `inputSampleRate` (eSpeak NG: 22,050 Hz).
    ///
    /// Throws at once for a bad format, rate or option, or when the folder is not writable.
    public convenience init(
        path: String, inputSampleRate: Int = 22_050, options: AudioOutputOptions = AudioOutputOptions()
    ) throws(AudioError) {
        try self.init(
            path: path, inputSampleRate: inputSampleRate, options: options, riffLimit: WAVChunks.riffLimit,
            registry: PendingOutputs.registry)
    }

    /// The designated initializer; tests lower `riffLimit` to exercise RF64 and pass their own
    /// `registry` to interrupt one writer without touching the others.
    init(
        path: String, inputSampleRate: Int, options: AudioOutputOptions, riffLimit: UInt64,
        registry: PendingRegistry
    ) throws(AudioError) {
        let format: AudioFormat
        if let chosen = options.format {
            format = chosen
        } else {
            format = try AudioFormat.forOutput(path: path)
        }
        let outputRate = try Self.outputRate(format: format, inputRate: inputSampleRate, requested: options.sampleRate)
        try Self.validate(options)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw .cannotCreate(path: path, reason: "it is a folder")
        }
        self.path = path
        self.format = format
        self.inputSampleRate = inputSampleRate
        self.outputSampleRate = outputRate
        self.options = options
        self.riffLimit = riffLimit

        let output = try TemporaryOutputFile(finalPath: path, suffix: ".tmp", registry: registry)
        self.output = output
        if options.loudness != nil {
            spool = try LoudnessSpool(finalPath: path, sampleRate: inputSampleRate)
        } else {
            encoder = try EncoderChain(
                fileDescriptor: output.fileDescriptor, displayPath: path, format: format, inputRate: inputSampleRate,
                outputRate: outputRate, quality: options.quality)
        }
    }

    deinit { cancel() }

    /// The output sample rate: the requested one if the format takes it, else a sensible default.
    private static func outputRate(format: AudioFormat, inputRate: Int, requested: Int?) throws(AudioError) -> Int {
        let range = AudioSampleRates.minimum...AudioSampleRates.maximum
        guard range.contains(inputRate) else { throw .invalidSampleRate(inputRate) }
        if let requested {
            guard range.contains(requested) else { throw .invalidSampleRate(requested) }
            if let supported = format.supportedSampleRates, !supported.contains(requested) {
                throw .unsupportedSampleRate(format: format, rate: requested, supported: supported)
            }
            return requested
        }
        if let supported = format.supportedSampleRates, !supported.contains(inputRate) {
            return format == .opus ? 48_000 : 44_100
        }
        return inputRate
    }

    private static func validate(_ options: AudioOutputOptions) throws(AudioError) {
        if let target = options.loudness, !(target.isFinite && (-70.0...0.0).contains(target)) {
            throw .invalidOption("loudness target \(target) LUFS is out of range; use -70 to 0 LUFS (e.g. -16)")
        }
        if !(options.truePeak.isFinite && (-20.0...0.0).contains(options.truePeak)) {
            throw .invalidOption("true-peak limit \(options.truePeak) dBTP is out of range; use -20 to 0 dBTP (e.g. -1)")
        }
        if let quality = options.quality, !(quality.isFinite && (0.0...1.0).contains(quality)) {
            throw .invalidOption("encoding quality \(quality) is out of range; use 0 (smallest) to 1 (best)")
        }
    }

    /// Seconds of audio written so far, at the input rate (silence included).
    public var duration: Double { Double(inputFrames) / Double(inputSampleRate) }

    /// Frames written so far, at the input rate (silence included).
    public var frameCount: Int { inputFrames }

    /// Appends mono 16-bit samples at the input rate.
    public func write(_ samples: UnsafeBufferPointer<Int16>) throws(AudioError) {
        guard output != nil else { throw .writerClosed(path: path) }
        do throws(AudioError) {
            if let spool {
                try spool.write(samples)
            } else if let encoder {
                try encoder.write(samples)
            }
        } catch {
            cancel()
            throw error
        }
        inputFrames += samples.count
    }

    /// Appends mono 16-bit samples at the input rate.
    public func write(_ samples: [Int16]) throws(AudioError) {
        try samples.withUnsafeBufferPointer { buffer throws(AudioError) in try write(buffer) }
    }

    /// Appends `seconds` of digital silence (rounded to whole frames; nothing if not positive).
    public func writeSilence(seconds: Double) throws(AudioError) {
        guard seconds.isFinite, seconds > 0 else {
            if output == nil { throw .writerClosed(path: path) }
            return
        }
        try writeSilence(frames: Int((seconds * Double(inputSampleRate)).rounded()))
    }

    /// Appends `frames` frames of digital silence at the input rate.
    public func writeSilence(frames: Int) throws(AudioError) {
        var remaining = frames
        try Self.silenceBlock.withUnsafeBufferPointer { zeros throws(AudioError) in
            repeat {
                let count = min(max(remaining, 0), zeros.count)
                try write(UnsafeBufferPointer(rebasing: zeros[0..<count]))
                remaining -= count
            } while remaining > 0
        }
    }

    /// Marks the current end of the audio with `label` (a chapter or story start).
    public func addMarker(label: String) {
        markers.append((label, inputFrames))
    }

    /// Marks `seconds` from the start (input timeline) with `label`.
    public func addMarker(label: String, atSeconds seconds: Double) {
        let frame = seconds.isFinite ? (seconds * Double(inputSampleRate)).rounded() : 0
        markers.append((label, Int(clamping: Int64(max(0, min(frame, 9e15))))))
    }

    /// Marks frame `frame` of the input (counted at the input rate) with `label`.
    public func addMarker(label: String, atFrame frame: Int) {
        markers.append((label, max(0, frame)))
    }

    /// Completes the file and moves it into place, replacing any file of the same name.
    ///
    /// On failure nothing is left behind and an existing file is untouched.
    @discardableResult
    public func finish() throws(AudioError) -> AudioFileInfo {
        guard let output else { throw .writerClosed(path: path) }
        do throws(AudioError) {
            // libsndfile starts these encoders on the first sample; without one the file is unreadable.
            if inputFrames == 0 && [.flac, .opus, .mp3].contains(format) {
                throw AudioError.nothingWritten(path: path, format: format)
            }
            var normalization: LoudnessNormalization?
            let encoder: EncoderChain
            if let spool, let target = options.loudness {
                let ceiling = EncoderChain.limiterCeiling(format: format, truePeak: options.truePeak)
                let plan = try spool.planGain(target: target, ceiling: ceiling)
                normalization = LoudnessNormalization(
                    inputLoudness: plan.measured, gain: plan.gain, expectedLoudness: plan.expected, target: target,
                    truePeakLimit: options.truePeak)
                encoder = try EncoderChain(
                    fileDescriptor: output.fileDescriptor, displayPath: path, format: format,
                    inputRate: inputSampleRate, outputRate: outputSampleRate, quality: options.quality,
                    gainDecibels: plan.gain, limiterCeiling: ceiling)
                self.encoder = encoder
                try spool.replay { samples throws(AudioError) in try encoder.write(samples) }
                self.spool = nil
            } else if let existing = self.encoder {
                encoder = existing
            } else {
                throw AudioError.writerClosed(path: path)
            }
            try encoder.finish()
            let frames = encoder.outputFrames
            self.encoder = nil
            let placed = placedMarkers(frames: frames)
            if format == .wav {
                try WAVChunks.finalize(
                    fileDescriptor: output.fileDescriptor, displayPath: path, dataBytes: UInt64(frames) * 2,
                    frames: UInt64(frames), markers: placed, limit: riffLimit)
            }
            try output.commit()
            self.output = nil
            return AudioFileInfo(
                path: path, format: format, sampleRate: outputSampleRate, channels: 1, frames: frames,
                markers: placed, loudness: normalization)
        } catch {
            cancel()
            throw error
        }
    }

    /// The markers on the output timeline, in time order, clamped to the audio.
    private func placedMarkers(frames: Int) -> [AudioMarker] {
        let ratio = Double(outputSampleRate) / Double(inputSampleRate)
        var placed: [AudioMarker] = []
        placed.reserveCapacity(markers.count)
        for marker in markers {
            let scaled = (Double(marker.frame) * ratio).rounded()
            let frame = scaled < Double(frames) ? Int(scaled) : frames
            placed.append(AudioMarker(label: marker.label, frame: frame, sampleRate: outputSampleRate))
        }
        // Stable: markers at the same frame keep the order they were added in.
        return placed.enumerated()
            .sorted { lhs, rhs in
                lhs.element.frame != rhs.element.frame ? lhs.element.frame < rhs.element.frame : lhs.offset < rhs.offset
            }
            .map(\.element)
    }

    /// Abandons the output: removes the temporary files; an existing file is untouched.
    /// Safe to call at any time, more than once; later writes throw `writerClosed`.
    public func cancel() {
        // libsndfile writes to the descriptor when closed: close it before the descriptor goes.
        encoder = nil
        spool = nil
        output?.discard()
        output = nil
    }
}

/// Spools input to an unlinked 16-bit file in the output folder while measuring its loudness.
final class LoudnessSpool {
    private var file: TemporaryOutputFile?
    private var writer: SoundFile?
    private let meter: LoudnessMeter
    private var peak: UInt16 = 0
    private let sampleRate: Int
    private let displayPath: String

    init(finalPath: String, sampleRate: Int) throws(AudioError) {
        let file = try TemporaryOutputFile(finalPath: finalPath, suffix: ".pcm.tmp", anonymous: true)
        self.file = file
        self.sampleRate = sampleRate
        self.displayPath = finalPath
        meter = try LoudnessMeter(channels: 1, sampleRate: sampleRate, peaks: false, displayPath: finalPath)
        writer = try SoundFile.create(
            fileDescriptor: file.fileDescriptor, displayPath: finalPath, formatCode: rawPCM16FormatCode,
            sampleRate: sampleRate, channels: 1)
    }

    deinit {
        writer = nil
        file?.discard()
    }

    func write(_ samples: UnsafeBufferPointer<Int16>) throws(AudioError) {
        guard let writer else { throw .writerClosed(path: displayPath) }
        try meter.add(samples, channels: 1)
        try writer.write(samples)
        for sample in samples { peak = max(peak, sample.magnitude) }
    }

    /// Ends the first pass and chooses the gain that brings the audio to `target` LUFS once its
    /// true peaks are limited to `ceiling` dBTP.
    ///
    /// Limiting lowers the loudness (for eSpeak NG speech raised to -16 LUFS, by about 0.7 LU),
    /// and more so the more gain there is. So when the limiter will work, dry runs
    /// through gain and limiter (no resampling, no encoding; each costs about 1/500 of real time)
    /// measure the result; at most four, usually one or two.
    func planGain(target: Double, ceiling: Double) throws(AudioError) -> (measured: Double, gain: Double, expected: Double) {
        try writer?.close()
        writer = nil
        let measured = try meter.integratedLoudness()
        guard measured.isFinite else { return (measured, 0, measured) }
        let first = target - measured
        let peakDecibels = peak > 0 ? 20 * log10(Double(peak) / 32768) : -Double.infinity
        // Inter-sample peaks rarely exceed sample peaks by 3 dB: below that, nothing is limited.
        guard peakDecibels + first > ceiling - 3 else { return (measured, first, target) }
        // Loudness rises more slowly than gain once the limiter works: find the gain by the
        // secant method, starting from the gain without limiting and the one that makes up for
        // its loss. Audio whose loudness is all in its peaks cannot reach the target without
        // being squashed: the make-up gain stops at `maximumMakeup` dB and the best dry run wins.
        let tolerance = 0.1
        let maximumMakeup = 9.0
        var best = (gain: first, loudness: try limitedLoudness(gain: first, ceiling: ceiling))
        guard best.loudness.isFinite else { return (measured, first, best.loudness) }
        var previous = best
        var next = min(first + maximumMakeup, first + (target - best.loudness))
        var attempts = 0
        while attempts < 3 && abs(target - best.loudness) > tolerance && next > previous.gain + 0.01 {
            attempts += 1
            let current = (gain: next, loudness: try limitedLoudness(gain: next, ceiling: ceiling))
            if abs(target - current.loudness) < abs(target - best.loudness) { best = current }
            let slope = min(1, max(0.1, (current.loudness - previous.loudness) / (current.gain - previous.gain)))
            previous = current
            next = min(first + maximumMakeup, current.gain + (target - current.loudness) / slope)
        }
        return (measured, best.gain, best.loudness)
    }

    /// The integrated loudness the spooled audio has after `gain` dB and the limiter.
    private func limitedLoudness(gain: Double, ceiling: Double) throws(AudioError) -> Double {
        let dryMeter = try LoudnessMeter(channels: 1, sampleRate: sampleRate, peaks: false, displayPath: displayPath)
        let limiter = TruePeakLimiter(sampleRate: sampleRate, ceilingDecibels: ceiling)
        let scale = Float(pow(10, gain / 20)) / 32768
        var block = [Float](repeating: 0, count: EncoderChain.blockSize)
        try replay { samples throws(AudioError) in
            try block.withUnsafeMutableBufferPointer { buffer throws(AudioError) in
                for index in samples.indices { buffer[index] = Float(samples[index]) * scale }
                let count = limiter.process(UnsafeMutableBufferPointer(rebasing: buffer[0..<samples.count]))
                try dryMeter.add(UnsafeBufferPointer(rebasing: buffer[0..<count]), channels: 1)
            }
        }
        var tail = limiter.flush()
        try tail.withUnsafeMutableBufferPointer { buffer throws(AudioError) in
            try dryMeter.add(UnsafeBufferPointer(buffer), channels: 1)
        }
        return try dryMeter.integratedLoudness()
    }

    /// Streams the spooled samples back, block by block.
    func replay(_ body: (UnsafeBufferPointer<Int16>) throws(AudioError) -> Void) throws(AudioError) {
        guard let file else { throw .writerClosed(path: displayPath) }
        if lseek(file.fileDescriptor, 0, SEEK_SET) != 0 {
            throw .readFailed(path: displayPath, reason: systemErrorMessage(errno))
        }
        let reader = try SoundFile.openRaw(
            fileDescriptor: file.fileDescriptor, displayPath: displayPath, sampleRate: sampleRate, channels: 1)
        var buffer = [Int16](repeating: 0, count: EncoderChain.blockSize)
        while true {
            let count = try buffer.withUnsafeMutableBufferPointer { pointer throws(AudioError) in
                try reader.read(into: pointer)
            }
            if count == 0 { break }
            try buffer.withUnsafeBufferPointer { pointer throws(AudioError) in
                try body(UnsafeBufferPointer(rebasing: pointer[0..<count]))
            }
        }
        try reader.close()
    }
}
