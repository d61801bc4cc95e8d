#if canImport(Glibc)
import Glibc
#endif

/// The web benchmark's client: one kept-alive HTTP/1.1 connection on a raw POSIX socket to a
/// loopback port, optionally from a loopback address of its own (`127.0.0.12`: one machine a
/// person, so that a server counting sign-ins by address sees many). Requests are written whole;
/// answers are framed by Content-Length alone, which is how kadai and nginx send pages. A
/// connection the server closes, or asks to close, is opened again for the next request. One
/// thread at a time uses a connection.
final class HTTPConnection: @unchecked Sendable {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    struct Answer {
        let status: Int
        let headers: [(name: String, value: String)]
        let body: [UInt8]

        func header(_ name: String) -> String? { headers.first { $0.name.lowercased() == name }?.value }
        /// The `name=value` of every `Set-Cookie`.
        var cookies: [(name: String, value: String)] {
            headers.filter { $0.name.lowercased() == "set-cookie" }.compactMap { header in
                let pair = header.value.prefix { $0 != ";" }.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                return pair.count == 2 ? (String(pair[0]), String(pair[1])) : nil
            }
        }
        var text: String { String(decoding: body, as: UTF8.self) }
    }

    let port: UInt16
    let source: String?
    private var descriptor: Int32 = -1
    private var buffer = [UInt8](repeating: 0, count: 1 << 16)
    /// The bytes read and not yet taken: `buffer[start..<end]`.
    private var start = 0, end = 0

    init(port: UInt16, from source: String? = nil) {
        self.port = port
        self.source = source
    }

    deinit { disconnect() }

    /// The bytes of a request with `Host` (and `Content-Length` for a body), ready to send again and again.
    func request(_ method: String, _ target: String, headers: [(String, String)] = [], body: [UInt8] = []) -> [UInt8] {
        var head = "\(method) \(target) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\n"
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        if method == "POST" || !body.isEmpty { head += "Content-Length: \(body.count)\r\n" }
        return Array((head + "\r\n").utf8) + body
    }

    /// Sends a request made by `request` and reads its answer.
    func exchange(_ request: [UInt8]) throws -> Answer {
        if descriptor < 0 { try connect() }
        do {
            try send(request)
            let answer = try receive()
            if answer.header("connection")?.lowercased() == "close" { disconnect() }
            return answer
        } catch {
            disconnect()
            throw error
        }
    }

    private func connect() throws {
        descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw Failure(description: "socket: \(String(cString: strerror(errno)))") }
        var one: Int32 = 1
        setsockopt(descriptor, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
        var limit = timeval(tv_sec: 60, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
        if let source {
            guard Self.call(bind, descriptor, source, 0) == 0 else { try failed("bind to \(source)") }
        }
        guard Self.call(Glibc.connect, descriptor, "127.0.0.1", port) == 0 else { try failed("connect to port \(port)") }
        start = 0
        end = 0
    }

    private func failed(_ what: String) throws -> Never {
        let reason = String(cString: strerror(errno))
        disconnect()
        throw Failure(description: "\(what): \(reason)")
    }

    /// `bind` or `connect` with an IPv4 address and port.
    private static func call(_ function: (Int32, UnsafePointer<sockaddr>, socklen_t) -> Int32, _ descriptor: Int32, _ host: String, _ port: UInt16) -> Int32 {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        inet_pton(AF_INET, host, &address.sin_addr)
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { function(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
    }

    private func disconnect() {
        if descriptor >= 0 { close(descriptor) }
        descriptor = -1
    }

    private func send(_ bytes: [UInt8]) throws {
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { Glibc.send(descriptor, $0.baseAddress! + written, $0.count - written, Int32(MSG_NOSIGNAL)) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { throw Failure(description: "send: \(String(cString: strerror(errno)))") }
            written += count
        }
    }

    /// Reads more into the buffer, moving what is unread to its front (and growing it) when full.
    private func fill() throws {
        if end == buffer.count {
            if start > 0 {
                _ = buffer.withUnsafeMutableBytes { memmove($0.baseAddress!, $0.baseAddress! + start, end - start) }
                end -= start
                start = 0
            } else {
                buffer += [UInt8](repeating: 0, count: buffer.count)
            }
        }
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress! + end, $0.count - end, 0) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { throw Failure(description: count == 0 ? "the server closed the connection" : "recv: \(String(cString: strerror(errno)))") }
            end += count
            return
        }
    }

    private func receive() throws -> Answer {
        // Counted from `start`, which a fill may move: how far the blank line is known not to begin.
        var scanned = 0
        var headEnd = 0
        while true {
            let from = start + scanned
            if let found = (from..<max(from, end - 3)).first(where: {
                buffer[$0] == 13 && buffer[$0 + 1] == 10 && buffer[$0 + 2] == 13 && buffer[$0 + 3] == 10
            }) {
                headEnd = found
                break
            }
            scanned = max(0, end - 3 - start)
            try fill()
        }
        let lines = String(decoding: buffer[start..<headEnd], as: UTF8.self).split(separator: "\r\n", omittingEmptySubsequences: false)
        let statusWords = lines.first?.split(separator: " ") ?? []
        guard statusWords.count >= 2, statusWords[0].hasPrefix("HTTP/1."), let status = Int(statusWords[1]) else {
            throw Failure(description: "not an HTTP answer: \(lines.first ?? "")")
        }
        let headers = lines.dropFirst().compactMap { line -> (name: String, value: String)? in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            return (String(line[..<colon]), String(line[line.index(after: colon)...].drop { $0 == " " }))
        }
        start = headEnd + 4
        let length = headers.first { $0.name.lowercased() == "content-length" }.flatMap { Int($0.value) } ?? 0
        guard headers.first(where: { $0.name.lowercased() == "transfer-encoding" }) == nil else {
            throw Failure(description: "a chunked answer: this client reads Content-Length only")
        }
        while end - start < length { try fill() }
        let body = Array(buffer[start..<(start + length)])
        start += length
        if start == end { start = 0; end = 0 }
        return Answer(status: status, headers: headers, body: body)
    }
}
