import Articles
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// How far a batch has got.
public struct BatchProgress: Sendable, Hashable {
    /// Outputs this run renders (up-to-date ones not counted).
    public var total: Int
    /// Outputs rendered so far.
    public var done: Int
    /// Outputs that failed so far.
    public var failed: Int
    /// Seconds of audio rendered so far, the files being rendered included.
    public var audioSeconds: Double
    /// Seconds since rendering started.
    public var elapsed: Double
    /// Work finished and total, in bytes of text: what the time left is estimated from.
    public var workDone: Int
    /// All the work of this run, in bytes of text.
    public var workTotal: Int
    /// Worker processes running.
    public var workers: Int

    /// Outputs finished, well or not.
    public var finished: Int { done + failed }

    /// Seconds of audio rendered per second of wall time.
    public var speed: Double { elapsed > 0 ? audioSeconds / elapsed : 0 }

    /// Estimated seconds left, once there is something to estimate from.
    public var remaining: Double? {
        guard workDone > 0, elapsed > 0.5 else { return nil }
        return elapsed * Double(max(0, workTotal - workDone)) / Double(workDone)
    }
}

/// Something that happened in a running batch.
public enum BatchEvent: Sendable {
    /// An output was rendered or failed.
    case finished(BatchFileResult, BatchProgress)
    /// Time passed (a few times a second); for progress displays.
    case tick(BatchProgress)
}

/// How a batch ended.
public struct BatchSummary: Sendable {
    /// Every outcome: failures found while planning, up-to-date outputs, and this run's results.
    public var results: [BatchFileResult]
    /// Outputs this run meant to render.
    public var planned: Int
    /// Outputs this run meant to render that were neither rendered nor failed (interrupted).
    public var unfinished: Int
    /// Outputs that belong to other shards.
    public var otherShards: Int
    /// Seconds of audio rendered in this run.
    public var audioSeconds: Double
    /// Wall-clock seconds the rendering took.
    public var elapsed: Double
    /// The signal that interrupted the batch, if one did.
    public var interruptedBy: Int32?
    /// Worker processes started.
    public var workersStarted: Int
    /// The peak resident memory of each worker, in kilobytes (VmHWM), where it could be read.
    public var workerPeakMemoryKB: [Int]

    /// Results of one status.
    public func results(_ status: BatchFileResult.Status) -> [BatchFileResult] { results.filter { $0.status == status } }
    /// The failures, sorted by input.
    public var failures: [BatchFileResult] {
        results(.failed).sorted { ($0.input, $0.item ?? "") < ($1.input, $1.item ?? "") }
    }
}

/// Renders a planned batch with worker processes: N copies of the `briefing` binary, each with
/// eSpeak NG warm, fed one article at a time, longest first, so all stay busy when lengths differ.
///
/// Failures are isolated: an article that cannot be read or rendered is reported and skipped; a
/// worker that crashes costs only its article and is replaced. ``interrupt(signal:)`` (safe from
/// any thread, e.g. a signal handler's queue) stops the workers, which remove their partial files,
/// and ``run(_:onEvent:)`` returns what finished. The manifest is updated as outputs finish.
public final class BatchRunner: @unchecked Sendable {
    // @unchecked Sendable: only `interrupt(signal:)` is called from other threads, and it only
    // writes a byte to a pipe; everything else runs on the caller's thread inside `run`.

    /// What the outputs are rendered with.
    public let settings: BatchSettings
    /// The folder the outputs go into.
    public let outputFolder: String
    /// How many workers to run at most.
    public let jobs: Int
    /// The shard this run renders, for the manifest's name.
    public let shard: BatchShard?
    /// How sources are read by the workers.
    public let sourceOptions: SourceOptions
    /// The command that starts a worker: an executable and its arguments.
    public let workerCommand: [String]

    private let wakeRead: Int32
    private let wakeWrite: Int32

    /// Creates a runner; `workerCommand` is the executable and arguments that start
    /// ``BatchWorker/serve(input:output:)`` (`briefing batch-worker`).
    public init(
        settings: BatchSettings, outputFolder: String, jobs: Int, shard: BatchShard? = nil,
        sourceOptions: SourceOptions = SourceOptions(), workerCommand: [String]
    ) throws(BriefingError) {
        guard jobs >= 1 else { throw BriefingError("--jobs must be at least 1") }
        guard let executable = workerCommand.first, !executable.isEmpty else { throw BriefingError("no worker command") }
        _ = executable
        self.settings = settings
        self.outputFolder = outputFolder
        self.jobs = jobs
        self.shard = shard
        self.sourceOptions = sourceOptions
        self.workerCommand = workerCommand
        var fds: [Int32] = [-1, -1]
        guard makePipe(&fds, nonBlocking: true) else {
            throw BriefingError("cannot create a pipe: \(String(cString: strerror(errno)))")
        }
        wakeRead = fds[0]
        wakeWrite = fds[1]
    }

    deinit {
        close(wakeRead)
        close(wakeWrite)
    }

    /// Stops the batch: workers are stopped, finished outputs kept, partial ones removed.
    /// Safe to call from any thread, more than once.
    public func interrupt(signal: Int32 = SIGINT) {
        var byte = UInt8(truncatingIfNeeded: signal)
        _ = write(wakeWrite, &byte, 1)
    }

    /// The path of this run's manifest file.
    public var manifestPath: String { BatchPlanner.join(outputFolder, BatchManifest.fileName(shard: shard)) }

    /// Renders `plan`'s jobs, reporting each outcome to `onEvent` as it happens.
    /// Throws only when the batch cannot run at all (no output folder, workers that cannot start).
    public func run(_ plan: BatchPlan, onEvent: (BatchEvent) -> Void) throws(BriefingError) -> BatchSummary {
        signal(SIGPIPE, SIG_IGN)
        do {
            try FileManager.default.createDirectory(atPath: outputFolder, withIntermediateDirectories: true)
        } catch {
            throw BriefingError("cannot create the output folder \(outputFolder): \(AtomicFile.reason(error))")
        }
        var state = RunState(plan: plan, manifest: BatchManifest.read(path: manifestPath), start: Date())
        let options = settings.fingerprint()
        let configuration = LineChannel.encode(WorkerConfiguration(settings: settings, sourceOptions: sourceOptions))
        var slots: [WorkerSlot] = []
        var fatal: String?
        var interruptedBy: Int32?
        var nextID = 0
        var lastTick = Date.distantPast
        var lastManifestWrite = Date()
        var manifestDirty = false

        func progress() -> BatchProgress {
            BatchProgress(
                total: plan.jobs.count, done: state.done, failed: state.failedCount,
                audioSeconds: state.audioSeconds + slots.reduce(0) { $0 + $1.progress.values.reduce(0, +) },
                elapsed: Date().timeIntervalSince(state.start), workDone: state.workDone,
                workTotal: state.workTotal, workers: slots.count)
        }

        func record(_ result: BatchFileResult, cost: Int) {
            state.results.append(result)
            state.workDone += cost
            if result.status == .done {
                state.done += 1
                state.audioSeconds += result.seconds ?? 0
            } else {
                state.failedCount += 1
            }
            onEvent(.finished(result, progress()))
        }

        func saveManifest(force: Bool) {
            guard manifestDirty, force || Date().timeIntervalSince(lastManifestWrite) >= 0.5 else { return }
            // A manifest that cannot be written costs only --resume; the outputs are in place.
            try? state.manifest.write(to: manifestPath)
            manifestDirty = false
            lastManifestWrite = Date()
        }

        /// Hands the slot its next article, or closes its input when there is none.
        func assign(_ slot: WorkerSlot) {
            while let job = state.pending.popLast() {
                let folder = (job.outputPath as NSString).deletingLastPathComponent
                do {
                    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                } catch {
                    record(
                        BatchFileResult(
                            input: job.inputDisplay, item: job.item, output: job.outputPath, status: .failed,
                            error: "cannot create the folder \(folder): \(AtomicFile.reason(error))"), cost: job.cost)
                    continue
                }
                nextID += 1
                let request: WorkerRequest
                switch job.input {
                case .file(let path): request = WorkerRequest(id: nextID, path: path, article: nil, output: job.outputPath)
                case .article(let article): request = WorkerRequest(id: nextID, path: nil, article: article, output: job.outputPath)
                }
                slot.inFlight[nextID] = job
                if !slot.process.send(LineChannel.encode(request)) {
                    // The worker is gone; its end of output is handled below and the job retried.
                    state.pending.append(job)
                    slot.inFlight[nextID] = nil
                }
                return
            }
            slot.closeInput()
        }

        func startWorker() throws(BriefingError) -> WorkerSlot {
            let process = try WorkerProcess(executable: workerCommand[0], arguments: Array(workerCommand.dropFirst()))
            let slot = WorkerSlot(process: process)
            state.workersStarted += 1
            _ = process.send(configuration)
            return slot
        }

        /// Acts on every complete line the worker has written.
        func handleReplies(from slot: WorkerSlot, assigning: Bool) {
            while let line = slot.output.nextBufferedLine() {
                guard let reply = try? JSONDecoder().decode(WorkerReply.self, from: Data(line)) else { continue }
                if let peak = reply.peakMemoryKB { slot.peakMemoryKB = max(slot.peakMemoryKB, peak) }
                switch reply.event {
                case .ready:
                    slot.ready = true
                case .progress:
                    if let id = reply.id, let seconds = reply.seconds, slot.inFlight[id] != nil { slot.progress[id] = seconds }
                case .want:
                    if assigning { assign(slot) }
                case .done, .failed:
                    guard let id = reply.id, let job = slot.inFlight.removeValue(forKey: id) else { continue }
                    slot.progress[id] = nil
                    if reply.event == .done {
                        let seconds = reply.seconds ?? 0
                        state.manifest.outputs[job.outputRelativePath] = BatchManifest.Entry(
                            input: job.inputIdentity, source: job.inputFingerprint, options: options, seconds: seconds)
                        manifestDirty = true
                        record(
                            BatchFileResult(input: job.inputDisplay, item: job.item, output: job.outputPath, seconds: seconds, status: .done),
                            cost: job.cost)
                        saveManifest(force: false)
                    } else {
                        record(
                            BatchFileResult(
                                input: job.inputDisplay, item: job.item, output: job.outputPath, status: .failed,
                                error: reply.error ?? "rendering failed"), cost: job.cost)
                    }
                case .fatal:
                    if fatal == nil { fatal = reply.error ?? "a batch worker could not start" }
                }
            }
        }

        let initial = min(jobs, state.pending.count)
        for _ in 0..<initial {
            let slot = try startWorker()
            slots.append(slot)
            assign(slot)
        }

        var pollSet: [pollfd] = []
        loop: while !slots.isEmpty {
            pollSet.removeAll(keepingCapacity: true)
            pollSet.append(pollfd(fd: wakeRead, events: Int16(POLLIN), revents: 0))
            for slot in slots {
                pollSet.append(pollfd(fd: slot.output.atEnd ? -1 : slot.process.output, events: Int16(POLLIN), revents: 0))
                pollSet.append(pollfd(fd: slot.errorsEnded ? -1 : slot.process.errorOutput, events: Int16(POLLIN), revents: 0))
            }
            let ready = poll(&pollSet, nfds_t(pollSet.count), 200)
            if ready < 0 && errno != EINTR { break }
            if pollSet[0].revents != 0 {
                var byte: UInt8 = 0
                if read(wakeRead, &byte, 1) == 1 {
                    interruptedBy = Int32(byte)
                    break loop
                }
            }
            var ended: [Int] = []
            for (index, slot) in slots.enumerated() {
                if pollSet[2 + 2 * index].revents != 0 { slot.readErrors() }
                guard pollSet[1 + 2 * index].revents != 0 else { continue }
                slot.output.fill()
                handleReplies(from: slot, assigning: true)
                if fatal != nil { break loop }
                if slot.output.atEnd { ended.append(index) }
            }
            // Workers whose output ended: finished, crashed, or interrupted.
            for index in ended.reversed() {
                let slot = slots.remove(at: index)
                slot.readErrors()
                let status = WaitStatus(raw: slot.process.reap(within: 5) ?? { slot.process.signal(SIGKILL); return slot.process.reap(block: true) ?? 0 }())
                if status.wasInterrupted && (!slot.inFlight.isEmpty || !state.pending.isEmpty) {
                    // Ctrl-C on a terminal reaches the workers too: the whole batch stops.
                    interruptedBy = status.signalled ? status.signal : status.exitCode - 128
                    slots.append(slot)  // stopped with the others below
                    break loop
                }
                state.workerPeaks.append(slot.peakMemoryKB)
                if !slot.inFlight.isEmpty {
                    let detail = slot.lastErrorLine.map { ": \($0)" } ?? ""
                    for (_, job) in slot.inFlight.sorted(by: { $0.key < $1.key }) {
                        Self.removeLeftovers(of: job.outputPath)
                        record(
                            BatchFileResult(
                                input: job.inputDisplay, item: job.item, output: job.outputPath, status: .failed,
                                error: "the worker rendering it stopped (\(status.description))\(detail)"), cost: job.cost)
                    }
                } else if !slot.ready {
                    state.startFailures += 1
                }
                if state.startFailures >= 3 {
                    let detail = slot.lastErrorLine.map { ": \($0)" } ?? ""
                    fatal = "batch workers fail to start (\(status.description))\(detail)"
                    break loop
                }
                if !state.pending.isEmpty {
                    let replacement = try startWorker()
                    slots.append(replacement)
                    assign(replacement)
                }
            }
            if Date().timeIntervalSince(lastTick) >= 0.2 {
                lastTick = Date()
                onEvent(.tick(progress()))
            }
        }

        // Stop whatever still runs: interrupted, or a fatal error.
        for slot in slots where !slot.inFlight.isEmpty || fatal != nil || interruptedBy != nil {
            slot.process.signal(SIGTERM)
        }
        for slot in slots {
            slot.closeInput()
            if slot.process.reap(within: 5) == nil {
                slot.process.signal(SIGKILL)
                slot.process.reap(block: true)
            }
            // What the worker said before it stopped: files it finished still count.
            while !slot.output.atEnd && slot.output.fill() {}
            handleReplies(from: slot, assigning: false)
            for job in slot.inFlight.values { Self.removeLeftovers(of: job.outputPath) }
            state.workerPeaks.append(slot.peakMemoryKB)
        }
        saveManifest(force: true)
        if let fatal { throw BriefingError(fatal) }

        let elapsed = Date().timeIntervalSince(state.start)
        let unfinished = plan.jobs.count - state.done - state.failedCount
        return BatchSummary(
            results: plan.failures + plan.upToDate + state.results, planned: plan.jobs.count, unfinished: unfinished, otherShards: plan.otherShards,
            audioSeconds: state.audioSeconds, elapsed: elapsed, interruptedBy: interruptedBy,
            workersStarted: state.workersStarted, workerPeakMemoryKB: state.workerPeaks.filter { $0 > 0 })
    }

    /// Removes the hidden temporary files a killed worker may have left for `output`
    /// (`.name.XXXXXX.tmp`, `.name.XXXXXX.pcm.tmp`).
    static func removeLeftovers(of output: String) {
        let folder = (output as NSString).deletingLastPathComponent
        let prefix = "." + (output as NSString).lastPathComponent + "."
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder) else { return }
        for name in names where name.hasPrefix(prefix) {
            // mkstemps names: six random characters, then the suffix.
            let rest = name.dropFirst(prefix.count)
            if (rest.count == 10 && rest.hasSuffix(".tmp")) || (rest.count == 14 && rest.hasSuffix(".pcm.tmp")) {
                unlink((folder as NSString).appendingPathComponent(name))
            }
        }
    }
}

/// The bookkeeping of one run.
private struct RunState {
    /// Jobs not yet handed out, shortest first (taken from the end).
    var pending: [BatchJob]
    var results: [BatchFileResult] = []
    var manifest: BatchManifest
    var start: Date
    var done = 0
    var failedCount = 0
    var audioSeconds = 0.0
    var workDone = 0
    let workTotal: Int
    var workersStarted = 0
    var startFailures = 0
    var workerPeaks: [Int] = []

    init(plan: BatchPlan, manifest: BatchManifest, start: Date) {
        // Longest first; ties in input order. `pending` is used as a stack.
        let ordered = plan.jobs.enumerated().sorted { lhs, rhs in
            lhs.element.cost != rhs.element.cost ? lhs.element.cost > rhs.element.cost : lhs.offset < rhs.offset
        }
        pending = ordered.map(\.element).reversed()
        workTotal = plan.jobs.reduce(0) { $0 + $1.cost }
        self.manifest = manifest
        self.start = start
    }
}

/// A worker process and what the parent knows about it.
private final class WorkerSlot {
    let process: WorkerProcess
    let output: LineChannel
    /// Articles handed to the worker and not yet done: one being synthesized, maybe one finishing.
    var inFlight: [Int: BatchJob] = [:]
    /// Seconds of audio rendered so far of each article in flight.
    var progress: [Int: Double] = [:]
    var ready = false
    var peakMemoryKB = 0
    var errorsEnded = false
    private var errorTail: [UInt8] = []

    init(process: WorkerProcess) {
        self.process = process
        self.output = LineChannel(fd: process.output)
    }

    func closeInput() { process.closeInput() }

    /// Keeps the last few kilobytes the worker wrote to standard error.
    func readErrors() {
        guard !errorsEnded else { return }
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(process.errorOutput, $0.baseAddress, $0.count) }
            if n > 0 {
                errorTail.append(contentsOf: chunk[0..<n])
                if errorTail.count > 4096 { errorTail.removeFirst(errorTail.count - 4096) }
                continue
            }
            if n < 0 && errno == EINTR { continue }
            if n == 0 { errorsEnded = true }
            return
        }
    }

    /// The last non-empty line the worker wrote to standard error.
    var lastErrorLine: String? {
        String(decoding: errorTail, as: UTF8.self).split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }.last { !$0.isEmpty }
    }
}
