import Foundation

/// The wording of a briefing: every phrase the builder says that is not from an article.
///
/// Templates use `{placeholders}`; a configuration can override any of them.
public struct BriefingTemplates: Sendable, Hashable {
    /// Opens the briefing. Placeholders: `{greeting}`, `{weekday}`, `{day}` ("27th"), `{month}`, `{year}`.
    public var intro: String
    /// Introduces the headlines to come. Placeholder: `{headlines}`.
    public var preview: String
    /// Said before the first story.
    public var firstTransition: String
    /// Said before stories in the middle; used in turn, never the same twice in a row.
    public var transitions: [String]
    /// Said before the last story.
    public var lastTransition: String
    /// Credits a story. Placeholders: `{source}`, `{ago}` (", 2 hours ago" or empty), `{also}`.
    public var attribution: String
    /// Names the other sources of a story told once. Placeholder: `{sources}`.
    public var alsoReportedBy: String
    /// Closes the briefing. Placeholders as for `intro`.
    public var outro: String

    /// Creates templates; the defaults are the wording of a radio news bulletin.
    public init(
        intro: String = "{greeting}. It's {weekday}, the {day} of {month}. Here are today's top stories.",
        preview: String = "Coming up: {headlines}.",
        firstTransition: String = "First.",
        transitions: [String] = ["Next.", "In other news.", "Also today.", "Meanwhile."],
        lastTransition: String = "Finally.",
        attribution: String = "From {source}{ago}.{also}",
        alsoReportedBy: String = " Also reported by {sources}.",
        outro: String = "That's your briefing for {weekday}. Thanks for listening."
    ) {
        self.intro = intro
        self.preview = preview
        self.firstTransition = firstTransition
        self.transitions = transitions
        self.lastTransition = lastTransition
        self.attribution = attribution
        self.alsoReportedBy = alsoReportedBy
        self.outro = outro
    }

    /// Fills `{name}` placeholders in `template` from `values`; unknown placeholders are left out.
    public static func fill(_ template: String, _ values: [String: String]) -> String {
        var out = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else {
                out += rest[open...]
                return out
            }
            let name = String(rest[rest.index(after: open)..<close])
            out += values[name] ?? ""
            rest = rest[rest.index(after: close)...]
        }
        out += rest
        return out
    }

    /// The placeholders each template may use, for validating configuration.
    public static let placeholders: [String: Set<String>] = [
        "intro": dateNames, "outro": dateNames, "preview": ["headlines"],
        "attribution": ["source", "ago", "also"], "also_reported_by": ["sources"],
    ]
    static let dateNames: Set<String> = ["greeting", "weekday", "day", "month", "year"]
}
