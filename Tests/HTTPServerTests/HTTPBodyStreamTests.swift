import HTTPServer
import Synchronization
import TestSupport
import Testing

/// A streamed body (a download of minutes): sent chunk by chunk after its head, with its length,
/// and a producer that fails or falls short leaves the connection closed rather than answering wrong.
@Suite struct HTTPBodyStreamTests {
    static let bytes: [UInt8] = (0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 7) }

    static func handler(_ request: HTTPRequest) -> HTTPResponse {
        let chunks = Mutex(0)
        let stream = HTTPBodyStream(length: bytes.count) { sink in
            var offset = 0
            while offset < bytes.count {
                let end = min(offset + 65_536, bytes.count)
                if request.target.rawPath == "/short", offset > 0 { return }
                if request.target.rawPath == "/fails", offset > 0 { throw Failure() }
                guard bytes[offset..<end].withUnsafeBytes({ sink($0) }) else { return }
                chunks.withLock { $0 += 1 }
                offset = end
            }
        }
        return .streamed(stream, headers: ["Content-Type": "application/pdf"])
    }

    struct Failure: Error {}

    @Test func aStreamedBodyArrivesWholeWithItsLength() throws {
        let loopback = try LoopbackServer(handler: Self.handler)
        let client = try loopback.client()
        client.send("GET /minutes.pdf HTTP/1.1\r\nHost: a\r\n\r\n")
        let response = try #require(client.response())
        #expect(response.status == 200 && response.header("Content-Length") == "200000" && response.header("Content-Type") == "application/pdf")
        #expect(response.body == Self.bytes)
        // The connection stays open for the next request.
        client.send("HEAD /minutes.pdf HTTP/1.1\r\nHost: a\r\n\r\n")
        let head = try #require(client.response(toHead: true))
        #expect(head.header("Content-Length") == "200000" && head.body.isEmpty)
    }

    @Test(arguments: ["/short", "/fails"]) func aStreamCutShortClosesTheConnection(_ path: String) throws {
        let loopback = try LoopbackServer(handler: Self.handler)
        let client = try loopback.client()
        client.send("GET \(path) HTTP/1.1\r\nHost: a\r\n\r\n")
        // The head promised 200000 bytes; fewer come and then the end of the connection.
        #expect(client.response() == nil)
    }
}
