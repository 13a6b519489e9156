import Articles
import Audio
import Foundation

/// The work of a batch, decided before anything is rendered.
public struct BatchPlan: Sendable {
    /// The outputs to render in this run, in input order.
    public var jobs: [BatchJob]
    /// Outputs already up to date (`--resume`), with their recorded results.
    public var upToDate: [BatchFileResult]
    /// Inputs that cannot be rendered (unsupported, unreadable, a feed that does not parse).
    public var failures: [BatchFileResult]
    /// Outputs that belong to other shards.
    public var otherShards: Int
    /// The manifest read from the output folder (empty without `--resume`).
    public var manifest: BatchManifest
}

/// Plans a batch: lists the sources, expands feeds into their items, names every output inside
/// the output folder, and keeps the jobs of this shard that are not already up to date.
///
/// Article files are only looked at here (their first bytes tell a feed from a page); the worker
/// that renders a file reads it, so a hostile page can only fail its own job. Feeds, article
/// JSON, URLs and standard input are read while planning, since each holds several articles.
public struct BatchPlanner: Sendable {
    /// Files, folders, feeds, URLs, or `-`.
    public var sources: [String]
    /// The folder the outputs go into.
    public var outputFolder: String
    /// The audio format (its extension names the outputs).
    public var format: AudioFormat
    /// How sources are read (size limit, network).
    public var sourceOptions: SourceOptions
    /// This run's part of the work, when the batch is split across machines.
    public var shard: BatchShard?
    /// With a settings fingerprint: skip outputs the manifest records as made from the same
    /// input with these settings.
    public var resumeOptions: String?

    /// Creates a planner.
    public init(
        sources: [String], outputFolder: String, format: AudioFormat, sourceOptions: SourceOptions = SourceOptions(),
        shard: BatchShard? = nil, resumeOptions: String? = nil
    ) {
        self.sources = sources
        self.outputFolder = outputFolder
        self.format = format
        self.sourceOptions = sourceOptions
        self.shard = shard
        self.resumeOptions = resumeOptions
    }

    /// Plans the batch. Never throws: every input that cannot be planned is a failure in the plan.
    public func plan() -> BatchPlan {
        var failures: [BatchFileResult] = []
        var candidates: [Candidate] = []
        let loader = ArticleLoader(options: sourceOptions)
        let outputRoot = Self.absolute(outputFolder)
        var seen: Set<String> = []

        func addFile(path: String, relative: String) {
            let identity = Self.absolute(path)
            if identity == outputRoot || identity.hasPrefix(outputRoot + "/") { return }  // our own outputs
            guard seen.insert(identity).inserted else { return }
            switch fileCandidates(path: path, relative: relative, identity: identity, loader: loader) {
            case .success(let found): candidates += found
            case .failure(let error): failures.append(BatchFileResult(input: path, status: .failed, error: error.reason))
            }
        }

        for source in sources {
            if Self.isURL(source) || source == "-" {
                do {
                    let articles = try loader.load(source)
                    candidates += articleCandidates(articles, display: source, folder: "", keyPrefix: source, identity: source, feedFolder: false)
                } catch {
                    failures.append(BatchFileResult(input: source, status: .failed, error: error.reason))
                }
                continue
            }
            guard let status = FileStatus(path: source) else {
                failures.append(BatchFileResult(input: source, status: .failed, error: "no such file or folder"))
                continue
            }
            if status.isDirectory {
                do {
                    let listing = try loader.articleFiles(in: source)
                    for unsupported in listing.unsupported {
                        let identity = Self.absolute(unsupported.source)
                        if identity.hasPrefix(outputRoot + "/") { continue }
                        failures.append(BatchFileResult(input: unsupported.source, status: .failed, error: unsupported.reason))
                    }
                    let files = listing.files
                    if files.isEmpty && listing.unsupported.isEmpty {
                        failures.append(BatchFileResult(input: source, status: .failed, error: "the folder holds no articles"))
                    }
                    for file in files { addFile(path: file.path, relative: file.relativePath) }
                } catch {
                    failures.append(BatchFileResult(input: source, status: .failed, error: error.reason))
                }
            } else {
                addFile(path: source, relative: (source as NSString).lastPathComponent)
            }
        }

        // Name the outputs in input order, so the first of two clashing inputs keeps the plain name.
        var namer = OutputNamer(fileExtension: format.fileExtension)
        var jobs: [BatchJob] = []
        for candidate in candidates {
            guard let relative = namer.assign(base: candidate.base) else {
                failures.append(
                    BatchFileResult(
                        input: candidate.display, item: candidate.item, status: .failed,
                        error: "no output name is free for '\(candidate.base)' in \(outputFolder) (a folder of the same name is in the way)"))
                continue
            }
            jobs.append(
                BatchJob(
                    input: candidate.input, inputDisplay: candidate.display, item: candidate.item, key: candidate.key,
                    outputRelativePath: relative, outputPath: Self.join(outputFolder, relative), cost: candidate.cost,
                    inputIdentity: candidate.identity, inputFingerprint: candidate.fingerprint, inputModified: candidate.modified))
        }

        var otherShards = 0
        if let shard {
            let all = jobs.count
            jobs = jobs.filter { shard.contains(key: $0.key) }
            failures = failures.filter { shard.contains(key: $0.input) }
            otherShards = all - jobs.count
        }

        var manifest = BatchManifest()
        var upToDate: [BatchFileResult] = []
        if let options = resumeOptions {
            manifest = BatchManifest.load(folder: outputFolder, preferring: BatchManifest.fileName(shard: shard))
            jobs = jobs.filter { job in
                guard let entry = manifest.isUpToDate(job, options: options) else { return true }
                upToDate.append(
                    BatchFileResult(input: job.inputDisplay, item: job.item, output: job.outputPath, seconds: entry.seconds, status: .skipped))
                return false
            }
        }
        return BatchPlan(jobs: jobs, upToDate: upToDate, failures: failures, otherShards: otherShards, manifest: manifest)
    }

    // MARK: Candidates

    /// An output before it is named.
    struct Candidate {
        var input: BatchJob.Input
        var display: String
        var item: String?
        var key: String
        /// The output's path relative to the output folder, without extension.
        var base: String
        var cost: Int
        var identity: String
        var fingerprint: String
        var modified: Date?
    }

    /// The outputs of one file: itself, or each article of a feed or article list.
    private func fileCandidates(path: String, relative: String, identity: String, loader: ArticleLoader) -> Result<[Candidate], ArticlesError> {
        guard let status = FileStatus(path: path), status.isRegularFile else {
            return .failure(ArticlesError(source: path, reason: "not a regular file"))
        }
        guard let components = Self.safeComponents(relative) else {
            return .failure(ArticlesError(source: path, reason: "its path cannot be mirrored in the output folder"))
        }
        let head: Data
        switch Self.readHead(path) {
        case .success(let data): head = data
        case .failure(let error): return .failure(error)
        }
        let stem = Self.stem(components[components.count - 1])
        let base = (components.dropLast() + [stem]).joined(separator: "/")
        let format = SourceFormat.detect(head, pathExtension: (path as NSString).pathExtension)
        switch format {
        case .rss, .atom, .jsonFeed, .articleJSON:
            let articles: [Article]
            do {
                articles = try loader.load(path)
            } catch {
                return .failure(error)
            }
            if articles.isEmpty { return .failure(ArticlesError(source: path, reason: "holds no articles")) }
            if articles.count == 1, format == .articleJSON, let article = articles.first {
                // One article in Briefing's JSON form: an article file like any other.
                return .success([
                    Candidate(
                        input: .article(article), display: path, item: nil, key: relative, base: base,
                        cost: Self.cost(article), identity: identity, fingerprint: Self.fingerprint(article), modified: nil)
                ])
            }
            return .success(articleCandidates(articles, display: path, folder: base, keyPrefix: relative, identity: identity, feedFolder: true))
        case .html, .text:
            return .success([
                Candidate(
                    input: .file(path: path), display: path, item: nil, key: relative, base: base, cost: max(1, status.size),
                    identity: identity, fingerprint: status.fingerprint, modified: status.modified)
            ])
        }
    }

    /// One output per article, named from the title's slug (made unique within the source).
    private func articleCandidates(
        _ articles: [Article], display: String, folder: String, keyPrefix: String, identity: String, feedFolder: Bool
    ) -> [Candidate] {
        var used: [String: Int] = [:]
        return articles.map { article in
            var slug = Slug.make(article.title)
            let count = (used[slug] ?? 0) + 1
            used[slug] = count
            if count > 1 { slug += "-\(count)" }
            let base = folder.isEmpty ? slug : folder + "/" + slug
            return Candidate(
                input: .article(article), display: display, item: article.title, key: keyPrefix + "#" + slug, base: base,
                cost: Self.cost(article), identity: identity + "#" + slug, fingerprint: Self.fingerprint(article), modified: nil)
        }
    }

    // MARK: Helpers

    static func isURL(_ source: String) -> Bool {
        let lower = source.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://")
    }

    /// The standardized absolute form of a path.
    static func absolute(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }

    static func join(_ folder: String, _ relative: String) -> String {
        folder.hasSuffix("/") ? folder + relative : folder + "/" + relative
    }

    /// The components of a relative path, or nil when one of them would leave the folder.
    static func safeComponents(_ relative: String) -> [String]? {
        let components = relative.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        guard !components.isEmpty, !relative.hasPrefix("/"),
            components.allSatisfy({ $0 != "." && $0 != ".." && !$0.contains("\0") })
        else { return nil }
        return components
    }

    /// A file name without its last extension (`story.html` -> `story`); hidden-looking results
    /// are made visible.
    static func stem(_ name: String) -> String {
        var stem = (name as NSString).deletingPathExtension
        if stem.isEmpty { stem = name }
        while stem.hasPrefix(".") { stem.removeFirst() }
        return stem.isEmpty ? "article" : stem
    }

    /// The first bytes of a file, enough to tell its format.
    static func readHead(_ path: String) -> Result<Data, ArticlesError> {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            return .failure(ArticlesError(source: path, reason: "cannot read the file (\(String(cString: strerror(errno))))"))
        }
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: 4096)
        var filled = 0
        while filled < buffer.count {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress! + filled, $0.count - filled) }
            if n < 0 {
                if errno == EINTR { continue }
                return .failure(ArticlesError(source: path, reason: "cannot read the file (\(String(cString: strerror(errno))))"))
            }
            if n == 0 { break }
            filled += n
        }
        return .success(Data(buffer[0..<filled]))
    }

    static func cost(_ article: Article) -> Int {
        max(1, article.title.utf8.count + (article.subtitle?.utf8.count ?? 0) + article.paragraphs.reduce(0) { $0 + $1.utf8.count })
    }

    /// A hash of what is read aloud of an article.
    static func fingerprint(_ article: Article) -> String {
        var text = [article.title, article.subtitle ?? ""]
        text += article.paragraphs
        return "text=" + StableHash.hex(text.joined(separator: "\u{1F}"))
    }
}

/// Gives every output a unique path inside the output folder: a clash gets `-2`, `-3`...
struct OutputNamer {
    let fileExtension: String
    private var files: Set<String> = []
    private var folders: Set<String> = []

    init(fileExtension: String) { self.fileExtension = fileExtension }

    /// A free relative path for `base` (no extension), or nil when a file is in the way of its folder.
    mutating func assign(base: String) -> String? {
        let ancestors = Self.ancestors(of: base)
        if ancestors.contains(where: files.contains) { return nil }
        for attempt in 1...10_000 {
            let path = (attempt == 1 ? base : "\(base)-\(attempt)") + "." + fileExtension
            if files.contains(path) || folders.contains(path) { continue }
            files.insert(path)
            folders.formUnion(ancestors)
            return path
        }
        return nil
    }

    /// `a/b/c` -> `a`, `a/b`.
    static func ancestors(of path: String) -> [String] {
        let components = path.split(separator: "/")
        guard components.count > 1 else { return [] }
        return (1..<components.count).map { components[0..<$0].joined(separator: "/") }
    }
}
