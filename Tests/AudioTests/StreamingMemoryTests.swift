import Foundation
import Testing

@testable import Audio

#if os(Linux)
    @Suite("Streaming")
    struct StreamingMemoryTests {
        /// The process's resident memory in bytes, from /proc/self/statm.
        private func residentBytes() -> Int {
            guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
            let fields = text.split(separator: " ")
            guard fields.count > 1, let pages = Int(fields[1]) else { return 0 }
            return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
        }

        @Test(
            "Memory does not grow with the length of the audio",
            arguments: [
                AudioOutputOptions(), AudioOutputOptions(format: .mp3, sampleRate: 44_100),
                AudioOutputOptions(format: .opus, loudness: -16),
            ])
        func constantMemory(options: AudioOutputOptions) throws {
            let folder = try ScratchFolder()
            defer { folder.remove() }
            let chunk = Signal.speechLike(seconds: 0.25)
            let writer = try AudioFileWriter(path: folder.file("long.wav"), options: options)
            // Warm up (buffers, encoder state), then write 4 minutes: 10.6 MB as 16-bit samples,
            // 21 MB as floats, 46 MB as 48 kHz floats, were any of it kept.
            for _ in 0..<20 { try writer.write(chunk) }
            let before = residentBytes()
            for _ in 0..<960 { try writer.write(chunk) }
            let growth = residentBytes() - before
            // Other tests run in parallel and allocate too: allow them some room.
            #expect(growth < 8_000_000, "resident memory grew by \(growth) bytes")
            #expect(abs(writer.duration - Double(980 * chunk.count) / 22_050) < 1e-9)
            writer.cancel()
            #expect(try folder.contents().isEmpty)
        }
    }
#endif
