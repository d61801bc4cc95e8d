/// Reads the requests of one connection from its bytes as they arrive (RFC 9112), and refuses
/// what a proxy in front could frame differently — the ground of request smuggling — rather than
/// guess: lines end in CRLF only, no bare CR, no obs-fold, names are tokens, one Host, one
/// Content-Length value and never beside Transfer-Encoding, HTTP/1.0 or 1.1 only.
///
/// Request bodies are framed by Content-Length alone: `Transfer-Encoding: chunked` is refused
/// with 411 (send Content-Length) and any other transfer coding with 501. Browsers' forms and the
/// reverse proxies kadai sits behind send Content-Length, and one framing less is one way less
/// for two parsers to disagree.
///
/// After a refusal the parser stays refused: the connection is to be answered and closed.
public struct RequestParser: Sendable {
    public enum Step: Sendable, Equatable {
        /// Nothing more can be read until more bytes come.
        case needMore
        /// The head asked for `Expect: 100-continue` and the body has not begun: send
        /// `HTTP/1.1 100 Continue` and keep reading. Given once per request.
        case continueExpected
        case request(HTTPRequest)
        case refused(HTTPRefusal)
    }

    private enum Phase: Sendable {
        case requestLine, headers, body(length: Int), refused(HTTPRefusal)
        /// A body written to a file as it comes (`HTTPSpool`), `remaining` bytes still to come.
        case spooling(remaining: Int, file: SpooledBody)
    }

    private struct RequestLine: Sendable {
        let method: String
        let target: RequestTarget
        let version: HTTPRequest.Version
    }

    public let limits: HTTPLimits
    public let peer: String
    /// Where bodies larger than `limits.bodyBytes` may go, for the requests it accepts.
    public let spool: HTTPSpool?
    private var buffer: [UInt8] = []
    /// The first byte not yet read.
    private var position = 0
    /// Where the search for the next LF resumes, so a line that arrives a byte at a time is not
    /// scanned again from its start at every byte.
    private var scannedTo = 0
    private var phase = Phase.requestLine
    /// Empty lines before the request line, counted against its limit.
    private var skippedBytes = 0
    private var requestLine: RequestLine?
    private var headers = HTTPHeaders()
    private var headerBytes = 0
    private var expectsContinue = false
    private var continueGiven = false

    public init(limits: HTTPLimits = HTTPLimits(), peer: String = "-", spool: HTTPSpool? = nil) {
        self.limits = limits
        self.peer = peer
        self.spool = spool
    }

    /// Whether a body is being written to a file: a slow upload that keeps sending is not timed out.
    public var isSpooling: Bool {
        if case .spooling = phase { return true }
        return false
    }

    public mutating func append(_ bytes: some Sequence<UInt8>) { buffer.append(contentsOf: bytes) }

    /// Whether some of the next request is here: a connection timing out now gets a 408, not a
    /// silent close.
    public var isMidRequest: Bool {
        if case .requestLine = phase { return position < buffer.count }
        return true
    }

    /// The method and the path as sent of the request being read, once its request line was
    /// read: what the access log shows for a refusal.
    public var methodAndPath: (method: String, path: String)? { requestLine.map { ($0.method, $0.target.rawPath) } }

    /// What can be read from the bytes so far; call again after each step but `needMore`.
    public mutating func next() -> Step {
        while true {
            switch phase {
            case .refused(let refusal):
                return .refused(refusal)
            case .requestLine:
                switch takeLine(limit: limits.requestLineBytes - skippedBytes) {
                case .incomplete: return .needMore
                case .tooLong: return refuse(.uriTooLong, "the request line is longer than \(limits.requestLineBytes) bytes")
                case .malformed(let reason): return refuse(.badRequest, reason)
                case .complete(let line) where line.isEmpty: skippedBytes += 2
                case .complete(let line):
                    if let refusal = readRequestLine(line) { return refuse(refusal) }
                    phase = .headers
                }
            case .headers:
                switch takeLine(limit: limits.headerBytes - headerBytes) {
                case .incomplete: return .needMore
                case .tooLong: return refuse(.requestHeaderFieldsTooLarge, "the header fields are longer than \(limits.headerBytes) bytes")
                case .malformed(let reason): return refuse(.badRequest, reason)
                case .complete(let line):
                    headerBytes += line.count + 2
                    if let refusal = line.isEmpty ? finishHead() : readField(line) { return refuse(refusal) }
                }
            case .spooling(let remaining, let file):
                let take = min(remaining, buffer.count - position)
                if take > 0 {
                    guard file.write(buffer[position..<(position + take)]) else {
                        return refuse(.internalServerError, "the body could not be written to the spool folder")
                    }
                    buffer.removeSubrange(0..<(position + take))
                    (position, scannedTo) = (0, 0)
                }
                if take == remaining {
                    file.finish()
                    return .request(takeRequest(bodyLength: 0, file: file))
                }
                phase = .spooling(remaining: remaining - take, file: file)
                if expectsContinue && !continueGiven && take == 0 {
                    continueGiven = true
                    return .continueExpected
                }
                return .needMore
            case .body(let length):
                let available = buffer.count - position
                if available >= length { return .request(takeRequest(bodyLength: length)) }
                if expectsContinue && !continueGiven && available == 0 {
                    continueGiven = true
                    return .continueExpected
                }
                return .needMore
            }
        }
    }

    // MARK: Lines

    private enum Line {
        /// The line without its CRLF.
        case complete(Range<Int>)
        case incomplete, tooLong
        case malformed(String)
    }

    /// The next line if it has come whole within `limit` bytes, its CRLF included.
    private mutating func takeLine(limit: Int) -> Line {
        let stop = min(buffer.count, position + max(limit, 0))
        var index = max(scannedTo, position)
        while index < stop && buffer[index] != ASCII.lf { index += 1 }
        guard index < stop else {
            scannedTo = index
            return buffer.count - position >= limit ? .tooLong : .incomplete
        }
        guard index > position, buffer[index - 1] == ASCII.cr else { return .malformed("a line ends in LF without CR") }
        let line = position..<(index - 1)
        guard !buffer[line].contains(ASCII.cr) else { return .malformed("a line holds a CR that does not end it") }
        position = index + 1
        scannedTo = position
        return .complete(line)
    }

    // MARK: The head

    private mutating func readRequestLine(_ line: Range<Int>) -> HTTPRefusal? {
        let parts = buffer[line].split(separator: ASCII.space, maxSplits: 3, omittingEmptySubsequences: false)
        guard parts.count == 3 else { return HTTPRefusal(.badRequest, "the request line is not a method, a target and a version one space apart") }
        guard ASCII.isToken(parts[0]) else { return HTTPRefusal(.badRequest, "the method is not a token") }
        let version = Array(parts[2])
        guard version.count == 8, version.starts(with: "HTTP/".utf8), version[6] == ASCII.dot,
              let major = Self.digit(version[5]), let minor = Self.digit(version[7]) else {
            return HTTPRefusal(.badRequest, "the version is not HTTP/1.0 or HTTP/1.1")
        }
        guard major == 1 else { return HTTPRefusal(.httpVersionNotSupported, "only HTTP/1.0 and HTTP/1.1 are served") }
        let method = String(decoding: parts[0], as: UTF8.self)
        let target: RequestTarget
        do { target = try RequestTarget(String(decoding: parts[1], as: UTF8.self)) } catch { return error }
        guard target.raw != "*" || method == "OPTIONS" else { return HTTPRefusal(.badRequest, "only OPTIONS may have the target '*'") }
        // A later 1.x is read as 1.1 (RFC 9110 §2.5).
        requestLine = RequestLine(method: method, target: target, version: minor == 0 ? .http10 : .http11)
        return nil
    }

    private mutating func readField(_ line: Range<Int>) -> HTTPRefusal? {
        let bytes = buffer[line]
        guard bytes.first != ASCII.space && bytes.first != ASCII.tab else {
            return HTTPRefusal(.badRequest, "a header line begins with whitespace (a folded line)")
        }
        guard let colon = bytes.firstIndex(of: ASCII.colon) else { return HTTPRefusal(.badRequest, "a header line has no ':'") }
        let name = bytes[..<colon]
        guard ASCII.isToken(name) else { return HTTPRefusal(.badRequest, "a header name holds a character other than a token's") }
        var value = bytes[(colon + 1)...]
        while let first = value.first, first == ASCII.space || first == ASCII.tab { value.removeFirst() }
        while let last = value.last, last == ASCII.space || last == ASCII.tab { value.removeLast() }
        guard value.allSatisfy(ASCII.isFieldValueByte) else { return HTTPRefusal(.badRequest, "a header value holds a control character") }
        guard let text = String(validating: value, as: UTF8.self) else { return HTTPRefusal(.badRequest, "a header value is not UTF-8") }
        guard headers.count < limits.headerCount else {
            return HTTPRefusal(.requestHeaderFieldsTooLarge, "there are more than \(limits.headerCount) header lines")
        }
        headers.add(String(decoding: name, as: UTF8.self), text)
        return nil
    }

    /// The checks of the head as a whole, then the body's length.
    private mutating func finishHead() -> HTTPRefusal? {
        guard let line = requestLine else { return HTTPRefusal(.badRequest, "there is no request line") }
        let hosts = headers.values("Host")
        guard hosts.count <= 1 else { return HTTPRefusal(.badRequest, "there is more than one Host") }
        guard line.version == .http10 || !hosts.isEmpty else { return HTTPRefusal(.badRequest, "an HTTP/1.1 request has no Host") }
        guard hosts.allSatisfy({ $0.utf8.allSatisfy(Self.isHostByte) }) else { return HTTPRefusal(.badRequest, "the Host is not a host name or address") }
        let lengths = headers.values("Content-Length")
        if headers.contains("Transfer-Encoding") {
            guard line.version == .http11 else { return HTTPRefusal(.badRequest, "an HTTP/1.0 request has Transfer-Encoding") }
            guard lengths.isEmpty else { return HTTPRefusal(.badRequest, "the request has both Content-Length and Transfer-Encoding") }
            guard headers.tokens("Transfer-Encoding").last != "chunked" else {
                return HTTPRefusal(.lengthRequired, "chunked request bodies are not accepted: send Content-Length")
            }
            return HTTPRefusal(.notImplemented, "no transfer coding is accepted on a request")
        }
        var length = 0
        if !lengths.isEmpty {
            let values = lengths.flatMap { $0.split(separator: ",", omittingEmptySubsequences: false) }.map { Self.decimal($0.trimmingSpaces) }
            guard let first = values.first, let value = first else { return HTTPRefusal(.badRequest, "Content-Length is not a number") }
            guard values.allSatisfy({ $0 == value }) else { return HTTPRefusal(.badRequest, "Content-Length is not a number, or is given with different values") }
            length = value
        }
        let spooled = length > limits.bodyBytes
        if spooled {
            guard let spool, length <= spool.maxBytes, spool.accepts(line.method, line.target.path, headers) else {
                return HTTPRefusal(.contentTooLarge, "the body is longer than \(limits.bodyBytes) bytes")
            }
        }
        // An HTTP/1.0 client cannot wait for 100 Continue, so its expectation is ignored (RFC 9110 §10.1.1).
        if line.version == .http11 && headers.contains("Expect") {
            guard headers.tokens("Expect") == ["100-continue"] else { return HTTPRefusal(.expectationFailed, "the only expectation met is 100-continue") }
            expectsContinue = length > 0
        }
        if spooled, let spool {
            guard let file = SpooledBody(directory: spool.directory, length: length) else {
                return HTTPRefusal(.internalServerError, "the spool folder cannot take the body")
            }
            phase = .spooling(remaining: length, file: file)
            return nil
        }
        phase = .body(length: length)
        return nil
    }

    private mutating func takeRequest(bodyLength: Int, file: SpooledBody? = nil) -> HTTPRequest {
        let line = requestLine!
        let body = Array(buffer[position..<(position + bodyLength)])
        var request = HTTPRequest(method: line.method, target: line.target, version: line.version, headers: headers, body: body, peer: peer)
        request.bodyFile = file
        buffer.removeSubrange(0..<(position + bodyLength))
        (position, scannedTo, skippedBytes, headerBytes) = (0, 0, 0, 0)
        (phase, requestLine, headers, expectsContinue, continueGiven) = (.requestLine, nil, HTTPHeaders(), false, false)
        return request
    }

    private mutating func refuse(_ status: HTTPStatus, _ reason: String) -> Step { refuse(HTTPRefusal(status, reason)) }

    private mutating func refuse(_ refusal: HTTPRefusal) -> Step {
        phase = .refused(refusal)
        buffer = []
        (position, scannedTo) = (0, 0)
        return .refused(refusal)
    }

    // MARK: Values

    private static func digit(_ byte: UInt8) -> Int? { (0x30...0x39).contains(byte) ? Int(byte - 0x30) : nil }

    /// 1*DIGIT as a number, `Int.max` when it is larger; nil for anything else (a sign, a space…).
    private static func decimal(_ text: Substring) -> Int? {
        guard !text.isEmpty else { return nil }
        var value = 0
        for byte in text.utf8 {
            guard let digit = digit(byte) else { return nil }
            let (times, overflowA) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflowB) = times.addingReportingOverflow(digit)
            value = overflowA || overflowB ? Int.max : sum
        }
        return value
    }

    /// What a Host may hold: a reg-name, an IPv4 address or a bracketed IPv6 one, and a port.
    private static func isHostByte(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
        default: return "-._~!$&'()*+,;=:[]%".utf8.contains(byte)
        }
    }
}
