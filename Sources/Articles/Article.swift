import Foundation

/// A news article as Briefing reads it: metadata and the paragraphs of its body, noise removed.
public struct Article: Sendable, Hashable, Codable {
    /// The headline.
    public var title: String
    /// The standfirst or subheading, when the source has one.
    public var subtitle: String?
    /// Who wrote it ("By Jane Doe"), as printed.
    public var byline: String?
    /// When it was published.
    public var published: Date?
    /// The publication or feed it came from ("Reuters", "BBC News").
    public var source: String?
    /// The canonical address of the article, when known.
    public var url: String?
    /// Body paragraphs in reading order; each is plain text, one or more sentences.
    public var paragraphs: [String]
    /// Where the article was read from: a file path, a URL or `-`. Not part of the JSON form.
    public var origin: String?

    /// Creates an article.
    public init(
        title: String, subtitle: String? = nil, byline: String? = nil, published: Date? = nil,
        source: String? = nil, url: String? = nil, paragraphs: [String], origin: String? = nil
    ) {
        self.title = title
        self.subtitle = subtitle
        self.byline = byline
        self.published = published
        self.source = source
        self.url = url
        self.paragraphs = paragraphs
        self.origin = origin
    }

    /// The body as one text, paragraphs separated by a blank line.
    public var bodyText: String { paragraphs.joined(separator: "\n\n") }

    /// The number of words in the title, subtitle and body.
    public var wordCount: Int {
        ([title, subtitle ?? ""] + paragraphs).reduce(0) { $0 + $1.split(whereSeparator: \.isWhitespace).count }
    }

    enum CodingKeys: String, CodingKey {
        case title, subtitle, byline, published, source, url, paragraphs
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        title = try c.decode(String.self, forKey: .title)
        subtitle = try c.decodeIfPresent(String.self, forKey: .subtitle)
        byline = try c.decodeIfPresent(String.self, forKey: .byline)
        source = try c.decodeIfPresent(String.self, forKey: .source)
        url = try c.decodeIfPresent(String.self, forKey: .url)
        paragraphs = try c.decode([String].self, forKey: .paragraphs)
        if let text = try c.decodeIfPresent(String.self, forKey: .published) {
            published = ISO8601.parse(text)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(title, forKey: .title)
        try c.encode(subtitle, forKey: .subtitle)
        try c.encode(byline, forKey: .byline)
        try c.encode(published.map(ISO8601.format), forKey: .published)
        try c.encode(source, forKey: .source)
        try c.encode(url, forKey: .url)
        try c.encode(paragraphs, forKey: .paragraphs)
    }
}

/// ISO 8601 dates as Briefing prints and reads them.
public enum ISO8601 {
    /// Formats a date as `2024-09-27T14:05:00Z`.
    public static func format(_ date: Date) -> String {
        date.formatted(.iso8601)
    }

    /// Parses the common ISO 8601 shapes: a date, a date and time, with or without fraction and zone.
    public static func parse(_ text: String) -> Date? {
        let s = text.trimmingCharacters(in: .whitespaces)
        if let d = try? Date(s, strategy: .iso8601) { return d }
        let withFraction = Date.ISO8601FormatStyle(includingFractionalSeconds: true)
        if let d = try? withFraction.parse(s) { return d }
        if s.count == 10, let d = try? Date.ISO8601FormatStyle().year().month().day().parse(s) { return d }
        // "2024-09-27T14:05:00" without a zone: read as UTC.
        if s.count == 19, let d = try? Date(s + "Z", strategy: .iso8601) { return d }
        if s.count == 16, let d = try? Date(s + ":00Z", strategy: .iso8601) { return d }
        return nil
    }
}
