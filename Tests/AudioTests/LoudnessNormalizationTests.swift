import Foundation
import TestSupport
import Testing

@testable import Audio

@Suite("Loudness normalization")
struct LoudnessNormalizationTests {
    @Test(
        "Peaky speech-like audio ends within 1 LU of the target with true peaks under the limit",
        arguments: [
            (AudioFormat.wav, -16.0, -1.0), (.wav, -23.0, -1.0), (.wav, -14.0, -1.0), (.wav, -18.0, -3.0), (.flac, -16.0, -1.0),
            (.ogg, -16.0, -1.0), (.opus, -16.0, -1.0), (.mp3, -16.0, -1.0),
        ])
    func normalizes(format: AudioFormat, target: Double, limit: Double) throws {
        try normalize(format: format, target: target, limit: limit, seconds: 4)
    }

    private func normalize(format: AudioFormat, target: Double, limit: Double, seconds: Double) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("speech." + format.fileExtension)
        // Quiet input with high peaks: reaching the target needs gain and limiting.
        let speech = Signal.speechLike(seconds: seconds, peak: 0.1)
        let before = try measure(speech, folder: folder)
        #expect(before.integratedLoudness < target - 3)

        let writer = try AudioFileWriter(
            path: path, options: AudioOutputOptions(loudness: target, truePeak: limit))
        for start in stride(from: 0, to: speech.count, by: 2_205) {
            try writer.write(Array(speech[start..<min(speech.count, start + 2_205)]))
        }
        let info = try writer.finish()
        let normalization = try #require(info.loudness)
        #expect(abs(normalization.inputLoudness - before.integratedLoudness) < 0.05)

        #expect(abs(normalization.expectedLoudness - target) <= 0.25)

        let after = try LoudnessMeasurement.measure(path: path)
        #expect(abs(after.integratedLoudness - target) <= 1.0, "\(after)")
        if !format.isLossy { #expect(abs(after.integratedLoudness - target) <= 0.3, "\(after)") }
        #expect(after.truePeak <= limit, "\(after)")
        #expect(abs(AudioFileReaderDuration(path) - seconds) < 0.06)
    }

    @Test("Audio whose loudness is all in its peaks reports the loudness it could reach")
    func unreachableTarget() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("squashed.wav")
        // Every syllable equally loud and peaky: limiting lowers the loudness with the peaks.
        let speech = Signal.speechLike(seconds: 6, peak: 0.1, levelSpread: 0, phaseSpread: 0)
        let writer = try AudioFileWriter(path: path, options: AudioOutputOptions(loudness: -12, truePeak: -3))
        try writer.write(speech)
        let info = try writer.finish()
        let normalization = try #require(info.loudness)
        #expect(normalization.expectedLoudness < -13)
        let after = try LoudnessMeasurement.measure(path: path)
        #expect(abs(after.integratedLoudness - normalization.expectedLoudness) < 0.3, "\(after)")
        #expect(after.truePeak <= -3, "\(after)")
    }

    @Test("Loud input is turned down, without limiting, to within 0.3 LU")
    func turnsDown() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("loud.wav")
        let tone = Signal.sine(frequency: 1_000, seconds: 5, amplitude: 0.9)
        let writer = try AudioFileWriter(path: path, options: AudioOutputOptions(loudness: -23))
        try writer.write(tone)
        let info = try writer.finish()
        #expect((info.loudness?.gain ?? 0) < -15)
        let after = try LoudnessMeasurement.measure(path: path)
        #expect(abs(after.integratedLoudness + 23) < 0.3, "\(after)")
        // No limiting: the tone keeps its shape (peak = RMS * sqrt 2).
        let samples = try AudioFileReader(path: path).readAllFloats()
        let peak = Double(samples.map(abs).max() ?? 0)
        let rms = sqrt(samples.reduce(0) { $0 + Double($1 * $1) } / Double(samples.count))
        #expect(abs(peak / rms - 2.0.squareRoot()) < 0.01)
    }

    @Test("Normalization works with resampling and keeps the duration")
    func withResampling() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("speech48.wav")
        let speech = Signal.speechLike(seconds: 5, peak: 0.3, seed: 7)
        let writer = try AudioFileWriter(
            path: path, options: AudioOutputOptions(sampleRate: 48_000, loudness: -18))
        try writer.write(speech)
        try writer.writeSilence(seconds: 1)
        let info = try writer.finish()
        #expect(info.sampleRate == 48_000)
        #expect(abs(info.frames - 6 * 48_000) <= 2)
        let after = try LoudnessMeasurement.measure(path: path)
        #expect(abs(after.integratedLoudness + 18) <= 1.0, "\(after)")
        #expect(after.truePeak <= -1, "\(after)")
        // The second of silence stays silent.
        let samples = try AudioFileReader(path: path).readAllFloats()
        #expect(samples[(5 * 48_000 + 480)...].allSatisfy { abs($0) < 1e-3 })
    }

    @Test("Silence alone is written unchanged")
    func silenceOnly() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("quiet.wav")
        let writer = try AudioFileWriter(path: path, options: AudioOutputOptions(loudness: -16))
        try writer.writeSilence(seconds: 2)
        let info = try writer.finish()
        #expect(info.loudness?.inputLoudness == -.infinity)
        #expect(info.loudness?.gain == 0)
        let samples = try AudioFileReader(path: path).readAllInt16()
        #expect(samples.count == 44_100)
        #expect(samples.allSatisfy { $0 == 0 })
        let measured = try LoudnessMeasurement.measure(path: path)
        #expect(measured.integratedLoudness == -.infinity)
        #expect(measured.truePeak == -.infinity)
    }

    @Test("The meter agrees with the definition: a full-scale 1 kHz sine is -3.01 LUFS")
    func meterReference() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("reference.wav")
        let writer = try AudioFileWriter(path: path, inputSampleRate: 48_000, options: AudioOutputOptions())
        try writer.write(Signal.sine(frequency: 1_000, seconds: 5, rate: 48_000, amplitude: 1))
        try writer.finish()
        let measured = try LoudnessMeasurement.measure(path: path)
        #expect(abs(measured.integratedLoudness + 3.01) < 0.05, "\(measured)")
        #expect(abs(measured.samplePeak) < 0.01)
    }

    /// Measures samples by writing them to a plain WAV file.
    private func measure(_ samples: [Int16], folder: TemporaryFolder) throws -> LoudnessMeasurement {
        let path = folder.file("input-\(UUID().uuidString).wav")
        let writer = try AudioFileWriter(path: path)
        try writer.write(samples)
        try writer.finish()
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try LoudnessMeasurement.measure(path: path)
    }
}

private func AudioFileReaderDuration(_ path: String) -> Double {
    (try? AudioFileReader(path: path).duration) ?? -1
}
