import Articles
import Audio
import Foundation
import Script
import Speech

/// The worker side of a batch: one process that keeps eSpeak NG, the voice profile and the
/// lexicon loaded, and renders the articles its parent hands it, one at a time.
///
/// `briefing batch-worker` runs this; users never call it. Errors in one article are reported to
/// the parent and the worker goes on with the next.
public enum BatchWorker {
    /// Serves requests from `input` and replies on `output` until the input ends.
    /// Returns the process exit status: 0 after a clean end, 1 when the worker could not start.
    public static func serve(input: Int32, output: Int32) -> Int32 {
        let channel = LineChannel(fd: input)
        let replies = ReplyWriter(fd: output)

        guard let line = channel.readLine(),
            let configuration = try? JSONDecoder().decode(WorkerConfiguration.self, from: Data(line))
        else {
            replies.send(WorkerReply(event: .fatal, error: "the batch worker got no configuration"))
            return 1
        }
        let speaker: ArticleSpeaker
        let mode = configuration.readingMode
        do {
            speaker = try makeSpeaker(configuration)
            // Start eSpeak NG and check the voice once, before the first article.
            var discard = DiscardingSpeechSink()
            try SpeechEngine.shared.synthesize("Ready.", settings: speaker.profile.speechSettings, into: &discard)
        } catch {
            replies.send(WorkerReply(event: .fatal, error: message(error)))
            return 1
        }
        replies.send(WorkerReply(event: .ready, peakMemoryKB: peakResidentMemoryKB()))

        // Finishing a file (encoding the loudness pass, fsync, rename) happens on a second thread
        // while the next article is synthesized: the disk wait does not stall eSpeak NG.
        let finisher = DispatchQueue(label: "briefing.batch.finish")
        let finishing = DispatchGroup()
        let loader = ArticleLoader(options: SourceOptions(maxBytes: configuration.maxBytes, offline: true))
        let decoder = JSONDecoder()
        while let line = channel.readLine() {
            guard let request = try? decoder.decode(WorkerRequest.self, from: Data(line)) else {
                replies.send(WorkerReply(event: .fatal, error: "the batch worker got a request it cannot read"))
                finishing.wait()
                return 1
            }
            let writer: AudioFileWriter
            do {
                let article = try request.article ?? loadArticle(request.path ?? "", loader: loader)
                let script = speaker.script(for: article, mode: mode)
                writer = try AudioFileWriter(path: request.output, inputSampleRate: try SpeechEngine.shared.sampleRate(), options: speaker.audio)
                do {
                    var lastReport = Date()
                    let sink = BufferedWriterSink(writer: writer)
                    _ = try ScriptRenderer().render(script, to: sink) { seconds in
                        let now = Date()
                        guard now.timeIntervalSince(lastReport) >= 0.5 else { return }
                        lastReport = now
                        replies.send(WorkerReply(event: .progress, id: request.id, seconds: seconds))
                    }
                    try sink.flush()
                } catch {
                    writer.cancel()
                    throw error
                }
            } catch {
                replies.send(WorkerReply(event: .failed, id: request.id, error: message(error)))
                replies.send(WorkerReply(event: .want))
                continue
            }
            // One file finishing at a time; then ask for the next article while this one finishes.
            finishing.wait()
            let handoff = WriterHandoff(writer: writer)
            finishing.enter()
            finisher.async {
                defer { finishing.leave() }
                do {
                    let info = try handoff.writer.finish()
                    replies.send(WorkerReply(event: .done, id: request.id, seconds: info.duration, peakMemoryKB: peakResidentMemoryKB()))
                } catch {
                    replies.send(WorkerReply(event: .failed, id: request.id, error: message(error), peakMemoryKB: peakResidentMemoryKB()))
                }
            }
            replies.send(WorkerReply(event: .want))
        }
        finishing.wait()
        return 0
    }

    private static func makeSpeaker(_ configuration: WorkerConfiguration) throws -> ArticleSpeaker {
        let profile = try ProfileCatalog.shipped().profile(named: configuration.profile)
        return try ArticleSpeaker(profile: profile, audio: try configuration.audioOptions())
    }

    /// The one article of a file.
    private static func loadArticle(_ path: String, loader: ArticleLoader) throws -> Article {
        let articles = try loader.load(path)
        guard articles.count == 1, let article = articles.first else {
            throw BriefingError(articles.isEmpty ? "holds no article" : "holds \(articles.count) articles; it changed while the batch ran")
        }
        return article
    }

    /// A one-line reason, without the input's path (the parent names the input).
    static func message(_ error: any Error) -> String {
        if let error = error as? ArticlesError { return error.reason }
        return String(describing: error)
    }
}

/// Feeds rendered speech to an ``AudioFileWriter`` in large blocks: eSpeak NG hands over about
/// 60 ms at a time, and passing each chunk on as it comes costs a `write` system call per chunk.
private final class BufferedWriterSink: AudioSink {
    private let writer: AudioFileWriter
    private var buffer: [Int16] = []
    private static let capacity = 65_536

    init(writer: AudioFileWriter) {
        self.writer = writer
        buffer.reserveCapacity(Self.capacity)
    }

    func write(_ samples: UnsafeBufferPointer<Int16>) throws {
        if buffer.count + samples.count > Self.capacity { try flush() }
        if samples.count >= Self.capacity {
            try writer.write(samples)
        } else {
            buffer.append(contentsOf: samples)
        }
    }

    func writeSilence(seconds: Double) throws {
        // Rounded as the writer rounds it, so the timeline is the same.
        guard seconds.isFinite, seconds > 0 else { return }
        var frames = Int((seconds * Double(writer.inputSampleRate)).rounded())
        while frames > 0 {
            if buffer.count == Self.capacity { try flush() }
            let count = min(frames, Self.capacity - buffer.count)
            buffer.append(contentsOf: repeatElement(0, count: count))
            frames -= count
        }
    }

    func addMarker(label: String, atSeconds seconds: Double) {
        writer.addMarker(label: label, atSeconds: seconds)
    }

    /// Passes on what is buffered.
    func flush() throws {
        guard !buffer.isEmpty else { return }
        try writer.write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}

/// Writes replies to the parent, one whole line at a time, from any thread.
private final class ReplyWriter: @unchecked Sendable {
    // @unchecked Sendable: the descriptor is only written while `lock` is held.
    private let fd: Int32
    private let lock = NSLock()
    init(fd: Int32) { self.fd = fd }

    /// Sends a reply; if the parent is gone the worker has nothing left to do and exits.
    func send(_ reply: WorkerReply) {
        let line = LineChannel.encode(reply)
        let sent = lock.withLock { LineChannel.writeAll(fd, line) }
        if !sent { exit(0) }
    }
}

/// Moves a finished-rendering writer to the thread that completes it.
private struct WriterHandoff: @unchecked Sendable {
    // @unchecked Sendable: the rendering thread stops using the writer before handing it over,
    // so only one thread ever uses it at a time.
    let writer: AudioFileWriter
}

/// Counts nothing and keeps nothing: for checking that a voice speaks.
private struct DiscardingSpeechSink: SpeechSink {
    mutating func receive(samples: UnsafeBufferPointer<Int16>, events: [SpeechEvent]) throws {}
}
