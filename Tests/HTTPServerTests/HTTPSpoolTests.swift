import Foundation
import Hashing
import HTTPServer
import TestSupport
import Testing

/// Bodies too large to hold (an uploaded file of minutes) go to a file as they come, for the
/// requests the spool accepts; the file is gone once the request is answered, or when the client
/// gives up halfway.
@Suite struct HTTPSpoolTests {
    static func server(_ folder: TemporaryFolder) throws -> LoopbackServer {
        try LoopbackServer({
            $0.limits.bodyBytes = 1000
            $0.spool = HTTPSpool(directory: folder.root.path, maxBytes: 300_000) { method, path, _ in method == "POST" && path == "/upload" }
        }, handler: { request in
            guard let file = request.bodyFile else { return .text("in memory \(request.body.count)") }
            let bytes = (try? Data(contentsOf: URL(fileURLWithPath: file.path))) ?? Data()
            return .text("spooled \(bytes.count) \(SHA256.hash(Array(bytes)).hex) \(request.body.count)")
        })
    }

    static func leftovers(_ folder: TemporaryFolder) -> [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: folder.root.path)) ?? []
    }

    @Test func aLargeBodyIsSpooledWholeAndRemovedOnceAnswered() throws {
        let folder = try TemporaryFolder("spool")
        let loopback = try Self.server(folder)
        let client = try loopback.client()
        let body = (0..<250_000).map { UInt8(truncatingIfNeeded: $0 &* 3) }
        client.send("POST /upload HTTP/1.1\r\nHost: a\r\nContent-Length: \(body.count)\r\n\r\n")
        client.send(body)
        let response = try #require(client.response())
        #expect(response.text == "spooled 250000 \(SHA256.hash(body).hex) 0")
        // A small body on the same connection stays in memory.
        client.send("POST /upload HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\n\r\nabc")
        #expect(client.response()?.text == "in memory 3")
        #expect(Self.leftovers(folder).isEmpty)
    }

    @Test(arguments: [("POST /elsewhere", 5000), ("POST /upload", 300_001)])
    func aLargeBodyTheSpoolDoesNotTakeIsRefused(_ line: String, _ length: Int) throws {
        let folder = try TemporaryFolder("spool")
        let loopback = try Self.server(folder)
        let client = try loopback.client()
        client.send("\(line) HTTP/1.1\r\nHost: a\r\nContent-Length: \(length)\r\n\r\n")
        #expect(client.response()?.status == 413)
        #expect(Self.leftovers(folder).isEmpty)
    }

    @Test func anUploadAbandonedHalfwayLeavesNothing() throws {
        let folder = try TemporaryFolder("spool")
        let loopback = try Self.server(folder)
        do {
            let client = try loopback.client()
            client.send("POST /upload HTTP/1.1\r\nHost: a\r\nContent-Length: 100000\r\n\r\n")
            client.send([UInt8](repeating: 7, count: 40_000))
            Thread.sleep(forTimeInterval: 0.1)
            #expect(Self.leftovers(folder).count == 1, "written as it came")
        }
        // The client is gone (or timed out): the partial file goes with its connection.
        let deadline = Date().addingTimeInterval(3)
        while !Self.leftovers(folder).isEmpty && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        #expect(Self.leftovers(folder).isEmpty)
    }
}
