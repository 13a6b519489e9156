import Foundation
internal import CCurl

/// A resource fetched over HTTP(S).
struct FetchedResource: Sendable {
    var data: Data
    /// The address after redirects.
    var finalURL: URL
    /// The `Content-Type` header, if any.
    var contentType: String?

    /// The charset named by the `Content-Type` header.
    var charset: String? { contentType.flatMap(Self.charset(inContentType:)) }

    /// The `charset` parameter of a `Content-Type` value ("text/html; charset=utf-8").
    static func charset(inContentType type: String) -> String? {
        for part in type.split(separator: ";") {
            let kv = part.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if kv.count == 2, kv[0].lowercased() == "charset" { return kv[1].trimmingCharacters(in: CharacterSet(charactersIn: "\"'")) }
        }
        return nil
    }
}

/// Fetches URLs with the limits a command-line tool needs: a timeout, a size limit, a redirect
/// limit and an honest User-Agent. Blocks the calling thread until done.
///
/// The transfer runs in libcurl, which is loaded on the first fetch (see `CCurl`), so a run that
/// fetches nothing never loads it or the TLS libraries behind it.
struct HTTPFetcher: Sendable {
    let options: SourceOptions

    /// The Accept header: the formats `ArticleLoader` reads, best first.
    static let accept =
        "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/feed+json,application/json;q=0.9,text/plain;q=0.8,*/*;q=0.5"

    func fetch(_ url: URL) throws(ArticlesError) -> FetchedResource {
        let source = url.absoluteString
        guard let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https", url.host != nil else {
            throw ArticlesError(source: source, reason: "only http and https addresses can be fetched")
        }
        guard !options.offline else {
            throw ArticlesError(source: source, reason: "is a web address, and network access is off (offline mode)")
        }
        // The timeout bounds each wait for the server; a whole transfer may take a few of them.
        let timeout = Self.milliseconds(options.timeout)
        let totalTimeout = Self.milliseconds(options.timeout * 3)
        var response = CurlResponse()
        let outcome = source.withCString { url in
            options.userAgent.withCString { userAgent in
                Self.accept.withCString { accept in
                    var request = briefing_http_request(
                        url: url, user_agent: userAgent, accept: accept, timeout_ms: timeout,
                        total_timeout_ms: totalTimeout, max_redirects: max(0, options.maxRedirects),
                        max_bytes: Int64(max(0, options.maxBytes)))
                    return briefing_http_get(&request, &response.raw)
                }
            }
        }
        switch outcome {
        case BRIEFING_HTTP_RESPONDED:
            break
        case BRIEFING_HTTP_NO_LIBCURL:
            throw ArticlesError(
                source: source, reason: "cannot fetch web addresses: libcurl is not installed (install the libcurl4 package)")
        case BRIEFING_HTTP_SERVER_TIMED_OUT:
            throw ArticlesError(source: source, reason: "the server did not answer within \(Self.describe(seconds: options.timeout))")
        case BRIEFING_HTTP_TRANSFER_TIMED_OUT:
            throw ArticlesError(source: source, reason: "the download did not finish within \(Self.describe(seconds: options.timeout * 3))")
        case BRIEFING_HTTP_UNKNOWN_HOST:
            throw ArticlesError(source: source, reason: "cannot find the server \(url.host ?? "")")
        case BRIEFING_HTTP_CANNOT_CONNECT:
            throw ArticlesError(source: source, reason: "cannot connect to the server")
        case BRIEFING_HTTP_TOO_LARGE:
            throw ArticlesError(source: source, reason: "the download is larger than \(SourceOptions.describe(bytes: options.maxBytes))")
        case BRIEFING_HTTP_TOO_MANY_REDIRECTS:
            throw ArticlesError(source: source, reason: "too many redirects (more than \(options.maxRedirects))")
        case BRIEFING_HTTP_PROTOCOL_REFUSED:
            // The address itself was checked above, so only a redirect can lead here.
            throw ArticlesError(source: source, reason: "the server redirected to an address that is not http or https")
        default:
            throw ArticlesError(source: source, reason: "cannot fetch (\(response.message ?? "unknown error"))")
        }
        let status = response.raw.status
        guard (200..<300).contains(status) else {
            throw ArticlesError(source: source, reason: "the server answered HTTP \(status)\(Self.phrase(status))")
        }
        return FetchedResource(
            data: response.body, finalURL: response.effectiveURL.flatMap(URL.init(string:)) ?? url,
            contentType: response.contentType)
    }

    /// A timeout in whole milliseconds for libcurl: at least 1, and finite.
    private static func milliseconds(_ seconds: TimeInterval) -> Int {
        guard seconds.isFinite else { return Int(Int32.max) }
        return Int(min(max(seconds * 1000, 1), Double(Int32.max)).rounded(.up))
    }

    /// "1 second", "2.5 seconds".
    private static func describe(seconds: TimeInterval) -> String {
        seconds == 1 ? "1 second" : "\(seconds.formatted()) seconds"
    }
}

/// Owns what one `briefing_http_get` call allocated, and frees it.
private struct CurlResponse: ~Copyable {
    var raw = briefing_http_response()

    var body: Data { raw.body.map { Data(bytes: $0, count: raw.body_length) } ?? Data() }
    var effectiveURL: String? { raw.effective_url.map { String(cString: $0) } }
    var contentType: String? { raw.content_type.map { String(cString: $0) } }
    var message: String? { raw.message.map { String(cString: $0) } }

    deinit {
        var raw = raw
        briefing_http_response_free(&raw)
    }
}

extension HTTPFetcher {
    /// " (Not Found)" and the like, for the statuses users meet.
    static func phrase(_ status: Int) -> String {
        let phrases: [Int: String] = [
            300: "Multiple Choices", 301: "Moved Permanently", 302: "Found", 303: "See Other", 304: "Not Modified",
            307: "Temporary Redirect", 308: "Permanent Redirect", 400: "Bad Request", 401: "Unauthorized",
            402: "Payment Required", 403: "Forbidden", 404: "Not Found", 405: "Method Not Allowed", 406: "Not Acceptable",
            408: "Request Timeout", 410: "Gone", 429: "Too Many Requests", 451: "Unavailable For Legal Reasons",
            500: "Internal Server Error", 501: "Not Implemented", 502: "Bad Gateway", 503: "Service Unavailable",
            504: "Gateway Timeout",
        ]
        return phrases[status].map { " (\($0))" } ?? ""
    }
}
