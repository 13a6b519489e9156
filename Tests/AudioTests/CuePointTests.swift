import Foundation
import TestSupport
import Testing

@testable import Audio

@Suite("Cue points")
struct CuePointTests {
    @Test("Markers become WAV cue points with labels that read back through libsndfile")
    func cuesReadBack() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("briefing.wav")
        let writer = try AudioFileWriter(path: path)
        writer.addMarker(label: "Intro")
        try writer.write(Signal.sine(frequency: 440, seconds: 1))
        try writer.writeSilence(seconds: 0.5)
        writer.addMarker(label: "Café in Zürich – story 2")
        try writer.write(Signal.sine(frequency: 550, seconds: 1))
        writer.addMarker(label: "Odd", atFrame: 12_345)
        writer.addMarker(label: "Weather", atSeconds: 2.25)
        let info = try writer.finish()

        let expected = [
            AudioMarker(label: "Intro", frame: 0, sampleRate: 22_050),
            AudioMarker(label: "Odd", frame: 12_345, sampleRate: 22_050),
            AudioMarker(label: "Café in Zürich – story 2", frame: 33_075, sampleRate: 22_050),
            AudioMarker(label: "Weather", frame: 49_613, sampleRate: 22_050),
        ]
        #expect(info.markers == expected)
        let reader = try AudioFileReader(path: path)
        #expect(reader.markers == expected)
        #expect(abs(reader.markers[2].seconds - 1.5) < 1e-9)
        // The audio is unaffected by the chunks after it.
        #expect(reader.frames == 2 * 22_050 + 11_025)
        #expect(try reader.readAllInt16().count == 2 * 22_050 + 11_025)

        // The file layout, read without libsndfile: cue and LIST/adtl after the data, sizes right.
        let riff = try RIFFFile(path: path)
        #expect(Int(riff.sizeField) == riff.bytes.count - 8)
        let ids = riff.chunks().map(\.id)
        #expect(ids.suffix(3) == ["data", "cue ", "LIST"])
        let list = try #require(riff.chunks().first { $0.id == "LIST" })
        #expect(String(decoding: riff.bytes[list.offset..<(list.offset + 4)], as: UTF8.self) == "adtl")
        #expect(list.offset + list.size == riff.bytes.count)
    }

    @Test("Marker positions follow resampling and normalization")
    func cuesResampled() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("resampled.wav")
        let writer = try AudioFileWriter(
            path: path, options: AudioOutputOptions(sampleRate: 48_000, loudness: -16))
        try writer.write(Signal.speechLike(seconds: 1.5))
        writer.addMarker(label: "Second story")
        try writer.write(Signal.speechLike(seconds: 1, seed: 2))
        writer.addMarker(label: "Past the end", atSeconds: 99)
        writer.addMarker(label: "Nowhere", atSeconds: -.infinity)
        try writer.finish()

        let reader = try AudioFileReader(path: path)
        #expect(reader.markers.map(\.label) == ["Nowhere", "Second story", "Past the end"])
        #expect(reader.markers.map(\.frame) == [0, 72_000, reader.frames])
        #expect(abs(reader.frames - 120_000) <= 2)
    }

    @Test("Long labels are cut at 255 bytes on a character boundary")
    func longLabel() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("long.wav")
        let label = String(repeating: "é", count: 200)  // 400 bytes
        let writer = try AudioFileWriter(path: path)
        writer.addMarker(label: label)
        writer.addMarker(label: "after")
        try writer.write(Signal.sine(frequency: 440, seconds: 0.1))
        try writer.finish()
        let markers = try AudioFileReader(path: path).markers
        #expect(markers.map(\.label) == [String(repeating: "é", count: 127), "after"])
    }

    @Test("Other formats keep markers in the returned info only")
    func markersElsewhere() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("chapters.flac")
        let writer = try AudioFileWriter(path: path)
        try writer.write(Signal.sine(frequency: 440, seconds: 0.5))
        writer.addMarker(label: "Two")
        try writer.write(Signal.sine(frequency: 440, seconds: 0.5))
        let info = try writer.finish()
        #expect(info.markers == [AudioMarker(label: "Two", frame: 11_025, sampleRate: 22_050)])
        let reader = try AudioFileReader(path: path)
        #expect(reader.markers.isEmpty)
        #expect(reader.frames == 22_050)
    }
}
