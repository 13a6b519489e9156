import Articles
import Foundation

/// A stable name for an article, to recognise it in a later briefing: its web address, normalized, when it
/// has one; otherwise a hash of its headline and source.
public enum StoryKey {
    /// The key of `article`: `url:host/path?query` or `title:<16 hex digits>`.
    public static func key(for article: Article) -> String {
        if let url = article.url.flatMap(normalizedURL) { return "url:" + url }
        let title = words(article.title).joined(separator: " ")
        let source = words(article.source ?? "").joined(separator: " ")
        return "title:" + hex(fnv1a(title + "\n" + source))
    }

    /// `https://www.Example.com/a/b/?utm_source=x#top` becomes `example.com/a/b`: the scheme, `www.`, a
    /// trailing slash, the fragment and tracking parameters do not make a different article.
    static func normalizedURL(_ text: String) -> String? {
        guard let components = URLComponents(string: text.trimmingCharacters(in: .whitespacesAndNewlines)),
            let scheme = components.scheme?.lowercased(), scheme == "http" || scheme == "https",
            var host = components.host?.lowercased(), !host.isEmpty
        else { return nil }
        if host.hasPrefix("www.") { host.removeFirst(4) }
        var path = components.percentEncodedPath
        while path.hasSuffix("/") { path.removeLast() }
        let tracking: Set<String> = ["fbclid", "gclid", "mc_cid", "mc_eid", "ref", "cmp", "ocid", "at_medium", "at_campaign"]
        let query = (components.percentEncodedQuery ?? "").split(separator: "&")
            .filter { item in
                let name = item.split(separator: "=", maxSplits: 1).first.map { $0.lowercased() } ?? ""
                return !name.isEmpty && !name.hasPrefix("utm_") && !tracking.contains(name)
            }
            .map(String.init)
            .sorted()
        let port = components.port.map { ":\($0)" } ?? ""
        return host + port + path + (query.isEmpty ? "" : "?" + query.joined(separator: "&"))
    }

    static func words(_ text: String) -> [Substring] {
        text.lowercased().split { !$0.isLetter && !$0.isNumber }
    }

    /// 64-bit FNV-1a: a hash that is the same in every run (Swift's `Hasher` is seeded per process).
    static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: max(0, 16 - digits.count)) + digits
    }
}
