import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

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
struct HTTPFetcher: Sendable {
    let options: SourceOptions

    func fetch(_ url: URL) throws(ArticlesError) -> FetchedResource {
        let source = url.absoluteString
        guard let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https", url.host != nil else {
            throw ArticlesError(source: source, reason: "only http and https addresses can be fetched")
        }
        guard !options.offline else {
            throw ArticlesError(source: source, reason: "is a web address, and network access is off (offline mode)")
        }
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = options.timeout
        // The timeout bounds each wait for the server; a whole transfer may take a few of them.
        configuration.timeoutIntervalForResource = options.timeout * 3
        configuration.httpAdditionalHeaders = [
            "User-Agent": options.userAgent,
            "Accept": "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/feed+json,application/json;q=0.9,text/plain;q=0.8,*/*;q=0.5",
        ]
        let delegate = FetchDelegate(maxBytes: options.maxBytes, maxRedirects: options.maxRedirects)
        let session = URLSession(configuration: configuration, delegate: delegate, delegateQueue: nil)
        let task = session.dataTask(with: url)
        task.resume()
        // The session's own timeout ends the task; this wait is a backstop for a stuck transfer.
        if delegate.done.wait(timeout: .now() + options.timeout * 3 + 5) == .timedOut {
            task.cancel()
            _ = delegate.done.wait(timeout: .now() + 2)
        }
        session.finishTasksAndInvalidate()
        let outcome = delegate.outcome()
        if outcome.tooLarge {
            throw ArticlesError(source: source, reason: "the download is larger than \(SourceOptions.describe(bytes: options.maxBytes))")
        }
        if outcome.tooManyRedirects {
            throw ArticlesError(source: source, reason: "too many redirects (more than \(options.maxRedirects))")
        }
        if let error = outcome.error {
            let code = (error as? URLError)?.code
            switch code {
            case .timedOut?:
                let seconds = options.timeout == 1 ? "1 second" : "\(options.timeout.formatted()) seconds"
                throw ArticlesError(source: source, reason: "the server did not answer within \(seconds)")
            case .cannotFindHost?, .dnsLookupFailed?: throw ArticlesError(source: source, reason: "cannot find the server \(url.host ?? "")")
            case .cannotConnectToHost?: throw ArticlesError(source: source, reason: "cannot connect to the server")
            case .cancelled?: throw ArticlesError(source: source, reason: "the download did not finish in time")
            default: throw ArticlesError(source: source, reason: "cannot fetch (\(error.localizedDescription))")
            }
        }
        guard let response = outcome.response else {
            throw ArticlesError(source: source, reason: "the server sent no response")
        }
        guard (200..<300).contains(response.statusCode) else {
            throw ArticlesError(source: source, reason: "the server answered HTTP \(response.statusCode)\(Self.phrase(response.statusCode))")
        }
        return FetchedResource(
            data: outcome.data, finalURL: response.url ?? url,
            contentType: response.value(forHTTPHeaderField: "Content-Type"))
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

/// Collects one transfer's bytes and enforces the size and redirect limits as data arrives.
// @unchecked Sendable: URLSession calls the delegate on its own queue while the fetching thread
// waits; every mutable field is read and written only under `lock`.
private final class FetchDelegate: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    struct Outcome {
        var data = Data()
        var response: HTTPURLResponse?
        var error: Error?
        var tooLarge = false
        var tooManyRedirects = false
    }

    let done = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var state = Outcome()
    private var redirects = 0
    private let maxBytes: Int
    private let maxRedirects: Int

    init(maxBytes: Int, maxRedirects: Int) {
        self.maxBytes = maxBytes
        self.maxRedirects = maxRedirects
    }

    func outcome() -> Outcome { lock.withLock { state } }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
                    completionHandler: @escaping (URLSession.ResponseDisposition) -> Void) {
        let tooLarge = response.expectedContentLength > Int64(maxBytes)
        lock.withLock {
            state.response = response as? HTTPURLResponse
            if tooLarge { state.tooLarge = true }
        }
        completionHandler(tooLarge ? .cancel : .allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        let overflow = lock.withLock { () -> Bool in
            guard !state.tooLarge else { return true }
            if state.data.count + data.count > maxBytes {
                state.tooLarge = true
                state.data = Data()
                return true
            }
            state.data.append(data)
            return false
        }
        if overflow { dataTask.cancel() }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                    newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void) {
        let allowed = lock.withLock { () -> Bool in
            redirects += 1
            if redirects > maxRedirects { state.tooManyRedirects = true; return false }
            return true
        }
        completionHandler(allowed ? request : nil)
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: Error?) {
        lock.withLock {
            if let error, !state.tooLarge, !state.tooManyRedirects { state.error = error }
            if state.response == nil { state.response = task.response as? HTTPURLResponse }
        }
        done.signal()
    }
}
