import Foundation

/// The small record a batch keeps in its output folder: for each output, the input and options
/// it was made from, so `--resume` can tell which outputs are up to date.
///
/// Stored as `.briefing-manifest.json` (`.briefing-manifest-I-of-N.json` for shard I of N, so
/// machines sharing a folder never overwrite each other's records); reading merges them all.
public struct BatchManifest: Sendable, Hashable, Codable {
    /// What one output was made from.
    public struct Entry: Sendable, Hashable, Codable {
        /// The input's identity: its absolute path (`#item` for a feed item) or URL.
        public var input: String
        /// The input's fingerprint when it was rendered (size and time, or a hash of the text).
        public var source: String
        /// The fingerprint of the settings it was rendered with (``BatchSettings/fingerprint()``).
        public var options: String
        /// Seconds of audio.
        public var seconds: Double

        /// Creates an entry.
        public init(input: String, source: String, options: String, seconds: Double) {
            self.input = input
            self.source = source
            self.options = options
            self.seconds = seconds
        }
    }

    /// The manifest format's version.
    public var version: Int
    /// Entries keyed by output path relative to the output folder.
    public var outputs: [String: Entry]

    /// An empty manifest.
    public init(outputs: [String: Entry] = [:]) {
        self.version = 1
        self.outputs = outputs
    }

    /// The manifest file's name for a run (one per shard).
    public static func fileName(shard: BatchShard?) -> String {
        guard let shard, shard.count > 1 else { return ".briefing-manifest.json" }
        return ".briefing-manifest-\(shard.index)-of-\(shard.count).json"
    }

    /// Every manifest in `folder` merged (a shard's own file wins for its entries); empty when
    /// there is none. An unreadable or damaged manifest counts as empty: outputs are then remade.
    public static func load(folder: String, preferring own: String? = nil) -> BatchManifest {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.hasPrefix(".briefing-manifest") && $0.hasSuffix(".json") }
            .sorted { lhs, rhs in
                // The run's own manifest last, so its entries win.
                lhs == own ? false : rhs == own ? true : lhs < rhs
            }
        var merged = BatchManifest()
        for name in names {
            let path = (folder as NSString).appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: path),
                let manifest = try? JSONDecoder().decode(BatchManifest.self, from: data), manifest.version == 1
            else { continue }
            merged.outputs.merge(manifest.outputs) { _, new in new }
        }
        return merged
    }

    /// The manifest in one file; empty when it is missing or damaged.
    public static func read(path: String) -> BatchManifest {
        guard let data = FileManager.default.contents(atPath: path),
            let manifest = try? JSONDecoder().decode(BatchManifest.self, from: data), manifest.version == 1
        else { return BatchManifest() }
        return manifest
    }

    /// Writes the manifest atomically to `path`.
    public func write(to path: String) throws(BriefingError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data: Data
        do {
            data = try encoder.encode(self)
        } catch {
            throw BriefingError("cannot encode the batch manifest: \(error.localizedDescription)")
        }
        try AtomicFile.write(data + Data("\n".utf8), to: path)
    }

    /// Whether `job`'s output is up to date: recorded from the same input state with the same
    /// options, present, and not older than its input file.
    public func isUpToDate(_ job: BatchJob, options: String) -> Entry? {
        guard let entry = outputs[job.outputRelativePath], entry.input == job.inputIdentity,
            entry.source == job.inputFingerprint, entry.options == options,
            let output = FileStatus(path: job.outputPath), output.isRegularFile
        else { return nil }
        if let inputModified = job.inputModified, output.modified < inputModified { return nil }
        return entry
    }
}

/// What `stat` says about a file.
struct FileStatus {
    var size: Int
    var modified: Date
    var modifiedNanoseconds: Int64
    var isRegularFile: Bool
    var isDirectory: Bool

    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        size = Int(info.st_size)
        modifiedNanoseconds = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        modified = Date(timeIntervalSince1970: Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9)
        isRegularFile = (info.st_mode & S_IFMT) == S_IFREG
        isDirectory = (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// Size and modification time, as a manifest records them.
    var fingerprint: String { "size=\(size);mtime=\(modifiedNanoseconds)" }
}
