import Foundation

/// Options that govern how sources are read.
public struct SourceOptions: Sendable, Equatable {
    /// Largest input accepted, in bytes; larger inputs are refused with an error.
    public var maxBytes: Int
    /// When true, URLs are refused instead of fetched.
    public var offline: Bool

    /// Creates options; the defaults suit a command-line run.
    public init(maxBytes: Int = 20 * 1024 * 1024, offline: Bool = false) {
        self.maxBytes = maxBytes
        self.offline = offline
    }
}

/// Reads articles from sources: a file, or `-` for standard input.
public struct ArticleLoader: Sendable {
    /// The options in force.
    public var options: SourceOptions

    /// Creates a loader.
    public init(options: SourceOptions = SourceOptions()) {
        self.options = options
    }

    /// Reads every article a source holds.
    public func load(_ source: String) throws(ArticlesError) -> [Article] {
        let data = try readBytes(source)
        return [try parse(data, origin: source)]
    }

    /// Parses bytes read from `origin` into an article.
    public func parse(_ data: Data, origin: String) throws(ArticlesError) -> Article {
        guard let text = String(validating: data, as: UTF8.self) else {
            throw ArticlesError(source: origin, reason: "the file is not valid UTF-8 text")
        }
        return try PlainTextArticleParser().parse(text, origin: origin)
    }

    func readBytes(_ source: String) throws(ArticlesError) -> Data {
        if source == "-" {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            guard data.count <= options.maxBytes else {
                throw ArticlesError(source: source, reason: "input is larger than \(options.maxBytes / 1_048_576) MB")
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
        let size = (try? FileManager.default.attributesOfItem(atPath: source)[.size] as? Int) ?? 0
        guard size <= options.maxBytes else {
            throw ArticlesError(source: source, reason: "file is larger than \(options.maxBytes / 1_048_576) MB")
        }
        do {
            return try Data(contentsOf: URL(fileURLWithPath: source))
        } catch {
            throw ArticlesError(source: source, reason: "cannot read the file (\(error.localizedDescription))")
        }
    }
}
