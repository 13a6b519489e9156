import Audio
import Foundation
import Script

/// A source of articles for the daily briefing, with the name to credit it by.
public struct SourceSpec: Sendable, Hashable {
    /// A file, folder, feed or article URL.
    public var location: String
    /// The display name ("From <name>"), overriding what the articles say.
    public var name: String?

    /// Creates a source.
    public init(_ location: String, name: String? = nil) {
        self.location = location
        self.name = name
    }
}

/// The daily briefing's configuration file (YAML): sources, voices, length, window, output, wording.
///
/// Every field is optional; command-line options override the file. Errors name the file, the line,
/// the field and what is allowed.
public struct DailyConfiguration: Sendable {
    /// The briefing's name, used as the podcast's title.
    public var title: String?
    /// Where articles come from.
    public var sources: [SourceSpec] = []
    /// The main voice profile (name or path).
    public var voice: String?
    /// A second profile for headlines.
    public var headlineVoice: String?
    /// Length in minutes.
    public var minutes: Double?
    /// At most this many stories.
    public var maxStories: Int?
    /// Only stories published within this many hours before the briefing count as today's.
    public var windowHours: Double?
    /// Output folder.
    public var output: String?
    /// Audio format.
    public var format: AudioFormat?
    /// Output sample rate.
    public var sampleRate: Int?
    /// Loudness target in LUFS.
    public var loudness: Double?
    /// Base URL for the podcast feed's enclosure links.
    public var baseURL: String?
    /// Tell stories that earlier briefings already told.
    public var includeSeen: Bool?
    /// The wording.
    public var templates = BriefingTemplates()

    /// Creates an empty configuration (every default).
    public init() {}

    static let fields = ["title", "sources", "voice", "headline_voice", "minutes", "max_stories", "window_hours", "output",
                         "format", "sample_rate", "loudness", "base_url", "include_seen", "templates"]
    static let templateFields = ["intro", "preview", "first", "transitions", "last", "attribution", "also_reported_by", "outro"]

    /// Reads a configuration file; relative paths in it are taken from the file's folder.
    public static func load(contentsOf file: String) throws(ConfigurationError) -> DailyConfiguration {
        let m = try ConfigurationMapping.load(contentsOf: file)
        let folder = (file as NSString).deletingLastPathComponent
        func resolve(_ path: String) -> String {
            if path.hasPrefix("/") || path.contains("://") || folder.isEmpty { return path }
            return (folder as NSString).appendingPathComponent(path)
        }
        try m.rejectUnknownKeys(allowed: fields)
        var c = DailyConfiguration()
        c.title = try m.string("title")
        for item in try m.items("sources") ?? [] {
            switch item {
            case .text(let location, _):
                c.sources.append(SourceSpec(resolve(location)))
            case .mapping(let s):
                try s.rejectUnknownKeys(allowed: ["path", "url", "name"])
                let path = try s.string("path"), url = try s.string("url")
                guard (path == nil) != (url == nil), let location = path.map(resolve) ?? url else {
                    throw ConfigurationError(file: file, line: s.line(of: "name") ?? s.line(of: "path") ?? s.line(of: "url"), field: s.path,
                                             message: "give exactly one of `path:` (a file or folder) and `url:` (a feed or article address)")
                }
                c.sources.append(SourceSpec(location, name: try s.string("name")))
            }
        }
        c.voice = try m.string("voice")
        c.headlineVoice = try m.string("headline_voice")
        c.minutes = try m.double("minutes", allowed: 0.25...180)
        c.maxStories = try m.int("max_stories", allowed: 1...50)
        c.windowHours = try m.double("window_hours", allowed: 1...8_760)
        c.output = try m.string("output").map(resolve)
        if let format = try m.choice("format", from: AudioFormat.allCases.map(\.rawValue)) { c.format = AudioFormat(rawValue: format) }
        c.sampleRate = try m.int("sample_rate", allowed: 8_000...192_000)
        c.loudness = try m.double("loudness", allowed: -70 ... -5)
        c.baseURL = try m.string("base_url")
        if let base = c.baseURL, !(base.hasPrefix("http://") || base.hasPrefix("https://")) {
            throw m.error("base_url", "'\(base)' is not allowed (expected an http:// or https:// address)")
        }
        c.includeSeen = try m.bool("include_seen")
        if let t = try m.mapping("templates") {
            try t.rejectUnknownKeys(allowed: templateFields)
            var templates = BriefingTemplates()
            // The placeholders each template may use come from the one table in BriefingTemplates.
            func template(_ key: String) throws(ConfigurationError) -> String? {
                guard let text = try t.string(key) else { return nil }
                let placeholders = BriefingTemplates.placeholders[key] ?? []
                for name in Self.placeholderNames(in: text) where !placeholders.contains(name) {
                    throw t.error(key, "unknown placeholder {\(name)} (allowed: \(placeholders.sorted().map { "{\($0)}" }.joined(separator: ", ")))")
                }
                return text
            }
            templates.intro = try template("intro") ?? templates.intro
            templates.outro = try template("outro") ?? templates.outro
            templates.preview = try template("preview") ?? templates.preview
            templates.firstTransition = try template("first") ?? templates.firstTransition
            templates.lastTransition = try template("last") ?? templates.lastTransition
            templates.attribution = try template("attribution") ?? templates.attribution
            templates.alsoReportedBy = try template("also_reported_by") ?? templates.alsoReportedBy
            if let transitions = try t.strings("transitions") {
                guard transitions.count >= 2 else {
                    throw t.error("transitions", "give at least two, so that no transition is said twice in a row")
                }
                templates.transitions = transitions
            }
            c.templates = templates
        }
        return c
    }

    static func placeholderNames(in text: String) -> [String] {
        var names: [String] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.append(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }
}
