import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A tiny HTTP/1.1 server on 127.0.0.1 for tests of URL sources: fixed routes, one thread per
/// connection, and a hard deadline after which it stops by itself even if a test forgets to.
final class LocalHTTPServer: @unchecked Sendable {
    // @unchecked Sendable: `stopped` is guarded by `lock`; the socket descriptor and routes are
    // immutable after init.

    /// What a route answers.
    struct Response: Sendable {
        var status: Int = 200
        var headers: [String: String] = [:]
        var body: Data = Data()
        /// Seconds to wait before answering (to test client timeouts).
        var delay: TimeInterval = 0
        /// When false, no Content-Length is sent: the body ends when the connection closes.
        var sendsLength = true
    }

    let port: UInt16
    private let listener: Int32
    private let routes: [String: @Sendable (String) -> Response]
    private let lock = NSLock()
    private var stopped = false

    /// Starts listening on an ephemeral port.
    /// - Parameter lifetime: seconds after which the server stops on its own.
    init(routes: [String: @Sendable (String) -> Response], lifetime: TimeInterval = 30) throws {
        self.routes = routes
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw ServerError("socket() failed") }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(fd, 16) == 0 else { close(fd); throw ServerError("bind/listen failed") }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        port = UInt16(bigEndian: address.sin_port)
        listener = fd
        let deadline = Date().addingTimeInterval(lifetime)
        Thread.detachNewThread { [self] in acceptLoop(until: deadline) }
    }

    /// The URL of a path on this server.
    func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

    /// Stops accepting connections.
    func stop() {
        lock.withLock { stopped = true }
    }

    private var isStopped: Bool { lock.withLock { stopped } }

    private func acceptLoop(until deadline: Date) {
        defer { close(listener) }
        while !isStopped && Date() < deadline {
            var pfd = pollfd(fd: listener, events: Int16(POLLIN), revents: 0)
            guard poll(&pfd, 1, 100) > 0 else { continue }
            let client = accept(listener, nil, nil)
            guard client >= 0 else { continue }
            Thread.detachNewThread { [self] in handle(client) }
        }
    }

    private func handle(_ client: Int32) {
        defer { close(client) }
        var timeout = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(client, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        // Read the request head (bodies are not used by these routes).
        var request = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 4096)
        while request.count < 65536 {
            let n = recv(client, &buffer, buffer.count, 0)
            if n <= 0 { return }
            request += buffer[0..<n]
            if request.count >= 4, request.suffix(4) == [13, 10, 13, 10] { break }
            if let text = String(bytes: request, encoding: .utf8), text.contains("\r\n\r\n") { break }
        }
        let head = String(decoding: request, as: UTF8.self)
        let parts = head.split(separator: " ", maxSplits: 2)
        let path = parts.count > 1 ? String(parts[1]) : "/"
        let route = routes[path] ?? { _ in Response(status: 404, body: Data("not found".utf8)) }
        let response = route(head)
        if response.delay > 0 {
            // Sleep in small steps so a stopped server does not hold the thread for long.
            let end = Date().addingTimeInterval(response.delay)
            while Date() < end && !isStopped { usleep(50_000) }
        }
        var headers = response.headers
        if headers["Content-Length"] == nil, response.sendsLength { headers["Content-Length"] = String(response.body.count) }
        headers["Connection"] = "close"
        var text = "HTTP/1.1 \(response.status) \(Self.reason(response.status))\r\n"
        for (k, v) in headers.sorted(by: { $0.key < $1.key }) { text += "\(k): \(v)\r\n" }
        text += "\r\n"
        let bytes = Array(text.utf8) + response.body
        var sent = 0
        while sent < bytes.count {
            let n = bytes[sent...].withUnsafeBytes { send(client, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if n <= 0 { return }
            sent += n
        }
    }

    private static func reason(_ status: Int) -> String {
        switch status {
        case 200: return "OK"
        case 301: return "Moved Permanently"
        case 302: return "Found"
        case 404: return "Not Found"
        default: return "Status"
        }
    }

    struct ServerError: Error, CustomStringConvertible {
        let description: String
        init(_ d: String) { description = d }
    }
}
