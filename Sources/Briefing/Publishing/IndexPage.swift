import Foundation

/// The output folder's web page: every briefing with a player, chapters that seek it, and the transcript.
/// Plain XHTML-compatible HTML with inline CSS and a few lines of script; no external files; readable on a phone.
public struct IndexPage: Sendable {
    /// The page file's name in the output folder.
    public static let fileName = "index.html"

    /// The page's heading.
    public var title: String
    /// The feed file to link to, relative to the page; nil for none.
    public var feedFile: String?
    /// The language spoken, for the page's `lang`.
    public var language: String

    /// Creates a page writer.
    public init(title: String = "Daily Briefing", feedFile: String? = PodcastFeed.fileName, language: String = "en") {
        self.title = title
        self.feedFile = feedFile
        self.language = language
    }

    /// The page for `episodes`, in the order given (newest first, as `BriefingCatalog` lists them).
    public func html(for episodes: [BriefingEpisode]) -> String {
        let e = MarkupText.escape
        var h = """
            <!DOCTYPE html>
            <html xmlns="http://www.w3.org/1999/xhtml" lang="\(e(language))" xml:lang="\(e(language))">
            <head>
            <meta charset="utf-8" />
            <meta name="viewport" content="width=device-width, initial-scale=1" />
            <title>\(e(title))</title>

            """
        if let feedFile {
            h += "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"\(e(title))\" href=\"\(e(PodcastFeed.link(feedFile, base: nil)))\" />\n"
        }
        h += "<style>\n\(Self.style)</style>\n</head>\n<body>\n<main>\n<header>\n<h1>\(e(title))</h1>\n"
        if let feedFile {
            h += "<p class=\"feed\"><a href=\"\(e(PodcastFeed.link(feedFile, base: nil)))\">Podcast feed</a>"
            h += " — paste its address into a podcast app to subscribe.</p>\n"
        }
        h += "</header>\n"
        if episodes.isEmpty {
            h += "<p>No briefings yet.</p>\n"
        }
        for episode in episodes {
            h += article(episode)
        }
        h += "</main>\n<script>\n\(Self.script)</script>\n</body>\n</html>\n"
        return h
    }

    /// Writes the page for `episodes` to `path` atomically.
    public func write(_ episodes: [BriefingEpisode], to path: String) throws(BriefingError) {
        try AtomicFile.write(html(for: episodes), to: path)
    }

    func article(_ episode: BriefingEpisode) -> String {
        let e = MarkupText.escape
        let id = "briefing-\(episode.day)"
        var h = "<article id=\"\(id)\">\n<h2>\(e(episode.title))</h2>\n"
        var meta = [episode.day]
        if let duration = episode.duration { meta.append(MarkupText.shortClock(duration)) }
        meta.append(episode.format.displayName)
        h += "<p class=\"meta\">\(e(meta.joined(separator: " · ")))</p>\n"
        let src = e(PodcastFeed.link(episode.audioFile, base: nil))
        h += "<audio controls=\"\" preload=\"none\" src=\"\(src)\"></audio>\n"
        if !episode.chapters.isEmpty {
            h += "<ol class=\"chapters\">\n"
            for chapter in episode.chapters {
                let start = MarkupText.seconds(chapter.start)
                h += "<li><button type=\"button\" data-start=\"\(start)\">"
                h += "<span class=\"time\">\(MarkupText.shortClock(chapter.start, rounding: .down))</span> \(e(chapter.title))</button></li>\n"
            }
            h += "</ol>\n"
        }
        let paragraphs = episode.transcriptParagraphs
        if !paragraphs.isEmpty {
            h += "<details>\n<summary>Transcript</summary>\n"
            for paragraph in paragraphs {
                let lines = paragraph.components(separatedBy: "\n").map(e).joined(separator: "<br />")
                h += "<p>\(lines)</p>\n"
            }
            h += "</details>\n"
        }
        var files = ["<a href=\"\(src)\" download=\"\">Audio</a>"]
        if let transcript = episode.transcriptFile {
            files.append("<a href=\"\(e(PodcastFeed.link(transcript, base: nil)))\">Transcript</a>")
        }
        if let captions = episode.captionsFile {
            files.append("<a href=\"\(e(PodcastFeed.link(captions, base: nil)))\">Captions</a>")
        }
        h += "<p class=\"files\">\(files.joined(separator: " · "))</p>\n</article>\n"
        return h
    }

    /// Readable on a phone: one column, system fonts, large tap targets; follows the system's dark mode.
    static let style = """
        :root { color-scheme: light dark; --accent: #0b62c4; --line: #8884; }
        body { margin: 0; font: 1.05rem/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
        main { max-width: 42rem; margin: 0 auto; padding: 1rem; }
        h1 { font-size: 1.6rem; margin: 0.5rem 0; }
        h2 { font-size: 1.25rem; margin: 0 0 0.25rem; }
        article { border-top: 1px solid var(--line); padding: 1.25rem 0; }
        .meta, .feed, .files { color: GrayText; font-size: 0.95rem; margin: 0.25rem 0 0.75rem; }
        audio { width: 100%; }
        a { color: var(--accent); }
        .files a { display: inline-block; padding: 0.6rem 0.2rem; min-height: 44px; box-sizing: border-box; }
        ol.chapters { list-style: none; padding: 0; margin: 0.75rem 0; }
        ol.chapters button { display: block; width: 100%; min-height: 44px; padding: 0.6rem 0.75rem; margin: 0.25rem 0;
          text-align: left; font: inherit; color: inherit; background: none; border: 1px solid var(--line);
          border-radius: 0.5rem; cursor: pointer; }
        ol.chapters button:hover, ol.chapters button:focus { border-color: var(--accent); }
        .time { display: inline-block; min-width: 3.5em; font-variant-numeric: tabular-nums; color: GrayText; }
        details summary { min-height: 44px; padding: 0.6rem 0; cursor: pointer; }

        """

    /// Chapter buttons seek their briefing's player and play. No `<` or `&`, so the page stays valid XML.
    static let script = """
        document.addEventListener('click', function (event) {
          var button = event.target.closest('[data-start]');
          if (!button) return;
          var audio = button.closest('article').querySelector('audio');
          audio.currentTime = parseFloat(button.getAttribute('data-start'));
          audio.play();
        });

        """
}
