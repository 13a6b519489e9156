import Foundation
import TestSupport
import Testing

@testable import Audio

@Suite("Nothing lost: temporary files and atomic replacement")
struct AtomicOutputTests {
    private func writeOldFile(_ path: String) throws -> Data {
        let old = Data("an earlier briefing".utf8)
        try old.write(to: URL(fileURLWithPath: path))
        return old
    }

    @Test("While writing, only a hidden temporary file exists, registered as pending; finish renames it")
    func hiddenTemporary() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("news.mp3")
        let old = try writeOldFile(path)
        let writer = try AudioFileWriter(path: path, options: AudioOutputOptions(loudness: -16))
        try writer.write(Signal.speechLike(seconds: 1))
        let entries = folder.contents()
        #expect(entries.count == 2)  // the old file and one temporary (the loudness spool is unlinked)
        let temporary = try #require(entries.first { $0 != "news.mp3" })
        #expect(temporary.hasPrefix(".news.mp3."))
        #expect(temporary.hasSuffix(".tmp"))
        #expect(PendingOutputs.paths.contains(folder.file(temporary)))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == old)

        try writer.finish()
        #expect(folder.contents() == ["news.mp3"])
        #expect(!PendingOutputs.paths.contains(folder.file(temporary)))
        #expect(try AudioFileReader(path: path).format == .mp3)
        // The finished file has the usual permissions, not mkstemp's 0600.
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        let mode = (attributes[.posixPermissions] as? Int) ?? 0
        #expect(mode == 0o666 & ~currentUmask())
    }

    @Test("Cancel removes the temporary file and leaves an existing file untouched", arguments: [false, true])
    func cancel(normalizing: Bool) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("story.wav")
        let old = try writeOldFile(path)
        let writer = try AudioFileWriter(path: path, options: AudioOutputOptions(loudness: normalizing ? -16 : nil))
        try writer.write(Signal.sine(frequency: 440, seconds: 1))
        writer.cancel()
        writer.cancel()
        #expect(folder.contents() == ["story.wav"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == old)
        #expect(throws: AudioError.writerClosed(path: path)) { try writer.write([1, 2, 3]) }
        #expect(throws: AudioError.writerClosed(path: path)) { try writer.writeSilence(seconds: 1) }
        #expect(throws: AudioError.writerClosed(path: path)) { try writer.finish() }
    }

    @Test("A writer dropped without finish leaves nothing behind")
    func dropped() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        do {
            let writer = try AudioFileWriter(path: folder.file("abandoned.ogg"))
            try writer.write(Signal.sine(frequency: 440, seconds: 1))
            #expect(folder.contents().count == 1)
        }
        #expect(folder.contents().isEmpty)
    }

    @Test("An interruption (removing pending files) makes finish fail and keeps the old file")
    func interrupted() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("daily.wav")
        let old = try writeOldFile(path)
        // A private registry, so that other tests' pending files are left alone.
        let registry = PendingRegistry()
        let writer = try AudioFileWriter(
            path: path, inputSampleRate: 22_050, options: AudioOutputOptions(), riffLimit: WAVChunks.riffLimit,
            registry: registry)
        try writer.write(Signal.sine(frequency: 440, seconds: 1))
        #expect(registry.snapshot().count == 1)
        registry.removeAll()
        #expect(folder.contents() == ["daily.wav"])
        #expect(registry.snapshot().isEmpty)

        let error = #expect(throws: AudioError.self) { try writer.finish() }
        #expect(error?.description.contains("No such file or directory") == true, "\(String(describing: error))")
        #expect(folder.contents() == ["daily.wav"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == old)
    }

    @Test("A folder that cannot hold the file is a one-line error with the system's reason")
    func unwritableFolder() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let notAFolder = folder.file("plain-file")
        try Data("x".utf8).write(to: URL(fileURLWithPath: notAFolder))
        let error = #expect(throws: AudioError.self) { try AudioFileWriter(path: notAFolder + "/out.wav") }
        #expect(error?.description == "cannot create '\(notAFolder)/out.wav': Not a directory")

        let missing = folder.file("missing/out.wav")
        let second = #expect(throws: AudioError.self) { try AudioFileWriter(path: missing) }
        #expect(second?.description == "cannot create '\(missing)': the folder '\(folder.file("missing"))' does not exist")

        let third = #expect(throws: AudioError.self) { try AudioFileWriter(path: folder.path) }
        #expect(third?.description == "cannot create '\(folder.path)': it is a folder")
        #expect(folder.contents() == ["plain-file"])
    }

    @Test("Past the RIFF size limit the file becomes RF64 and still reads back exactly")
    func rf64() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("long.wav")
        let tone = Signal.sine(frequency: 440, seconds: 0.5)
        // A 10,000-byte limit stands in for 4 GB.
        let writer = try AudioFileWriter(
            path: path, inputSampleRate: 22_050, options: AudioOutputOptions(), riffLimit: 10_000,
            registry: PendingOutputs.registry)
        try writer.write(tone)
        let info = try writer.finish()
        #expect(info.frames == tone.count)

        let riff = try RIFFFile(path: path)
        #expect(riff.signature == "RF64")
        #expect(riff.sizeField == UInt32.max)
        let ds64 = try #require(riff.chunks().first)
        #expect(ds64.id == "ds64")
        #expect(riff.uint64(at: ds64.offset) == UInt64(riff.bytes.count - 8))
        #expect(riff.uint64(at: ds64.offset + 8) == UInt64(tone.count * 2))
        #expect(riff.uint64(at: ds64.offset + 16) == UInt64(tone.count))
        #expect(riff.chunks(dataSize: UInt64(tone.count * 2)).map(\.id) == ["ds64", "fmt ", "data"])

        let reader = try AudioFileReader(path: path)
        #expect(reader.format == .wav)
        #expect(reader.encoding == .pcm16)
        #expect(reader.frames == tone.count)
        #expect(try reader.readAllInt16() == tone)
    }

    @Test("Below the limit the reserved header space is an ordinary JUNK chunk")
    func reservedChunk() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("short.wav")
        let writer = try AudioFileWriter(path: path)
        try writer.write(Signal.sine(frequency: 440, seconds: 0.1))
        try writer.finish()
        let chunks = try RIFFFile(path: path).chunks()
        #expect(chunks.map(\.id) == ["fmt ", "JUNK", "data"])
        #expect(chunks[1].size == 28)
    }
}
