import Articles
import Audio
import Foundation
import Script
import Summarizer

// The parent and its workers talk in lines of JSON over the workers' standard input and output.
// Parent -> worker: one `WorkerConfiguration`, then one `WorkerRequest` per article; end of input
// means "no more work". Worker -> parent: `WorkerReply` lines: `ready` once; `progress` while an
// article is synthesized; `want` when it can take the next article (its last one may still be
// finishing: encoded, flushed to disk, renamed); `done` or `failed` when an article ends; `fatal`
// if the worker cannot work at all. The parent sends the first article unasked, then one per `want`.

/// How a worker renders: sent once, first.
struct WorkerConfiguration: Codable, Sendable, Hashable {
    /// What to read of each article.
    enum Mode: Codable, Sendable, Hashable {
        case fullText
        case sentences(Int)
        case words(Int)
        case seconds(Double, wordsPerMinute: Double)
    }

    /// The profile file to load (or a profile name when the profile has no file).
    var profile: String
    var mode: Mode
    var format: String
    var sampleRate: Int?
    var loudness: Double?
    var truePeak: Double
    var quality: Double?
    var maxBytes: Int

    init(settings: BatchSettings, sourceOptions: SourceOptions) {
        profile = settings.profile.file ?? settings.profile.name
        switch settings.mode {
        case .fullText: mode = .fullText
        case .summary(.sentences(let n)): mode = .sentences(n)
        case .summary(.words(let n)): mode = .words(n)
        case .summary(.seconds(let s, let wpm)): mode = .seconds(s, wordsPerMinute: wpm)
        }
        format = settings.format.rawValue
        sampleRate = settings.audio.sampleRate
        loudness = settings.audio.loudness
        truePeak = settings.audio.truePeak
        quality = settings.audio.quality
        maxBytes = sourceOptions.maxBytes
    }

    var readingMode: ReadingMode {
        switch mode {
        case .fullText: .fullText
        case .sentences(let n): .summary(.sentences(n))
        case .words(let n): .summary(.words(n))
        case .seconds(let s, let wpm): .summary(.seconds(s, wordsPerMinute: wpm))
        }
    }

    func audioOptions() throws(BriefingError) -> AudioOutputOptions {
        guard let format = AudioFormat(rawValue: format) else { throw BriefingError("unknown audio format '\(format)'") }
        return AudioOutputOptions(format: format, sampleRate: sampleRate, loudness: loudness, truePeak: truePeak, quality: quality)
    }
}

/// One article to render.
struct WorkerRequest: Codable, Sendable {
    var id: Int
    /// The article file to read, or nil when `article` is given.
    var path: String?
    var article: Article?
    var output: String
}

/// What a worker says.
struct WorkerReply: Codable, Sendable {
    enum Event: String, Codable, Sendable {
        case ready, progress, want, done, failed, fatal
    }

    var event: Event
    var id: Int?
    /// Seconds of audio rendered so far (`progress`) or in the file (`done`).
    var seconds: Double?
    var error: String?
    /// The worker's peak resident memory so far, in kilobytes (VmHWM).
    var peakMemoryKB: Int?
}

/// Reads and writes newline-terminated lines on a file descriptor.
final class LineChannel {
    let fd: Int32
    private var buffer: [UInt8] = []
    private var start = 0
    private(set) var atEnd = false

    init(fd: Int32) { self.fd = fd }

    /// The next complete line (without its newline) already buffered, if any.
    func nextBufferedLine() -> [UInt8]? {
        guard let newline = buffer[start...].firstIndex(of: 0x0A) else {
            if start > 0 {
                buffer.removeSubrange(0..<start)
                start = 0
            }
            return nil
        }
        let line = Array(buffer[start..<newline])
        start = newline + 1
        if start == buffer.count {
            buffer.removeAll(keepingCapacity: true)
            start = 0
        }
        return line
    }

    /// Reads what is available (blocking when the descriptor blocks); false at end of input or on error.
    @discardableResult
    func fill() -> Bool {
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n > 0 {
                buffer.append(contentsOf: chunk[0..<n])
                return true
            }
            if n < 0 && errno == EINTR { continue }
            if n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) { return true }
            atEnd = true
            return false
        }
    }

    /// What is buffered after the last complete line.
    func remainder() -> [UInt8] { Array(buffer[start...]) }

    /// The next line, reading (blocking) as needed; nil at end of input.
    func readLine() -> [UInt8]? {
        while true {
            if let line = nextBufferedLine() { return line }
            if !fill() { return nil }
        }
    }

    /// Writes all of `bytes`; false when the other end is gone.
    static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + offset, $0.count - offset) }
            if n < 0 {
                if errno == EINTR { continue }
                if errno == EAGAIN {
                    var pfd = pollfd(fd: fd, events: Int16(POLLOUT), revents: 0)
                    _ = poll(&pfd, 1, 1000)
                    continue
                }
                return false
            }
            offset += n
        }
        return true
    }

    /// Encodes `value` as one JSON line.
    static func encode(_ value: some Encodable) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        var bytes = (try? [UInt8](encoder.encode(value))) ?? []
        bytes.append(0x0A)
        return bytes
    }
}

/// This process's peak resident memory in kilobytes (VmHWM), or nil where /proc is missing.
func peakResidentMemoryKB(pid: String = "self") -> Int? {
    guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
        let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") })
    else { return nil }
    return Int(line.dropFirst("VmHWM:".count).trimmingCharacters(in: .whitespaces).split(separator: " ").first ?? "")
}
