import Foundation
import TestSupport
import Testing

@testable import Audio

@Suite("Writing audio files")
struct AudioFileWriterTests {
    @Test("WAV is 16-bit PCM mono at the input rate, with every sample exactly as written")
    func wavHeaderAndSamples() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("story.wav")
        let tone = Signal.sine(frequency: 440, seconds: 1.0)
        let writer = try AudioFileWriter(path: path)
        // In uneven chunks, as eSpeak NG delivers them.
        var start = 0
        for size in [1, 1000, 4095, 4096, 4097, 333] + Array(repeating: 2048, count: 20) where start < tone.count {
            let end = min(tone.count, start + size)
            try writer.write(Array(tone[start..<end]))
            start = end
        }
        try writer.write(Array(tone[start...]))
        let info = try writer.finish()
        #expect(info.frames == tone.count)
        #expect(info.sampleRate == 22_050)
        #expect(abs(info.duration - 1.0) < 1e-9)

        let riff = try RIFFFile(path: path)
        #expect(riff.signature == "RIFF")
        #expect(riff.form == "WAVE")
        #expect(Int(riff.sizeField) == riff.bytes.count - 8)
        let chunks = riff.chunks()
        let fmt = try #require(chunks.first { $0.id == "fmt " })
        #expect(riff.uint16(at: fmt.offset) == 1)  // WAVE_FORMAT_PCM
        #expect(riff.uint16(at: fmt.offset + 2) == 1)  // channels
        #expect(riff.uint32(at: fmt.offset + 4) == 22_050)  // sample rate
        #expect(riff.uint32(at: fmt.offset + 8) == 44_100)  // bytes per second
        #expect(riff.uint16(at: fmt.offset + 14) == 16)  // bits per sample
        let data = try #require(chunks.first { $0.id == "data" })
        #expect(data.size == tone.count * 2)

        let reader = try AudioFileReader(path: path)
        #expect(reader.format == .wav)
        #expect(reader.encoding == .pcm16)
        #expect(reader.channels == 1)
        #expect(reader.sampleRate == 22_050)
        #expect(reader.frames == tone.count)
        #expect(try reader.readAllInt16() == tone)
    }

    @Test("Silence has the exact length asked for and is digital zero")
    func silence() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("pauses.wav")
        let tone = Signal.sine(frequency: 300, seconds: 0.1)
        let writer = try AudioFileWriter(path: path)
        try writer.write(tone)
        try writer.writeSilence(seconds: 0.75)
        #expect(writer.frameCount == tone.count + 16_538)  // 0.75 s * 22,050 = 16,537.5, rounded
        try writer.write(tone)
        try writer.writeSilence(seconds: 2.5)  // longer than one internal block
        try writer.writeSilence(seconds: 0)
        try writer.writeSilence(seconds: -1)
        try writer.writeSilence(seconds: .nan)
        #expect(abs(writer.duration - (0.2 + 16_538.0 / 22_050 + 2.5)) < 1e-9)
        try writer.finish()

        let samples = try AudioFileReader(path: path).readAllInt16()
        #expect(samples.count == 2 * tone.count + 16_538 + 55_125)
        #expect(Array(samples[0..<tone.count]) == tone)
        let gap = samples[tone.count..<(tone.count + 16_538)]
        #expect(gap.allSatisfy { $0 == 0 })
        #expect(Array(samples[(tone.count + 16_538)..<(2 * tone.count + 16_538)]) == tone)
        #expect(samples[(2 * tone.count + 16_538)...].allSatisfy { $0 == 0 })
    }

    static let formats: [(AudioFormat, expectedRate: Int, encoding: AudioEncoding)] = [
        (.wav, 22_050, .pcm16), (.flac, 22_050, .pcm16), (.ogg, 22_050, .vorbis), (.opus, 48_000, .opus),
        (.mp3, 22_050, .mp3),
    ]

    @Test("Every format reads back through libsndfile with its rate, length and pitch", arguments: formats)
    func everyFormat(format: AudioFormat, expectedRate: Int, encoding: AudioEncoding) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("tone." + format.fileExtension)
        let writer = try AudioFileWriter(path: path)  // format from the extension
        #expect(writer.format == format)
        try writer.write(Signal.sine(frequency: 440, seconds: 2.0))
        try writer.writeSilence(seconds: 0.5)
        let info = try writer.finish()
        #expect(info.sampleRate == expectedRate)
        #expect(info.format == format)

        let reader = try AudioFileReader(path: path)
        #expect(reader.format == format)
        #expect(reader.encoding == encoding)
        #expect(reader.sampleRate == expectedRate)
        #expect(reader.channels == 1)
        #expect(abs(reader.duration - 2.5) < 0.06, "duration \(reader.duration)")
        let samples = try reader.readAllFloats()
        #expect(abs(Double(samples.count) / Double(expectedRate) - 2.5) < 0.06)
        // The tone is there (away from the edges, where lossy codecs ramp) at the right pitch.
        let middle = Array(samples[(expectedRate / 4)..<(expectedRate * 7 / 4)])
        #expect(abs(Signal.frequency(of: middle, rate: expectedRate) - 440) < 2)
        let level = sqrt(middle.reduce(0) { $0 + Double($1 * $1) } / Double(middle.count))
        #expect(abs(level - 0.5 / 2.0.squareRoot()) < 0.05, "RMS \(level)")
        // And the pause is (nearly) silent.
        let pause = samples[(expectedRate * 21 / 10)..<(expectedRate * 24 / 10)]
        #expect(pause.allSatisfy { abs($0) < 0.02 })
    }

    @Test("An explicit format wins over the extension; no extension means WAV")
    func explicitFormat() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let flacNamedBin = folder.file("audio.bin")
        let writer = try AudioFileWriter(path: flacNamedBin, options: AudioOutputOptions(format: .flac))
        try writer.write(Signal.sine(frequency: 440, seconds: 0.2))
        try writer.finish()
        #expect(try AudioFileReader(path: flacNamedBin).format == .flac)

        let bare = folder.file("audio")
        let second = try AudioFileWriter(path: bare)
        #expect(second.format == .wav)
        second.cancel()

        #expect(AudioFormat(pathExtension: "WAV") == .wav)
        #expect(AudioFormat(pathExtension: "oga") == .ogg)
        #expect(AudioFormat(pathExtension: "m4a") == nil)
        #expect(AudioFormat.allCases.allSatisfy { AudioFormat(pathExtension: $0.fileExtension) == $0 })
    }

    @Test("Resampling keeps the duration and the pitch", arguments: [44_100, 48_000], [AudioFormat.wav, .flac])
    func resampling(rate: Int, format: AudioFormat) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("resampled." + format.fileExtension)
        let tone = Signal.sine(frequency: 1_000, seconds: 3.0)
        let writer = try AudioFileWriter(path: path, options: AudioOutputOptions(sampleRate: rate))
        #expect(writer.outputSampleRate == rate)
        for chunk in stride(from: 0, to: tone.count, by: 1_500) {
            try writer.write(Array(tone[chunk..<min(tone.count, chunk + 1_500)]))
        }
        let info = try writer.finish()
        #expect(abs(info.frames - 3 * rate) <= 2, "\(info.frames) frames")

        let reader = try AudioFileReader(path: path)
        #expect(reader.sampleRate == rate)
        #expect(abs(reader.frames - 3 * rate) <= 2)
        let samples = try reader.readAllFloats()
        let middle = Array(samples[(rate / 2)..<(rate * 5 / 2)])
        #expect(abs(Signal.frequency(of: middle, rate: rate) - 1_000) < 2)
        let peak = middle.map(abs).max() ?? 0
        #expect(abs(peak - 0.5) < 0.01, "peak \(peak)")
    }

    @Test("Opus without a rate is written at 48 kHz; an unsupported rate is a clear error")
    func opusRates() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let automatic = try AudioFileWriter(path: folder.file("a.opus"))
        #expect(automatic.outputSampleRate == 48_000)
        automatic.cancel()
        let kept = try AudioFileWriter(path: folder.file("b.opus"), inputSampleRate: 16_000)
        #expect(kept.outputSampleRate == 16_000)
        kept.cancel()
        let chosen = try AudioFileWriter(path: folder.file("c.opus"), options: AudioOutputOptions(sampleRate: 24_000))
        #expect(chosen.outputSampleRate == 24_000)
        chosen.cancel()

        let error = #expect(throws: AudioError.self) {
            try AudioFileWriter(path: folder.file("d.opus"), options: AudioOutputOptions(sampleRate: 44_100))
        }
        #expect(error?.description == "Opus cannot be written at 44100 Hz; use one of 8000, 12000, 16000, 24000, 48000 Hz")
        #expect(throws: AudioError.unsupportedSampleRate(format: .mp3, rate: 96_000, supported: AudioFormat.mp3.supportedSampleRates!)) {
            try AudioFileWriter(path: folder.file("e.mp3"), options: AudioOutputOptions(sampleRate: 96_000))
        }
        #expect(throws: AudioError.invalidSampleRate(0)) {
            try AudioFileWriter(path: folder.file("f.wav"), inputSampleRate: 0, options: AudioOutputOptions())
        }
        #expect(folder.contents().isEmpty)
    }

    @Test("Options out of range and unknown extensions are rejected with one-line messages")
    func badOptions() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let cases: [(String, AudioOutputOptions, String)] = [
            ("a.xyz", AudioOutputOptions(), "'.xyz'"),
            ("b.wav", AudioOutputOptions(loudness: 5), "loudness target"),
            ("c.wav", AudioOutputOptions(loudness: .nan), "loudness target"),
            ("d.wav", AudioOutputOptions(loudness: -16, truePeak: 3), "true-peak limit"),
            ("e.ogg", AudioOutputOptions(quality: 1.5), "quality"),
        ]
        for (name, options, fragment) in cases {
            let error = #expect(throws: AudioError.self) {
                try AudioFileWriter(path: folder.file(name), options: options)
            }
            let message = error?.description ?? ""
            #expect(message.contains(fragment), "\(message)")
            #expect(!message.contains("\n"))
        }
        #expect(folder.contents().isEmpty)
    }

    @Test("Quality changes the size of lossy files")
    func quality() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let speech = Signal.speechLike(seconds: 4)
        for format in [AudioFormat.ogg, .opus, .mp3] {
            var sizes: [Int] = []
            for quality in [0.1, 0.9] {
                let path = folder.file("q\(quality).\(format.fileExtension)")
                let writer = try AudioFileWriter(path: path, options: AudioOutputOptions(quality: quality))
                try writer.write(speech)
                try writer.finish()
                sizes.append(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int ?? 0)
            }
            #expect(sizes[0] < sizes[1], "\(format): \(sizes)")
        }
    }

    @Test("Empty WAV and Ogg files are valid; formats that cannot be empty refuse", arguments: AudioFormat.allCases)
    func empty(format: AudioFormat) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("empty." + format.fileExtension)
        let writer = try AudioFileWriter(path: path)
        switch format {
        case .wav, .ogg:
            let info = try writer.finish()
            #expect(info.frames == 0)
            let reader = try AudioFileReader(path: path)
            #expect(reader.frames == 0)
            #expect(try reader.readAllInt16().isEmpty)
        case .flac, .opus, .mp3:
            #expect(throws: AudioError.nothingWritten(path: path, format: format)) { try writer.finish() }
            #expect(folder.contents().isEmpty)
        }
    }

    @Test("Reading a file that is not audio names the file and libsndfile's reason")
    func readingGarbage() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("notes.wav")
        try Data("not audio at all".utf8).write(to: URL(fileURLWithPath: path))
        let error = #expect(throws: AudioError.self) { try AudioFileReader(path: path) }
        let message = error?.description ?? ""
        #expect(message.hasPrefix("cannot open '\(path)': "))
        #expect(message.count > "cannot open '\(path)': ".count + 5)
        #expect(throws: AudioError.self) { try LoudnessMeasurement.measure(path: folder.file("missing.wav")) }
    }
}
