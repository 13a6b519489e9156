import Foundation

/// Options that govern how sources are read.
public struct SourceOptions: Sendable, Equatable {
    /// Largest input accepted, in bytes; larger inputs are refused with an error.
    public var maxBytes: Int
    /// When true, URLs are refused instead of fetched: nothing touches the network.
    public var offline: Bool
    /// When true, a feed item whose body is only a teaser is completed from the page it links to.
    public var fetchArticles: Bool
    /// Seconds to wait for a server before giving up on a URL.
    public var timeout: TimeInterval
    /// Redirects followed before a URL is given up on.
    public var maxRedirects: Int
    /// The User-Agent sent with every request.
    public var userAgent: String

    /// Creates options; the defaults suit a command-line run.
    public init(
        maxBytes: Int = 20 * 1024 * 1024, offline: Bool = false, fetchArticles: Bool = false,
        timeout: TimeInterval = 20, maxRedirects: Int = 5,
        userAgent: String = "Briefing/1.0 (news-to-speech command-line tool)"
    ) {
        self.maxBytes = maxBytes
        self.offline = offline
        self.fetchArticles = fetchArticles
        self.timeout = timeout
        self.maxRedirects = maxRedirects
        self.userAgent = userAgent
    }

    /// "20 MB", "512 KB": a size limit as users read it.
    static func describe(bytes: Int) -> String {
        if bytes >= 1_048_576, bytes % 1_048_576 == 0 { return "\(bytes / 1_048_576) MB" }
        if bytes >= 1024 { return "\(bytes / 1024) KB" }
        return "\(bytes) bytes"
    }
}

/// A file found below a folder source.
public struct SourceFile: Sendable, Hashable {
    /// The path to open.
    public var path: String
    /// The path relative to the folder that was listed, with `/` separators ("world/story.html").
    public var relativePath: String

    /// Creates a file entry.
    public init(path: String, relativePath: String) {
        self.path = path
        self.relativePath = relativePath
    }
}

/// What a folder holds: the files Briefing reads, and the ones it cannot.
public struct FolderListing: Sendable {
    /// Readable files, sorted by relative path.
    public var files: [SourceFile]
    /// One error per file skipped because its type is not supported.
    public var unsupported: [ArticlesError]
}

/// The articles read from one input: a file (possibly found in a folder), a URL or `-`.
public struct LoadedSource: Sendable {
    /// The path, URL or `-` the articles came from.
    public var origin: String
    /// For a file found in a folder source, its path relative to that folder; nil otherwise.
    public var relativePath: String?
    /// The articles, in source order (several for a feed).
    public var articles: [Article]
}

/// The outcome of reading several sources: what was read, and what failed.
public struct LoadReport: Sendable {
    /// Inputs that were read, in the order given (folders expanded in sorted order).
    public var loaded: [LoadedSource]
    /// One error per input that could not be read; the others were still read.
    public var failures: [ArticlesError]

    /// Every article read, in order.
    public var articles: [Article] { loaded.flatMap(\.articles) }
}

/// Reads articles from sources: a file, a folder, a feed or article URL, or `-` for standard input.
/// The format (web page, RSS, Atom, JSON Feed, Briefing JSON, text or Markdown) is told from the
/// content.
public struct ArticleLoader: Sendable {
    /// The options in force.
    public var options: SourceOptions

    /// Creates a loader.
    public init(options: SourceOptions = SourceOptions()) {
        self.options = options
    }

    /// Reads every article a source holds. Strict: for a folder, the first file that cannot be
    /// read fails the whole call (use `loadAll` to read what can be read).
    public func load(_ source: String) throws(ArticlesError) -> [Article] {
        if Self.isURL(source) { return try loadURL(source) }
        if source != "-", isDirectory(source) {
            let listing = try articleFiles(in: source)
            if let first = listing.unsupported.first { throw first }
            var articles: [Article] = []
            for file in listing.files { articles += try loadFile(file.path) }
            return articles
        }
        return try loadFile(source)
    }

    /// Reads every source, going on past failures: each bad input is reported in the result and
    /// the rest are still read.
    public func loadAll(_ sources: [String]) -> LoadReport {
        var report = LoadReport(loaded: [], failures: [])
        for source in sources {
            if !Self.isURL(source), source != "-", isDirectory(source) {
                do {
                    let listing = try articleFiles(in: source)
                    report.failures += listing.unsupported
                    if listing.files.isEmpty, listing.unsupported.isEmpty {
                        report.failures.append(ArticlesError(source: source, reason: "the folder holds no articles"))
                    }
                    for file in listing.files {
                        do {
                            report.loaded.append(LoadedSource(
                                origin: file.path, relativePath: file.relativePath, articles: try loadFile(file.path)))
                        } catch {
                            report.failures.append(error)
                        }
                    }
                } catch {
                    report.failures.append(error)
                }
                continue
            }
            do {
                report.loaded.append(LoadedSource(origin: source, relativePath: nil, articles: try load(source)))
            } catch {
                report.failures.append(error)
            }
        }
        return report
    }

    /// The files below a folder that Briefing can read, sorted by relative path, hidden files and
    /// folders skipped; files of other types are listed as unsupported.
    public func articleFiles(in folder: String) throws(ArticlesError) -> FolderListing {
        let root = URL(fileURLWithPath: folder).standardizedFileURL
        guard isDirectory(folder) else { throw ArticlesError(source: folder, reason: "no such folder") }
        guard let enumerator = FileManager.default.enumerator(
            at: root, includingPropertiesForKeys: [.isDirectoryKey, .isRegularFileKey, .isSymbolicLinkKey],
            options: [.skipsHiddenFiles, .skipsPackageDescendants])
        else { throw ArticlesError(source: folder, reason: "cannot list the folder") }
        let rootPath = root.path.hasSuffix("/") ? root.path : root.path + "/"
        var files: [SourceFile] = []
        var unsupported: [ArticlesError] = []
        for case let url as URL in enumerator {
            let full = url.standardizedFileURL.path
            let relative = full.hasPrefix(rootPath) ? String(full.dropFirst(rootPath.count)) : url.lastPathComponent
            let path = folder.hasSuffix("/") ? folder + relative : folder + "/" + relative
            let values = try? url.resourceValues(forKeys: [.isDirectoryKey, .isRegularFileKey, .isSymbolicLinkKey])
            if values?.isSymbolicLink == true {
                // A link to a file is read; a link to a folder is not followed (it could loop); a
                // link to nothing is reported, since the user meant a file to be there.
                var target = stat()
                guard stat(full, &target) == 0 else {
                    unsupported.append(ArticlesError(source: path, reason: "broken link (\(String(cString: strerror(errno))))"))
                    continue
                }
                guard target.st_mode & S_IFMT == S_IFREG else { continue }
            } else {
                guard values?.isDirectory != true, values?.isRegularFile == true else { continue }
            }
            if Self.isCompanionFile(url) { continue }
            if isSupportedFile(url) {
                files.append(SourceFile(path: path, relativePath: relative))
            } else {
                let ext = url.pathExtension.isEmpty ? "no extension" : "." + url.pathExtension
                unsupported.append(ArticlesError(
                    source: path,
                    reason: "unsupported file type (\(ext)); Briefing reads web pages, feeds (RSS, Atom, JSON Feed), text and Markdown"))
            }
        }
        files.sort { $0.relativePath < $1.relativePath }
        unsupported.sort { $0.source < $1.source }
        return FolderListing(files: files, unsupported: unsupported)
    }

    /// Parses bytes read from `origin`, whatever their format.
    /// - Parameters:
    ///   - contentType: the HTTP `Content-Type`, when the bytes were fetched.
    ///   - url: the address the bytes came from, for pages that do not name their own.
    public func articles(from data: Data, origin: String, contentType: String? = nil, url: String? = nil) throws(ArticlesError) -> [Article] {
        let pathExtension = Self.isURL(origin) ? URL(string: origin)?.pathExtension : (origin as NSString).pathExtension
        let format = SourceFormat.detect(data, pathExtension: pathExtension, contentType: contentType)
        let charset = contentType.flatMap(FetchedResource.charset(inContentType:))
        switch format {
        case .html:
            return [try HTMLArticleParser().parse(data, origin: origin, url: url, charset: charset)]
        case .rss, .atom, .jsonFeed:
            var entries = try FeedParser().entries(data, origin: origin)
            if entries.isEmpty { throw ArticlesError(source: origin, reason: "the feed has no items") }
            if options.fetchArticles { entries = entries.map(completeTeaser) }
            return entries.map(\.article)
        case .articleJSON:
            return try Self.decodeArticleJSON(data, origin: origin)
        case .text:
            // A text file names no encoding: bytes that are not UTF-8 are refused rather than guessed at,
            // unless a server said which charset they are in.
            let bytes = [UInt8](data)
            if charset == nil, !TextDecoding.isValidUTF8(bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes) {
                throw ArticlesError(source: origin, reason: "the file is not valid UTF-8 text (convert it with iconv -t UTF-8)")
            }
            let text = String(decoding: TextDecoding.utf8(bytes, headerCharset: charset), as: UTF8.self)
            return [try PlainTextArticleParser().parse(text, origin: origin)]
        }
    }

    // MARK: Inputs

    /// Files that live beside articles but are not news: a folder's README and licence, and
    /// configuration files. They are passed over without a warning.
    static func isCompanionFile(_ url: URL) -> Bool {
        let name = url.deletingPathExtension().lastPathComponent.uppercased()
        if ["README", "LICENSE", "LICENCE", "CHANGELOG", "COPYING"].contains(name) { return true }
        return ["yml", "yaml", "toml"].contains(url.pathExtension.lowercased())
    }

    static func isURL(_ source: String) -> Bool {
        let lower = source.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://")
    }

    private func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    private func isSupportedFile(_ url: URL) -> Bool {
        let ext = url.pathExtension.lowercased()
        if SourceFormat.knownExtensions.contains(ext) { return true }
        guard ext.isEmpty, let handle = try? FileHandle(forReadingFrom: url) else { return false }
        defer { try? handle.close() }
        // No extension: read it if it looks like text.
        let head = (try? handle.read(upToCount: 1024)) ?? Data()
        return !head.isEmpty && !head.contains(0)
    }

    private func loadFile(_ path: String) throws(ArticlesError) -> [Article] {
        let data = try readBytes(path)
        return try articles(from: data, origin: path)
    }

    private func loadURL(_ source: String) throws(ArticlesError) -> [Article] {
        guard let url = URL(string: source) else { throw ArticlesError(source: source, reason: "not a valid web address") }
        let resource = try HTTPFetcher(options: options).fetch(url)
        return try articles(from: resource.data, origin: source, contentType: resource.contentType, url: resource.finalURL.absoluteString)
    }

    /// Replaces a teaser's body with the story from its linked page; keeps the teaser on failure.
    private func completeTeaser(_ entry: FeedEntry) -> FeedEntry {
        guard entry.isTeaser, let link = entry.article.url, Self.isURL(link), let url = URL(string: link),
              let resource = try? HTTPFetcher(options: options).fetch(url),
              SourceFormat.detect(resource.data, contentType: resource.contentType) == .html,
              let page = try? HTMLArticleParser().parse(resource.data, origin: link, url: link, charset: resource.charset),
              page.paragraphs.reduce(0, { $0 + $1.count }) > entry.article.paragraphs.reduce(0, { $0 + $1.count })
        else { return entry }
        var completed = entry
        completed.article.paragraphs = page.paragraphs
        completed.article.subtitle = completed.article.subtitle ?? page.subtitle
        completed.article.byline = completed.article.byline ?? page.byline
        completed.article.published = completed.article.published ?? page.published
        completed.isTeaser = false
        return completed
    }

    func readBytes(_ source: String) throws(ArticlesError) -> Data {
        if source == "-" {
            var data = Data()
            while true {
                let chunk = FileHandle.standardInput.readData(ofLength: 1 << 16)
                if chunk.isEmpty { break }
                data.append(chunk)
                guard data.count <= options.maxBytes else {
                    throw ArticlesError(source: source, reason: "input is larger than \(SourceOptions.describe(bytes: options.maxBytes))")
                }
            }
            return data
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: source, isDirectory: &isDirectory) else {
            throw ArticlesError(source: source, reason: "no such file")
        }
        if isDirectory.boolValue {
            throw ArticlesError(source: source, reason: "is a folder, not an article file")
        }
        switch RegularFileReader.contents(of: source, maxBytes: options.maxBytes) {
        case .bytes(let bytes):
            return Data(bytes)
        case .tooLarge:
            throw ArticlesError(source: source, reason: "file is larger than \(SourceOptions.describe(bytes: options.maxBytes))")
        case .unhandled:
            break
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: source)[.size] as? Int) ?? 0
        guard size <= options.maxBytes else {
            throw ArticlesError(source: source, reason: "file is larger than \(SourceOptions.describe(bytes: options.maxBytes))")
        }
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: source))
            guard data.count <= options.maxBytes else {
                throw ArticlesError(source: source, reason: "file is larger than \(SourceOptions.describe(bytes: options.maxBytes))")
            }
            return data
        } catch let error as ArticlesError {
            throw error
        } catch {
            throw ArticlesError(source: source, reason: "cannot read the file (\(error.localizedDescription))")
        }
    }

    private static func decodeArticleJSON(_ data: Data, origin: String) throws(ArticlesError) -> [Article] {
        let decoder = JSONDecoder()
        do {
            let articles: [Article]
            if let list = try? decoder.decode([Article].self, from: data) {
                articles = list
            } else {
                articles = [try decoder.decode(Article.self, from: data)]
            }
            return articles.map { article in
                var a = article
                a.origin = origin
                return a
            }
        } catch {
            throw ArticlesError(source: origin, reason: "JSON that is neither a JSON Feed nor Briefing articles")
        }
    }
}
