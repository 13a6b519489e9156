import Articles
import Audio
import Foundation
import Script
import Speech

#if canImport(Glibc)
    import Glibc
#endif

/// The worker side of a batch: one process that loads eSpeak NG, the voice profile and the
/// lexicon once, then renders each article its parent hands it in a child forked from that warm
/// state.
///
/// eSpeak NG carries state from one text to the next (the phase of its glottal source, among
/// others), and nothing in its API resets it: in a long-lived process the same article would
/// sound slightly different depending on what was read before it, and so on which worker read
/// it. A child forked from a process that has never spoken starts from the state of a fresh
/// process, every time: an article's audio is the same byte for byte whichever worker renders
/// it, in whatever order, and the same as `briefing speak` makes. Forking costs about a
/// millisecond; starting a process and loading eSpeak NG's data costs about twenty. A child also
/// isolates the article: if it crashes, only that article fails.
///
/// While one child finishes its file (the loudness pass, fsync, rename), the next is already
/// synthesizing: at most two children at a time. `briefing batch-worker` runs this.
public enum BatchWorker {
    /// Serves requests from `input` and replies on `output` until the input ends.
    /// Returns the process exit status: 0 after a clean end, 1 when the worker could not start.
    public static func serve(input: Int32, output: Int32) -> Int32 {
        // A parent that has gone away shows as EPIPE on the next reply, not as SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
        let channel = LineChannel(fd: input)
        let replies = ReplyWriter(fd: output)

        guard let line = channel.readLine(),
            let configuration = try? JSONDecoder().decode(WorkerConfiguration.self, from: Data(line))
        else {
            replies.send(WorkerReply(event: .fatal, error: "the batch worker got no configuration"))
            return 1
        }
        let speaker: ArticleSpeaker
        do {
            speaker = try makeSpeaker(configuration)
            // Load eSpeak NG's data now, once: every child inherits it. That includes its list of
            // voices, which it builds by reading every voice file the first time a voice is
            // selected by a name that is not a file name (en-us): hundreds of files per article
            // if each child had to do it. Listing voices does not touch the synthesis state.
            _ = try SpeechEngine.shared.sampleRate()
            _ = try SpeechEngine.shared.installedVoices()
            if speaker.profile.variant != nil { _ = try SpeechEngine.shared.installedVariants() }
        } catch {
            replies.send(WorkerReply(event: .fatal, error: message(error)))
            return 1
        }
        // Check the voice in a throwaway child, so this process never speaks.
        if let problem = checkVoice(speaker) {
            replies.send(WorkerReply(event: .fatal, error: problem))
            return 1
        }
        warmUp(speaker, mode: configuration.readingMode)
        replies.send(WorkerReply(event: .ready, peakMemoryKB: peakResidentMemoryKB()))

        let loader = ArticleLoader(options: SourceOptions(maxBytes: configuration.maxBytes, offline: true))
        let decoder = JSONDecoder()
        let mode = configuration.readingMode
        while true {
            children.reap(block: false, replies: replies)
            guard let line = channel.nextBufferedLine() else {
                if channel.atEnd { break }
                // Wake now and then to notice children that ended without a word (a crash).
                var pfd = pollfd(fd: input, events: Int16(POLLIN), revents: 0)
                if poll(&pfd, 1, 100) > 0 { channel.fill() }
                continue
            }
            guard let request = try? decoder.decode(WorkerRequest.self, from: Data(line)) else {
                replies.send(WorkerReply(event: .fatal, error: "the batch worker got a request it cannot read"))
                break
            }
            while children.count >= 2 { children.reap(block: true, replies: replies) }
            var marks: [Int32] = [-1, -1]
            guard makePipe(&marks, nonBlocking: true) else {
                replies.send(WorkerReply(event: .failed, id: request.id, error: "cannot create a pipe: \(String(cString: strerror(errno)))"))
                replies.send(WorkerReply(event: .want))
                continue
            }
            let pid = fork()
            if pid == 0 {
                close(marks[0])
                becomeChild()
                let status = render(request, speaker: speaker, mode: mode, loader: loader, replies: replies, marks: marks[1])
                _exit(status)
            }
            close(marks[1])
            if pid < 0 {
                close(marks[0])
                replies.send(WorkerReply(event: .failed, id: request.id, error: "cannot start a process: \(String(cString: strerror(errno)))"))
                replies.send(WorkerReply(event: .want))
                continue
            }
            children.add(Child(pid: pid, id: request.id, output: request.output, marks: marks[0]))
        }
        while children.count > 0 { children.reap(block: true, replies: replies) }
        return 0
    }

    /// Stops the children at once and removes their partial files (on SIGINT or SIGTERM).
    /// Safe to call from a signal handler's dispatch queue.
    public static func stopChildren() {
        children.killAll()
    }

    // MARK: The child

    /// What a child does after `fork`: default signal handling (it has no dispatch thread to
    /// run the parent's handlers), so SIGINT and SIGTERM stop it at once.
    private static func becomeChild() {
        signal(SIGINT, SIG_DFL)
        signal(SIGTERM, SIG_DFL)
        signal(SIGHUP, SIG_DFL)
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGINT)
        sigaddset(&set, SIGTERM)
        sigaddset(&set, SIGHUP)
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
        replyFailureExits = true
    }

    /// Renders one article and replies; the exit status of the child.
    private static func render(
        _ request: WorkerRequest, speaker: ArticleSpeaker, mode: ReadingMode, loader: ArticleLoader,
        replies: ReplyWriter, marks: Int32
    ) -> Int32 {
        func mark(_ byte: UInt8) { _ = LineChannel.writeAll(marks, [byte]) }
        let writer: AudioFileWriter
        do {
            let article = try request.article ?? loadArticle(request.path ?? "", loader: loader)
            let script = speaker.script(for: article, mode: mode)
            writer = try AudioFileWriter(path: request.output, inputSampleRate: try SpeechEngine.shared.sampleRate(), options: speaker.audio)
            do {
                let sink = BufferedWriterSink(writer: writer)
                var lastReport = Date()
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
            replies.send(WorkerReply(event: .failed, id: request.id, error: message(error), peakMemoryKB: peakResidentMemoryKB()))
            mark(Child.replied)
            replies.send(WorkerReply(event: .want))
            mark(Child.wanted)
            return 0
        }
        // Synthesis is over: the next article can start while this file is finished.
        replies.send(WorkerReply(event: .want))
        mark(Child.wanted)
        do {
            let info = try writer.finish()
            replies.send(WorkerReply(event: .done, id: request.id, seconds: info.duration, peakMemoryKB: peakResidentMemoryKB()))
        } catch {
            replies.send(WorkerReply(event: .failed, id: request.id, error: message(error), peakMemoryKB: peakResidentMemoryKB()))
        }
        mark(Child.replied)
        return 0
    }

    /// Runs every step of rendering but speech once, in this process, so that what the Swift
    /// runtime and the libraries set up on first use (type metadata, protocol conformance
    /// caches, encoder tables) is inherited by every child instead of redone in each.
    private static func warmUp(_ speaker: ArticleSpeaker, mode: ReadingMode) {
        let loader = ArticleLoader(options: SourceOptions(offline: true))
        let text = "Warm-up title\n\nThe council met on Sept. 23, 2024 at 10:00 and approved $3.5bn for 1990s housing.\n"
        let page = "<html><head><title>Warm-up</title></head><body><article><h1>Warm-up</h1><p>\(text)</p></article></body></html>"
        for (data, origin) in [(Data(text.utf8), "warm-up.txt"), (Data(page.utf8), "warm-up.html")] {
            if let article = (try? loader.articles(from: data, origin: origin))?.first {
                _ = speaker.script(for: article, mode: mode)
            }
        }
        let path = NSTemporaryDirectory() + "/briefing-warm-up-\(getpid()).\(speaker.audio.format?.fileExtension ?? "wav")"
        if let writer = try? AudioFileWriter(path: path, inputSampleRate: 22_050, options: speaker.audio) {
            let sink = BufferedWriterSink(writer: writer)
            let tone = [Int16](repeating: 100, count: 2205)
            try? tone.withUnsafeBufferPointer { try sink.write($0) }
            try? sink.writeSilence(seconds: 0.1)
            try? sink.flush()
            _ = try? writer.finish()
            unlink(path)
        }
        _ = LineChannel.encode(WorkerReply(event: .progress, id: 0, seconds: 0, error: message(BriefingError("warm-up"))))
        _ = try? JSONDecoder().decode(WorkerRequest.self, from: Data(#"{"id":0,"path":"x","output":"y"}"#.utf8))
        _ = peakResidentMemoryKB()
    }

    /// Speaks a word in a child; the error that stops the voice from speaking, if any.
    private static func checkVoice(_ speaker: ArticleSpeaker) -> String? {
        var pipe: [Int32] = [-1, -1]
        guard makePipe(&pipe) else { return "cannot create a pipe: \(String(cString: strerror(errno)))" }
        let pid = fork()
        if pid == 0 {
            close(pipe[0])
            becomeChild()
            do {
                var discard = DiscardingSpeechSink()
                try SpeechEngine.shared.synthesize("Ready.", settings: speaker.profile.speechSettings, into: &discard)
                _exit(0)
            } catch {
                _ = LineChannel.writeAll(pipe[1], Array(message(error).utf8.prefix(2000)))
                _exit(3)
            }
        }
        close(pipe[1])
        defer { close(pipe[0]) }
        guard pid > 0 else { return "cannot start a process: \(String(cString: strerror(errno)))" }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let channel = LineChannel(fd: pipe[0])
        while channel.fill() {}
        let text = String(decoding: channel.nextBufferedLine() ?? channel.remainder(), as: UTF8.self)
        let wait = WaitStatus(raw: status)
        if wait.exited && wait.exitCode == 0 { return nil }
        return text.isEmpty ? "eSpeak NG cannot speak (\(wait.description))" : text
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
        let text = (error as? ArticlesError)?.reason ?? String(describing: error)
        // Replies must stay short enough to be written in one piece (PIPE_BUF).
        return text.count > 1000 ? String(text.prefix(1000)) + "..." : text
    }

    private static let children = ChildRegistry()
    /// In a child, a reply that cannot be sent ends the child (its parent is gone).
    // nonisolated(unsafe): set once, right after `fork`, while the child has a single thread.
    nonisolated(unsafe) static var replyFailureExits = false
}

/// A forked child rendering one article.
struct Child {
    /// Written by the child to its mark pipe once it has sent `want`.
    static let wanted = UInt8(ascii: "w")
    /// Written once it has sent `done` or `failed`.
    static let replied = UInt8(ascii: "r")

    let pid: pid_t
    let id: Int
    let output: String
    /// Read end of the child's mark pipe.
    let marks: Int32
}

/// The children of a worker; touched from the main thread and from the signal handler's queue.
final class ChildRegistry: @unchecked Sendable {
    // @unchecked Sendable: `children` is only read or changed while `lock` is held.
    private let lock = NSLock()
    private var children: [pid_t: Child] = [:]

    var count: Int { lock.withLock { children.count } }

    func add(_ child: Child) { lock.withLock { children[child.pid] = child } }

    /// Collects ended children; for one that ended without saying so (a crash), replies on its
    /// behalf. With `block`, waits for at least one.
    func reap(block: Bool, replies: ReplyWriter) {
        var status: Int32 = 0
        var options = block ? 0 : WNOHANG
        while true {
            let pid = waitpid(-1, &status, options)
            if pid < 0 && errno == EINTR { continue }
            guard pid > 0 else { return }
            options = WNOHANG
            guard let child = lock.withLock({ children.removeValue(forKey: pid) }) else { continue }
            let channel = LineChannel(fd: child.marks)
            while channel.fill() {}
            let said = Set(channel.remainder())
            close(child.marks)
            let wait = WaitStatus(raw: status)
            if wait.signalled && [SIGINT, SIGTERM, SIGHUP].contains(wait.signal) {
                // The batch is being stopped: not the article's fault, and nobody waits for a reply.
                BatchRunner.removeLeftovers(of: child.output)
                continue
            }
            if !said.contains(Child.replied) {
                BatchRunner.removeLeftovers(of: child.output)
                replies.send(
                    WorkerReply(event: .failed, id: child.id, error: "rendering it stopped the process (\(wait.description))"))
            }
            if !said.contains(Child.wanted) { replies.send(WorkerReply(event: .want)) }
        }
    }

    /// Kills every child, waits for it, and removes its temporary files.
    func killAll() {
        let all = lock.withLock { Array(children.values) }
        for child in all { kill(child.pid, SIGKILL) }
        for child in all {
            var status: Int32 = 0
            while waitpid(child.pid, &status, 0) < 0 && errno == EINTR {}
            BatchRunner.removeLeftovers(of: child.output)
        }
    }
}

/// Feeds rendered speech to an ``AudioFileWriter`` in large blocks: eSpeak NG hands over about
/// 60 ms at a time, and passing each chunk on as it comes costs a `write` system call per chunk.
final class BufferedWriterSink: AudioSink {
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

/// Writes replies to the parent, one whole line at a time (lines stay under PIPE_BUF, so the
/// writes of a worker and its children never interleave).
final class ReplyWriter: @unchecked Sendable {
    // @unchecked Sendable: the descriptor is only written while `lock` is held.
    private let fd: Int32
    private let lock = NSLock()
    init(fd: Int32) { self.fd = fd }

    /// Sends a reply. If the parent is gone there is nothing left to do: a child removes its
    /// partial file and exits; the worker exits once its input ends.
    func send(_ reply: WorkerReply) {
        let line = LineChannel.encode(reply)
        let sent = lock.withLock { LineChannel.writeAll(fd, line) }
        if !sent && BatchWorker.replyFailureExits {
            PendingOutputs.removeAll()
            _exit(0)
        }
    }
}

/// Keeps nothing: for checking that a voice speaks.
private struct DiscardingSpeechSink: SpeechSink {
    mutating func receive(samples: UnsafeBufferPointer<Int16>, events: [SpeechEvent]) throws {}
}
