@testable import HTTPServer
import Testing

/// The bytes of a response: the server's own headers, HEAD, no-body statuses, and a handler's
/// mistakes never reaching the wire.
@Suite struct ResponseMessageTests {
    static let date = "Sun, 06 Nov 1994 08:49:37 GMT"

    static func text(_ response: HTTPResponse, method: String = "GET", version: HTTPRequest.Version = .http11, closing: Bool = false) -> String {
        String(decoding: ResponseMessage(response, method: method, version: version, closing: closing, date: date).bytes, as: UTF8.self)
    }

    @Test func aResponseCarriesDateAndContentLength() {
        #expect(Self.text(.text("課題")) == "HTTP/1.1 200 OK\r\nDate: \(Self.date)\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: 6\r\n\r\n課題")
    }

    @Test func theServerOwnsFramingHeaders() {
        let response = HTTPResponse(headers: ["Content-Length": "999", "Transfer-Encoding": "chunked", "connection": "close", "Date": "x", "X-Kept": "1"], body: [65])
        #expect(Self.text(response, closing: true) == "HTTP/1.1 200 OK\r\nDate: \(Self.date)\r\nX-Kept: 1\r\nContent-Length: 1\r\nConnection: close\r\n\r\nA")
    }

    @Test func headSendsTheLengthButNotTheBody() {
        let message = ResponseMessage(.html("<p>x</p>"), method: "HEAD", version: .http11, closing: false, date: Self.date)
        #expect(String(decoding: message.bytes, as: UTF8.self).hasSuffix("Content-Length: 8\r\n\r\n") && message.bodyCount == 0)
    }

    @Test func noContentAndNotModifiedHaveNoBodyNorLength() {
        for status in [HTTPStatus.noContent, .notModified] {
            #expect(Self.text(HTTPResponse(status: status, body: [1, 2])) == "HTTP/1.1 \(status.code) \(status.reasonPhrase)\r\nDate: \(Self.date)\r\n\r\n")
        }
    }

    @Test func anHTTP10ClientIsToldTheConnectionStays() {
        #expect(Self.text(.text(""), version: .http10).contains("\r\nConnection: keep-alive\r\n"))
        #expect(Self.text(.text(""), version: .http10, closing: true).contains("\r\nConnection: close\r\n"))
        #expect(!Self.text(.text("")).contains("Connection"))
    }

    @Test(arguments: [
        HTTPResponse.redirect(to: "/x\r\nSet-Cookie: session=stolen"),
        HTTPResponse(headers: ["X-Bad": "a\nb"]),
        HTTPResponse(headers: ["X-Bad": "a\u{0}b"]),
        HTTPResponse(headers: ["Bad Name": "a"]),
        HTTPResponse(headers: ["": "a"]),
        HTTPResponse(status: HTTPStatus(code: 101)),
        HTTPResponse(status: HTTPStatus(code: 600)),
        HTTPResponse(status: HTTPStatus(code: 200, reasonPhrase: "OK\r\nX: y")),
    ])
    func aResponseThatCannotBeSentAsItIsBecomesA500(_ response: HTTPResponse) {
        let text = Self.text(response)
        #expect(text.hasPrefix("HTTP/1.1 500 Internal Server Error\r\n") && !text.contains("stolen") && !text.contains("X: y"))
    }

    @Test func helpersSetTheTypeAndLocation() {
        #expect(HTTPResponse.redirect(to: "/issues/K-0001").status == .seeOther && HTTPResponse.redirect(to: "/").headers["Location"] == "/")
        #expect(HTTPResponse.html("x", status: .notFound).headers["content-type"] == "text/html; charset=utf-8")
        #expect(HTTPStatus(code: 431).description == "431 Request Header Fields Too Large" && HTTPStatus(code: 299).reasonPhrase == "")
    }

    @Test func theDateIsIMFFixdate() {
        #expect(HTTPDate.string(secondsSince1970: 784_111_777) == "Sun, 06 Nov 1994 08:49:37 GMT")
        #expect(HTTPDate.string(secondsSince1970: 1_798_761_599) == "Thu, 31 Dec 2026 23:59:59 GMT")
    }

    @Test func theLogLineHoldsNoQuery() {
        let entry = AccessLogEntry(method: "GET", path: "/search", status: 200, bytes: 512, durationMilliseconds: 1.26, peer: "127.0.0.1:50000")
        #expect(entry.line == "127.0.0.1:50000 GET /search 200 512 1.3ms")
    }
}
