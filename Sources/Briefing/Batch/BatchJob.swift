import Articles
import Foundation

/// One audio file a batch makes: where the article comes from and where its audio goes.
public struct BatchJob: Sendable, Hashable {
    /// Where the article is read from.
    public enum Input: Sendable, Hashable {
        /// An article file, read and parsed by the worker that renders it.
        case file(path: String)
        /// An article already read while planning (a feed item, a URL, standard input).
        case article(Article)
    }

    /// The article's source.
    public var input: Input
    /// The input as the user named it: a path below a source folder, a file, a URL.
    public var inputDisplay: String
    /// The item's title, for one of several articles in a feed or file.
    public var item: String?
    /// The key that decides the shard: the path relative to its source folder, `#` and the item's
    /// slug for a feed item.
    public var key: String
    /// The output file's path relative to the output folder (`world/story.wav`).
    public var outputRelativePath: String
    /// The output file's path.
    public var outputPath: String
    /// An estimate of the work, in bytes of text: longer articles are handed out first.
    public var cost: Int
    /// What identifies the input across runs (an absolute path, with `#item` for feed items, or a URL).
    public var inputIdentity: String
    /// A fingerprint of the input's state: size and modification time of a file, or a hash of
    /// the article's text.
    public var inputFingerprint: String
    /// The input file's modification time, when the input is a file.
    public var inputModified: Date?
}

/// What happened to one output of a batch.
public struct BatchFileResult: Sendable, Hashable {
    /// How it ended.
    public enum Status: String, Sendable, Hashable, Codable {
        /// Rendered in this run.
        case done
        /// Could not be read or rendered; `error` says why.
        case failed
        /// Already up to date (`--resume`).
        case skipped
    }

    /// The input as the user named it.
    public var input: String
    /// The feed item's title, when the input holds several articles.
    public var item: String?
    /// The output file, when one was planned.
    public var output: String?
    /// Seconds of audio in the output (done and skipped files).
    public var seconds: Double?
    /// How it ended.
    public var status: Status
    /// Why it failed.
    public var error: String?

    /// Creates a result.
    public init(input: String, item: String? = nil, output: String? = nil, seconds: Double? = nil, status: Status, error: String? = nil) {
        self.input = input
        self.item = item
        self.output = output
        self.seconds = seconds
        self.status = status
        self.error = error
    }

    /// The result as one JSON object on one line, every field present (`null` when absent).
    public func jsonLine() -> String {
        func quote(_ text: String?) -> String {
            guard let text else { return "null" }
            var out = "\""
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                case "\t": out += "\\t"
                default:
                    if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
                        let hex = String(scalar.value, radix: 16)
                        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                    } else {
                        out.unicodeScalars.append(scalar)
                    }
                }
            }
            return out + "\""
        }
        let seconds = self.seconds.map { String(format: "%.3f", $0) } ?? "null"
        return "{\"input\":\(quote(input)),\"item\":\(quote(item)),\"output\":\(quote(output)),"
            + "\"seconds\":\(seconds),\"status\":\"\(status.rawValue)\",\"error\":\(quote(error))}"
    }
}
