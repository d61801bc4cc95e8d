import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A tiny HTTP client on a raw socket, for the loopback tests (the server's own, `kadai serve`'s,
/// chromedriver's): it sends exactly the bytes it is given and reads responses one at a time by
/// their Content-Length, so a test sees what the server put on the wire and nothing a library
/// fixed up. Every read gives up after `timeout`.
/// One thread may send while another reads (the socket allows it; only reads touch the buffer).
public final class RawClient: @unchecked Sendable {
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
        public init(description: String) { self.description = description }
    }

    public struct Response: Sendable {
        public let status: Int
        public let headers: [(name: String, value: String)]
        public let body: [UInt8]

        public func header(_ name: String) -> String? { headers.first { $0.name.lowercased() == name.lowercased() }?.value }
        /// Every value of a header that may come several times (`Set-Cookie`).
        public func headers(_ name: String) -> [String] { headers.filter { $0.name.lowercased() == name.lowercased() }.map(\.value) }
        public var text: String { String(decoding: body, as: UTF8.self) }
    }

    public let descriptor: Int32
    /// The port it is connected to, for `Host`.
    public let port: UInt16
    private var buffer: [UInt8] = []

    /// `source`: an IPv4 loopback address to connect from (`127.0.0.7`), so that a test can be
    /// many people at many machines; the system's choice when nil.
    public init(port: UInt16, host: String = "127.0.0.1", from source: String? = nil, timeout: Duration = .seconds(5)) throws {
        let v6 = host.contains(":")
        self.port = port
        descriptor = socket(v6 ? AF_INET6 : AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        // Once every property is set, a throw from here on runs deinit, which closes the descriptor:
        // closing it here too could close another thread's newer socket of the same number.
        var result: Int32
        if let source, !v6 {
            var local = sockaddr_in()
            local.sin_family = sa_family_t(AF_INET)
            inet_pton(AF_INET, source, &local.sin_addr)
            result = withUnsafePointer(to: &local) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
            guard result == 0 else { throw Failure(description: "bind to \(source): \(String(cString: strerror(errno)))") }
        }
        if v6 {
            var address = sockaddr_in6()
            address.sin6_family = sa_family_t(AF_INET6)
            address.sin6_port = port.bigEndian
            inet_pton(AF_INET6, host, &address.sin6_addr)
            result = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in6>.size)) } }
        } else {
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = port.bigEndian
            inet_pton(AF_INET, host, &address.sin_addr)
            result = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
        }
        guard result == 0 else { throw Failure(description: "connect: \(String(cString: strerror(errno)))") }
        let (seconds, attoseconds) = timeout.components
        var limit = timeval(tv_sec: Int(seconds), tv_usec: Int(attoseconds / 1_000_000_000_000))
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
    }

    deinit { close(descriptor) }

    /// Whether every byte went.
    @discardableResult
    public func send(_ text: String) -> Bool { send(Array(text.utf8)) }

    @discardableResult
    public func send(_ bytes: [UInt8]) -> Bool {
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { Glibc.send(descriptor, $0.baseAddress! + written, $0.count - written, Int32(MSG_NOSIGNAL)) }
            guard count > 0 else { return false }
            written += count
        }
        return true
    }

    /// The next response; nil when the connection ends or the timeout passes before it is whole.
    /// `toHead`: the request was HEAD, so no body follows whatever Content-Length says.
    public func response(toHead: Bool = false) -> Response? {
        var end: Int?
        while true {
            end = buffer.indices.dropLast(3).first { buffer[$0] == 13 && buffer[$0 + 1] == 10 && buffer[$0 + 2] == 13 && buffer[$0 + 3] == 10 }
            if end != nil { break }
            guard receive() else { return nil }
        }
        let head = String(decoding: buffer[..<end!], as: UTF8.self).components(separatedBy: "\r\n")
        let statusParts = head[0].split(separator: " ", maxSplits: 2)
        guard statusParts.count >= 2, let status = Int(statusParts[1]) else { return nil }
        let headers = head.dropFirst().map { line in
            let colon = line.firstIndex(of: ":")!
            return (name: String(line[..<colon]), value: String(line[line.index(after: colon)...]).trimmingCharacters(in: .whitespaces))
        }
        buffer.removeFirst(end! + 4)
        let response = Response(status: status, headers: headers, body: [])
        let length = toHead || status < 200 || status == 204 || status == 304 ? 0 : Int(response.header("Content-Length") ?? "0") ?? 0
        while buffer.count < length {
            guard receive() else { return nil }
        }
        defer { buffer.removeFirst(length) }
        return Response(status: status, headers: headers, body: Array(buffer[..<length]))
    }

    /// Whether the server closed the connection (a reset counts) with nothing more sent,
    /// within the timeout.
    public func isClosedByServer() -> Bool {
        guard buffer.isEmpty else { return false }
        var byte: UInt8 = 0
        let count = recv(descriptor, &byte, 1, 0)
        return count == 0 || (count < 0 && errno == ECONNRESET)
    }

    private func receive() -> Bool {
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        let count = recv(descriptor, &chunk, chunk.count, 0)
        guard count > 0 else { return false }
        buffer += chunk[..<count]
        return true
    }
}

extension RawClient {
    /// One request on this connection, which stays open for the next (HTTP/1.1's default) unless
    /// `headers` say `Connection: close`: the method, target, headers and body as given, with
    /// `Host` and `Content-Length` added. Nil when the whole answer does not come.
    public func exchange(_ method: String, _ target: String, headers: [(String, String)] = [], body: [UInt8] = []) -> Response? {
        var head = "\(method) \(target) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\n"
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        if !body.isEmpty || method == "POST" { head += "Content-Length: \(body.count)\r\n" }
        guard send(Array((head + "\r\n").utf8) + body) else { return nil }
        return response(toHead: method == "HEAD")
    }

    /// One request on a connection of its own, closed after the answer (`Connection: close`).
    public static func exchange(port: UInt16, _ method: String, _ target: String, headers: [(String, String)] = [], body: [UInt8] = [],
                                from source: String? = nil, timeout: Duration = .seconds(30)) throws -> Response {
        let client = try RawClient(port: port, from: source, timeout: timeout)
        guard let response = client.exchange(method, target, headers: [("Connection", "close")] + headers, body: body) else {
            throw Failure(description: "\(method) \(target) on port \(port): no whole answer")
        }
        return response
    }
}
