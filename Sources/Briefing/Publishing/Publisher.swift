import Foundation

/// What publishing wrote.
public struct Publication: Sendable {
    /// The podcast feed.
    public var feedPath: String
    /// The web page.
    public var indexPath: String
    /// The briefings listed, newest first.
    public var episodes: [BriefingEpisode]
    /// Files found but not read in full, one line each.
    public var warnings: [String]
}

/// Rewrites an output folder's podcast feed and web page from the briefings in it.
public enum Publisher {
    /// Rescans `folder` and rewrites `feed.xml` and `index.html` there, atomically. `baseURL` is the
    /// folder's public address (`https://example.com/briefings/`) for the feed's links; nil keeps them relative.
    public static func publish(
        folder: String, baseURL: String? = nil, title: String = "Daily Briefing", timeZone: TimeZone = .current
    ) throws(BriefingError) -> Publication {
        if let baseURL { try validate(baseURL: baseURL) }
        let catalog = try BriefingCatalog.scan(folder: folder)
        let feed = PodcastFeed(options: PodcastFeed.Options(title: title, baseURL: baseURL, timeZone: timeZone))
        let feedPath = (folder as NSString).appendingPathComponent(PodcastFeed.fileName)
        let indexPath = (folder as NSString).appendingPathComponent(IndexPage.fileName)
        try feed.write(catalog.episodes, to: feedPath)
        try IndexPage(title: title).write(catalog.episodes, to: indexPath)
        return Publication(feedPath: feedPath, indexPath: indexPath, episodes: catalog.episodes, warnings: catalog.warnings)
    }

    /// Accepts only absolute http(s) addresses with a host: podcast apps cannot follow anything else.
    static func validate(baseURL: String) throws(BriefingError) {
        guard let url = URLComponents(string: baseURL), let scheme = url.scheme?.lowercased(),
            scheme == "http" || scheme == "https", let host = url.host, !host.isEmpty, url.query == nil, url.fragment == nil
        else {
            throw BriefingError("the base URL \"\(baseURL)\" is not an http(s) address of a folder; use one like https://example.com/briefings/")
        }
    }
}
