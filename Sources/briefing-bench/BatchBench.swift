import ArgumentParser
import Audio
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// `briefing-bench batch`: `briefing batch` against a plain loop of `espeak-ng -f FILE -w OUT`
/// over the same article files, in one run.
struct BatchBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Time `briefing batch` against a sequential `espeak-ng -f FILE -w OUT` loop over the same articles.",
        discussion: """
            Generates --count articles of varied length (or takes the *.txt/*.md files of --articles), \
            renders them once with a plain espeak-ng loop and once with `briefing batch --jobs N`, and \
            prints wall time, the speed-up, seconds of audio per CPU second and peak memory per worker. \
            Use a release build: swift build -c release; .build/release/briefing-bench batch
            """)

    @Option(help: "A folder of article files to use instead of generated ones.")
    var articles: String?

    @Option(help: "How many articles to generate.")
    var count = 200

    @Option(help: "Worker processes for `briefing batch` (default: the number of cores).")
    var jobs: Int?

    @Option(help: "The briefing binary (default: the one beside this benchmark).")
    var briefing: String?

    @Option(help: "The espeak-ng command.")
    var espeak = "espeak-ng"

    @Option(help: "Extra arguments for `briefing batch`, e.g. \"--format mp3\".")
    var batchArguments: String = ""

    @Option(help: "Rounds of (loop, batch), run alternately; the median speed-up is reported.")
    var rounds = 1

    @Flag(help: "Keep the generated articles and the audio.")
    var keep = false

    func run() throws {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("briefing-bench-batch-\(getpid())").path
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        defer { if !keep { try? FileManager.default.removeItem(atPath: work) } else { print("kept \(work)") } }

        let folder: String
        if let articles {
            folder = articles
        } else {
            folder = work + "/articles"
            try ArticleGenerator.write(count: count, to: folder)
        }
        let files = try FileManager.default.contentsOfDirectory(atPath: folder)
            .filter { ["txt", "md"].contains(($0 as NSString).pathExtension.lowercased()) }
            .sorted()
            .map { folder + "/" + $0 }
        guard !files.isEmpty else { throw BenchError("no .txt or .md articles in \(folder)") }
        let words = files.reduce(0) { total, path in
            total + ((try? String(contentsOfFile: path, encoding: .utf8))?.split(whereSeparator: \.isWhitespace).count ?? 0)
        }
        let binary = briefing ?? Self.sibling("briefing")
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            throw BenchError("no briefing binary at \(binary); build it or pass --briefing")
        }
        let workers = jobs ?? ProcessInfo.processInfo.activeProcessorCount
        print("\(files.count) articles, \(words) words; \(ProcessInfo.processInfo.activeProcessorCount) cores; load average \(Self.loadAverage())")

        var speedUps: [Double] = []
        for round in 1...max(1, rounds) {
            if rounds > 1 { print("round \(round) (load average \(Self.loadAverage()))") }
            let loopOut = work + "/espeak"
            let batchOut = work + "/batch"
            for folder in [loopOut, batchOut] { try? FileManager.default.removeItem(atPath: folder) }

            // 1. The plain loop: one espeak-ng process per file.
            try FileManager.default.createDirectory(atPath: loopOut, withIntermediateDirectories: true)
            // Each phase writes about 5 MB of audio per article; flush the previous phase's
            // writes first, so that the kernel's writeback does not run during the next one.
            sync()
            let loop = try Measurement.run {
                for (index, file) in files.enumerated() {
                    let status = try Spawn.run([espeak, "-f", file, "-w", "\(loopOut)/\(index).wav"])
                    guard status == 0 else { throw BenchError("\(espeak) failed on \(file) (status \(status))") }
                }
            }
            let loopAudio = try Self.audioSeconds(in: loopOut)
            print(String(format: "espeak-ng loop:  %7.2f s wall  %7.2f s CPU  %8.1f s audio  %6.1f audio s per CPU s  peak %5.1f MB",
                loop.wall, loop.cpu, loopAudio, loopAudio / max(loop.cpu, 1e-9), Double(loop.maxRSSKB) / 1024))

            // 2. briefing batch with N workers.
            var arguments = [binary, "batch", folder, "-o", batchOut, "--jobs", String(workers), "--quiet"]
            arguments += batchArguments.split(separator: " ").map(String.init)
            var workerPeaks: [pid_t: Int] = [:]
            sync()
            let batch = try Measurement.run {
                let pid = try Spawn.start(arguments)
                var status: Int32 = 0
                while waitpid(pid, &status, WNOHANG) == 0 {
                    // Each worker and the child it forks per article: the highest VmHWM of either.
                    for worker in Self.children(of: pid) {
                        for process in [worker] + Self.children(of: worker) {
                            if let peak = Self.peakMemoryKB(process) { workerPeaks[worker] = max(workerPeaks[worker] ?? 0, peak) }
                        }
                    }
                    usleep(50_000)
                }
                guard status == 0 else { throw BenchError("briefing batch failed (wait status \(status))") }
            }
            let batchAudio = try Self.audioSeconds(in: batchOut)
            print(String(format: "briefing batch:  %7.2f s wall  %7.2f s CPU  %8.1f s audio  %6.1f audio s per CPU s  peak %5.1f MB (any process)",
                batch.wall, batch.cpu, batchAudio, batchAudio / max(batch.cpu, 1e-9), Double(batch.maxRSSKB) / 1024))
            let peaks = workerPeaks.values.sorted()
            if let highest = peaks.last {
                print(String(format: "peak memory per worker (VmHWM of the worker or its per-article child): %@ MB; highest %.1f MB",
                    peaks.map { String(format: "%.1f", Double($0) / 1024) }.joined(separator: ", "), Double(highest) / 1024))
            }
            let speedUp = loop.wall / max(batch.wall, 1e-9)
            speedUps.append(speedUp)
            print(String(format: "speed-up (espeak-ng loop wall / briefing batch wall, --jobs %d): %.2fx", workers, speedUp))
        }
        if speedUps.count > 1 {
            let sorted = speedUps.sorted()
            print(String(format: "speed-up over %d rounds: median %.2fx, best %.2fx, worst %.2fx (load average now %@)",
                sorted.count, sorted[sorted.count / 2], sorted.last ?? 0, sorted.first ?? 0, Self.loadAverage()))
        }
    }

    /// The path of `name` beside this executable.
    static func sibling(_ name: String) -> String {
        let me = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return ((me as NSString).deletingLastPathComponent as NSString).appendingPathComponent(name)
    }

    /// Total seconds of audio in the audio files below `folder`.
    static func audioSeconds(in folder: String) throws -> Double {
        var total = 0.0
        let names = FileManager.default.enumerator(atPath: folder)?.allObjects as? [String] ?? []
        for name in names where AudioFormat(pathExtension: (name as NSString).pathExtension) != nil {
            total += try AudioFileReader(path: folder + "/" + name).duration
        }
        return total
    }

    static func children(of pid: pid_t) -> [pid_t] {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/task/\(pid)/children", encoding: .utf8) else { return [] }
        return text.split(separator: " ").compactMap { pid_t($0) }
    }

    static func peakMemoryKB(_ pid: pid_t) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") })
        else { return nil }
        return Int(line.dropFirst(6).trimmingCharacters(in: .whitespaces).split(separator: " ").first ?? "")
    }

    static func loadAverage() -> String {
        ((try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? "?").split(separator: " ").prefix(3).joined(separator: " ")
    }
}

/// Wall and CPU time of the child processes run by a block.
struct Measurement {
    var wall: Double
    var cpu: Double
    var maxRSSKB: Int

    static func run(_ body: () throws -> Void) throws -> Measurement {
        let before = usage()
        let start = Date()
        try body()
        let wall = Date().timeIntervalSince(start)
        let after = usage()
        return Measurement(wall: wall, cpu: after.cpu - before.cpu, maxRSSKB: after.maxRSS)
    }

    /// CPU seconds and the largest peak RSS of all waited-for descendants.
    private static func usage() -> (cpu: Double, maxRSS: Int) {
        var usage = rusage()
        getrusage(RUSAGE_CHILDREN.rawValue, &usage)
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        return (seconds(usage.ru_utime) + seconds(usage.ru_stime), usage.ru_maxrss)
    }
}

/// Starts processes without a shell, searching PATH.
enum Spawn {
    static func start(_ arguments: [String]) throws -> pid_t {
        let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for arg in argv { free(arg) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // The loop's espeak-ng prints nothing useful; keep the benchmark's output readable.
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        var pid: pid_t = 0
        let status = posix_spawnp(&pid, arguments[0], &actions, nil, argv, environ)
        guard status == 0 else { throw BenchError("cannot run \(arguments[0]): \(String(cString: strerror(status)))") }
        return pid
    }

    static func run(_ arguments: [String]) throws -> Int32 {
        let pid = try start(arguments)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return status
    }
}

/// News-like articles of varied length, the same every run (seeded).
enum ArticleGenerator {
    static let places = ["Harrowfield", "Kestrel Bay", "Ashcombe", "the Marlow valley", "Port Elvan", "Northgate", "Brightwater", "Carrow"]
    static let people = ["Mayor Ruth Okafor", "Dr Samuel Pike", "councillor Jane Whitlow", "chief inspector Omar Reyes", "Professor Lena Brandt", "the trust's director, Alan Pryce"]
    static let subjects = ["the council", "the regional health board", "the water company", "the transport authority", "the university", "the harbour trust"]
    static let templates = [
        "%S said on Tuesday that it would spend %N million pounds on repairs in %P over the next %D years.",
        "The plan, first proposed in %Y, was approved by %D votes to %E after a debate that lasted more than four hours.",
        "\"We have listened to every objection,\" %Q told reporters outside the town hall. \"This is the right decision for %P.\"",
        "Critics say the figures do not add up, pointing out that costs have risen by %E percent since the last estimate.",
        "Residents in %P were advised to keep windows closed while the work continues, and to report any damage to %S.",
        "According to figures published on Monday, %N thousand people used the service last year, up from %E thousand in %Y.",
        "%Q, who has campaigned on the issue for a decade, welcomed the announcement but warned that delays were likely.",
        "The first phase is expected to open in the spring, with the remaining sections following by the end of %Y.",
        "Officials said the cause of the failure was still under investigation and that a full report would be published.",
        "Shares in the contractor rose %E percent in early trading, valuing the business at about %N million pounds.",
        "Emergency crews worked through the night to clear the road, which was reopened shortly after six in the morning.",
        "A spokesperson for %S declined to comment on the timetable but said talks with local businesses were continuing.",
    ]

    static func write(count: Int, to folder: String) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        var random = SplitMix64(seed: 2026)
        for index in 0..<count {
            let place = places[random.next(places.count)]
            var text = "\(subjects[random.next(subjects.count)].capitalized) sets out new plans for \(place)\n\n"
            // Lengths vary about tenfold: most short, a few long, like a news day.
            let paragraphs = 2 + random.next(4) + (random.next(8) == 0 ? 10 + random.next(10) : 0)
            for _ in 0..<paragraphs {
                var sentences: [String] = []
                for _ in 0..<(2 + random.next(3)) {
                    var sentence = templates[random.next(templates.count)]
                    for (slot, value) in [
                        ("%S", subjects[random.next(subjects.count)]), ("%P", places[random.next(places.count)]),
                        ("%Q", people[random.next(people.count)]), ("%N", String(2 + random.next(400))),
                        ("%D", String(2 + random.next(30))), ("%E", String(1 + random.next(25))), ("%Y", String(1995 + random.next(30))),
                    ] {
                        sentence = sentence.replacingOccurrences(of: slot, with: value)
                    }
                    sentences.append(sentence.prefix(1).uppercased() + sentence.dropFirst())
                }
                text += sentences.joined(separator: " ") + "\n\n"
            }
            try text.write(toFile: String(format: "%@/article-%03d.txt", folder, index + 1), atomically: true, encoding: .utf8)
        }
    }
}

/// A small, fast, seeded random number generator.
struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        return Int(z % UInt64(bound))
    }
}
