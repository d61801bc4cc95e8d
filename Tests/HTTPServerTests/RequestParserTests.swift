import HTTPServer
import Testing

/// The parser on whole requests, byte by byte, pipelined, and on every input it refuses.
@Suite struct RequestParserTests {
    struct Accepted: Sendable, CustomTestStringConvertible {
        let raw: String
        let method: String
        let path: String
        var query: String? = nil
        var version = HTTPRequest.Version.http11
        var body = ""
        var header: (name: String, values: [String])? = nil

        var testDescription: String { raw.debugDescription }
    }

    static let accepted: [Accepted] = [
        Accepted(raw: "GET / HTTP/1.1\r\nHost: a\r\n\r\n", method: "GET", path: "/"),
        Accepted(raw: "GET /issues?body=soudan&open HTTP/1.1\r\nHost: a\r\n\r\n", method: "GET", path: "/issues", query: "body=soudan&open"),
        Accepted(raw: "GET /search? HTTP/1.1\r\nHost: a\r\n\r\n", method: "GET", path: "/search", query: ""),
        Accepted(raw: "POST /issues HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\n\r\nhello", method: "POST", path: "/issues", body: "hello"),
        Accepted(raw: "POST /issues HTTP/1.1\r\nHost: a\r\nContent-Length: 0\r\n\r\n", method: "POST", path: "/issues"),
        Accepted(raw: "GET / HTTP/1.0\r\n\r\n", method: "GET", path: "/", version: .http10),
        Accepted(raw: "GET / HTTP/1.9\r\nHost: a\r\n\r\n", method: "GET", path: "/"),
        Accepted(raw: "\r\n\r\nGET / HTTP/1.1\r\nHost: a\r\n\r\n", method: "GET", path: "/"),
        Accepted(raw: "GET http://example.org/a/b?c=d HTTP/1.1\r\nHost: example.org\r\n\r\n", method: "GET", path: "/a/b", query: "c=d"),
        Accepted(raw: "GET HTTPS://example.org HTTP/1.1\r\nHost: example.org\r\n\r\n", method: "GET", path: "/"),
        Accepted(raw: "OPTIONS * HTTP/1.1\r\nHost: a\r\n\r\n", method: "OPTIONS", path: "*"),
        Accepted(raw: "GET /issues/%E8%AA%B2%E9%A1%8C HTTP/1.1\r\nHost: a\r\n\r\n", method: "GET", path: "/issues/課題"),
        Accepted(raw: "PUT /x HTTP/1.1\r\nHost: a\r\nContent-Length: 3, 3\r\n\r\nabc", method: "PUT", path: "/x", body: "abc"),
        Accepted(raw: "PUT /x HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\ncontent-length: 3\r\n\r\nabc", method: "PUT", path: "/x", body: "abc"),
        Accepted(raw: "GET / HTTP/1.1\r\nHost:a\r\nX-Note: \t spaced  value \t\r\n\r\n", method: "GET", path: "/", header: ("x-note", ["spaced  value"])),
        Accepted(raw: "GET / HTTP/1.1\r\nHost: a\r\nCookie: a=1\r\nCOOKIE: b=2\r\n\r\n", method: "GET", path: "/", header: ("Cookie", ["a=1", "b=2"])),
        Accepted(raw: "GET / HTTP/1.1\r\nHost: a\r\nX-Name: 相談支援部会\r\n\r\n", method: "GET", path: "/", header: ("X-Name", ["相談支援部会"])),
        Accepted(raw: "GET / HTTP/1.1\r\nHost: [::1]:8080\r\nX-Empty:\r\n\r\n", method: "GET", path: "/", header: ("X-Empty", [""])),
        Accepted(raw: "POST /x HTTP/1.0\r\nExpect: 100-continue\r\nContent-Length: 1\r\n\r\nz", method: "POST", path: "/x", version: .http10, body: "z"),
        Accepted(raw: "M-SEARCH /x HTTP/1.1\r\nHost: a\r\n\r\n", method: "M-SEARCH", path: "/x"),
    ]

    @Test(arguments: accepted)
    func readsAGoodRequest(_ expected: Accepted) throws {
        for byteByByte in [false, true] {
            let found = Self.steps(expected.raw, byteByByte: byteByByte)
            guard case .request(let request) = try #require(found.count == 1 ? found.first : nil) else {
                Issue.record("\(found)")
                return
            }
            #expect(request.method == expected.method && request.path == expected.path && request.query == expected.query)
            #expect(request.version == expected.version && request.body == Array(expected.body.utf8) && request.pathFlaw == nil)
            if let header = expected.header { #expect(request.headers.values(header.name) == header.values) }
        }
    }

    static let refused: [(raw: String, status: Int, because: String)] = [
        // The request line.
        ("GET  / HTTP/1.1\r\nHost: a\r\n\r\n", 400, "one space apart"),
        ("GET / HTTP/1.1 \r\nHost: a\r\n\r\n", 400, "one space apart"),
        ("GET\t/ HTTP/1.1\r\nHost: a\r\n\r\n", 400, "one space apart"),
        ("GET /\r\n\r\n", 400, "one space apart"),
        ("G(T / HTTP/1.1\r\nHost: a\r\n\r\n", 400, "method"),
        ("GET / http/1.1\r\nHost: a\r\n\r\n", 400, "version"),
        ("GET / HTTP/1.10\r\nHost: a\r\n\r\n", 400, "version"),
        ("GET / HTTP/1\r\nHost: a\r\n\r\n", 400, "version"),
        ("GET / HTTP/2.0\r\nHost: a\r\n\r\n", 505, "only HTTP/1.0"),
        ("GET / HTTP/0.9\r\nHost: a\r\n\r\n", 505, "only HTTP/1.0"),
        ("GET issues HTTP/1.1\r\nHost: a\r\n\r\n", 400, "neither a path"),
        ("GET /a#b HTTP/1.1\r\nHost: a\r\n\r\n", 400, "fragment"),
        ("GET * HTTP/1.1\r\nHost: a\r\n\r\n", 400, "OPTIONS"),
        ("CONNECT example.org:443 HTTP/1.1\r\nHost: example.org:443\r\n\r\n", 400, "neither a path"),
        ("GET /課題 HTTP/1.1\r\nHost: a\r\n\r\n", 400, "visible ASCII"),
        ("GET /%zz HTTP/1.1\r\nHost: a\r\n\r\n", 400, "'%'"),
        ("GET /a%4 HTTP/1.1\r\nHost: a\r\n\r\n", 400, "'%'"),
        ("GET http://user@example.org/ HTTP/1.1\r\nHost: a\r\n\r\n", 400, "user information"),
        ("GET ftp://example.org/ HTTP/1.1\r\nHost: a\r\n\r\n", 400, "neither a path"),
        // Line ends: LF alone, CR alone.
        ("GET / HTTP/1.1\nHost: a\r\n\r\n", 400, "LF without CR"),
        ("GET / HTTP/1.1\r\nHost: a\n\r\n", 400, "LF without CR"),
        ("GET / HTTP/1.1\r\nHost: a\r\n\n", 400, "LF without CR"),
        ("GET /a\rb HTTP/1.1\r\nHost: a\r\n\r\n", 400, "a CR"),
        ("GET / HTTP/1.1\r\nHost: a\r\nX: a\rb\r\n\r\n", 400, "a CR"),
        ("\nGET / HTTP/1.1\r\nHost: a\r\n\r\n", 400, "LF without CR"),
        // Header lines.
        ("GET / HTTP/1.1\r\nHost: a\r\nX: a\r\n folded\r\n\r\n", 400, "folded"),
        ("GET / HTTP/1.1\r\n\tX: a\r\nHost: a\r\n\r\n", 400, "folded"),
        ("GET / HTTP/1.1\r\nHost : a\r\n\r\n", 400, "header name"),
        ("GET / HTTP/1.1\r\nHost: a\r\nX Y: a\r\n\r\n", 400, "header name"),
        ("GET / HTTP/1.1\r\nHost: a\r\n: a\r\n\r\n", 400, "header name"),
        ("GET / HTTP/1.1\r\nHost: a\r\nX(: a\r\n\r\n", 400, "header name"),
        ("GET / HTTP/1.1\r\nHost: a\r\nno colon\r\n\r\n", 400, "no ':'"),
        ("GET / HTTP/1.1\r\nHost: a\r\nX: a\u{0}b\r\n\r\n", 400, "control character"),
        ("GET / HTTP/1.1\r\nHost: a\r\nX: a\u{1B}[2Jb\r\n\r\n", 400, "control character"),
        ("GET / HTTP/1.1\r\nHost: a\r\nX: a\u{7F}\r\n\r\n", 400, "control character"),
        // Host.
        ("GET / HTTP/1.1\r\n\r\n", 400, "no Host"),
        ("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", 400, "more than one Host"),
        ("GET / HTTP/1.1\r\nHost: a\r\nhost: a\r\n\r\n", 400, "more than one Host"),
        ("GET / HTTP/1.1\r\nHost: a b\r\n\r\n", 400, "host name"),
        ("GET / HTTP/1.1\r\nHost: a/b\r\n\r\n", 400, "host name"),
        // Framing: the ground of request smuggling.
        ("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", 400, "both"),
        ("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\nabc", 400, "both"),
        ("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n", 411, "chunked"),
        ("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: gzip, chunked\r\n\r\n", 411, "chunked"),
        ("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: gzip\r\n\r\n", 501, "transfer coding"),
        ("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked, identity\r\n\r\n", 501, "transfer coding"),
        ("POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n", 400, "HTTP/1.0 request"),
        ("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd", 400, "different values"),
        ("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 3, 4\r\n\r\nabcd", 400, "different values"),
        ("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 3,\r\n\r\nabc", 400, "different values"),
        ("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: +3\r\n\r\nabc", 400, "not a number"),
        ("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: -1\r\n\r\n", 400, "not a number"),
        ("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 0x3\r\n\r\nabc", 400, "not a number"),
        ("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 3 3\r\n\r\nabc", 400, "not a number"),
        ("POST / HTTP/1.1\r\nHost: a\r\nContent-Length:\r\n\r\n", 400, "not a number"),
        ("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 99999999999999999999999999\r\n\r\n", 413, "body"),
        ("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 1048577\r\n\r\n", 413, "body"),
        // Expectations.
        ("POST / HTTP/1.1\r\nHost: a\r\nExpect: 200-ok\r\nContent-Length: 1\r\n\r\nz", 417, "expectation"),
        ("POST / HTTP/1.1\r\nHost: a\r\nExpect: 100-continue, x\r\nContent-Length: 1\r\n\r\nz", 417, "expectation"),
        // Limits.
        ("GET /" + String(repeating: "a", count: 8200) + " HTTP/1.1\r\nHost: a\r\n\r\n", 414, "request line is longer"),
        ("GET / HTTP/1.1\r\nHost: a\r\nX: " + String(repeating: "a", count: 16400) + "\r\n\r\n", 431, "header fields are longer"),
        ("GET / HTTP/1.1\r\nHost: a\r\n" + String(repeating: "X: a\r\n", count: 100) + "\r\n", 431, "header lines"),
    ]

    @Test(arguments: refused)
    func refusesWithItsStatusAndReason(_ raw: String, _ status: Int, _ because: String) {
        for byteByByte in [false, true] {
            let found = Self.steps(raw, byteByByte: byteByByte)
            guard case .refused(let refusal) = found.last, found.count == 1 else {
                Issue.record("\(raw.debugDescription) gave \(found)")
                return
            }
            #expect(refusal.status.code == status && refusal.reason.contains(because), "\(refusal)")
        }
    }

    @Test func aHeaderValueThatIsNotUTF8IsRefused() {
        var parser = RequestParser()
        parser.append(Array("GET / HTTP/1.1\r\nHost: a\r\nX: ".utf8) + [0xE8, 0xAA] + Array("\r\n\r\n".utf8))
        #expect(parser.next() == .refused(HTTPRefusal(.badRequest, "a header value is not UTF-8")))
    }

    // MARK: Limits, to the byte

    @Test func eachLimitAdmitsItsLastByteAndRefusesTheNext() {
        func status(_ raw: String, _ limits: HTTPLimits) -> Int? {
            switch Self.steps(raw, limits: limits).last {
            case .request: 200
            case .refused(let refusal): refusal.status.code
            default: nil
            }
        }
        let line = "GET /abcdef HTTP/1.1\r\n"  // 22 bytes with its CRLF
        #expect(status(line + "Host: a\r\n\r\n", HTTPLimits(requestLineBytes: 22)) == 200)
        #expect(status(line + "Host: a\r\n\r\n", HTTPLimits(requestLineBytes: 21)) == 414)
        #expect(status("\r\n" + line + "Host: a\r\n\r\n", HTTPLimits(requestLineBytes: 23)) == 414)
        // "Host: a\r\n" and the empty line: 11 bytes.
        #expect(status(line + "Host: a\r\n\r\n", HTTPLimits(headerBytes: 11)) == 200)
        #expect(status(line + "Host: a\r\n\r\n", HTTPLimits(headerBytes: 10)) == 431)
        #expect(status(line + "Host: a\r\nX: 1\r\n\r\n", HTTPLimits(headerCount: 2)) == 200)
        #expect(status(line + "Host: a\r\nX: 1\r\nY: 2\r\n\r\n", HTTPLimits(headerCount: 2)) == 431)
        #expect(status("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 4\r\n\r\nabcd", HTTPLimits(bodyBytes: 4)) == 200)
        #expect(status("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\n\r\nabcde", HTTPLimits(bodyBytes: 4)) == 413)
    }

    @Test func anOverlongLineIsRefusedBeforeItEnds() {
        var parser = RequestParser(limits: HTTPLimits(requestLineBytes: 64, headerBytes: 64))
        parser.append(Array("GET /".utf8) + Array(repeating: UInt8(ascii: "a"), count: 100))
        #expect(parser.next().refusalStatus == 414)
        parser = RequestParser(limits: HTTPLimits(requestLineBytes: 64, headerBytes: 64))
        parser.append(Array("GET / HTTP/1.1\r\nX: ".utf8) + Array(repeating: UInt8(ascii: "a"), count: 100))
        #expect(parser.next().refusalStatus == 431)
    }

    @Test func aBodyOverTheLimitIsRefusedBeforeAByteOfItComes() {
        var parser = RequestParser(limits: HTTPLimits(bodyBytes: 10))
        parser.append("POST /upload HTTP/1.1\r\nHost: a\r\nContent-Length: 11\r\n\r\n".utf8)
        #expect(parser.next().refusalStatus == 413)
        #expect(parser.methodAndPath?.method == "POST" && parser.methodAndPath?.path == "/upload")
    }

    // MARK: Across requests

    @Test func pipelinedRequestsComeOutInOrder() {
        let found = Self.steps("GET /1 HTTP/1.1\r\nHost: a\r\n\r\nPOST /2 HTTP/1.1\r\nHost: a\r\nContent-Length: 2\r\n\r\nhiGET /3 HTTP/1.1\r\nHost: a\r\n\r\nGET /4 HT")
        #expect(found.map(\.path) == ["/1", "/2", "/3"])
    }

    @Test func theMiddleOfARequestIsKnown() {
        var parser = RequestParser()
        #expect(!parser.isMidRequest && parser.methodAndPath == nil)
        parser.append("G".utf8)
        #expect(parser.isMidRequest && parser.next() == .needMore)
        parser.append("ET /x HTTP/1.1\r\nHost: a\r\n".utf8)
        #expect(parser.next() == .needMore && parser.methodAndPath?.path == "/x")
        parser.append("\r\n".utf8)
        #expect(parser.next().path == "/x")
        #expect(!parser.isMidRequest && parser.methodAndPath == nil)
    }

    @Test func aRefusalStaysRefused() {
        var parser = RequestParser()
        parser.append("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n".utf8)
        let refusal = parser.next()
        parser.append("GET / HTTP/1.1\r\nHost: a\r\n\r\n".utf8)
        #expect(refusal.refusalStatus == 400 && parser.next() == refusal)
    }

    @Test func continueIsAskedOnceWhenTheBodyHasNotBegun() {
        var parser = RequestParser()
        parser.append("PUT /x HTTP/1.1\r\nHost: a\r\nExpect: 100-Continue\r\nContent-Length: 4\r\n\r\n".utf8)
        #expect(parser.next() == .continueExpected)
        #expect(parser.next() == .needMore)
        parser.append("ab".utf8)
        #expect(parser.next() == .needMore)
        parser.append("cd".utf8)
        #expect(parser.next().path == "/x")
        // A body already under way, or none to come, needs no 100.
        parser.append("PUT /y HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\nContent-Length: 4\r\n\r\na".utf8)
        #expect(parser.next() == .needMore)
        parser.append("bcd".utf8)
        #expect(parser.next().path == "/y")
        parser.append("PUT /z HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\nContent-Length: 0\r\n\r\n".utf8)
        #expect(parser.next().path == "/z")
    }

    @Test func theRequestCarriesItsPeer() {
        var parser = RequestParser(peer: "127.0.0.1:50000")
        parser.append("GET / HTTP/1.1\r\nHost: a\r\n\r\n".utf8)
        guard case .request(let request) = parser.next() else { return #expect(Bool(false)) }
        #expect(request.peer == "127.0.0.1:50000" && !request.closesConnection)
    }

    @Test(arguments: [
        ("GET / HTTP/1.1\r\nHost: a\r\n\r\n", false),
        ("GET / HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n", true),
        ("GET / HTTP/1.1\r\nHost: a\r\nConnection: Upgrade, CLOSE\r\n\r\n", true),
        ("GET / HTTP/1.0\r\n\r\n", true),
        ("GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n", false),
    ])
    func closingFollowsTheVersionAndConnection(_ raw: String, _ closes: Bool) {
        guard case .request(let request) = Self.steps(raw).first else { return #expect(Bool(false)) }
        #expect(request.closesConnection == closes)
    }

    /// Every step but `needMore`, feeding `raw` whole or a byte at a time.
    static func steps(_ raw: String, limits: HTTPLimits = HTTPLimits(), byteByByte: Bool = false) -> [RequestParser.Step] {
        var parser = RequestParser(limits: limits)
        var found: [RequestParser.Step] = []
        let chunks: [[UInt8]] = byteByByte ? raw.utf8.map { [$0] } : [Array(raw.utf8)]
        for chunk in chunks {
            parser.append(chunk)
            while true {
                let step = parser.next()
                if step == .needMore { break }
                found.append(step)
                if case .refused = step { return found }
            }
        }
        return found
    }
}

extension RequestParser.Step {
    var refusalStatus: Int? {
        if case .refused(let refusal) = self { refusal.status.code } else { nil }
    }

    var path: String? {
        if case .request(let request) = self { request.path } else { nil }
    }
}
