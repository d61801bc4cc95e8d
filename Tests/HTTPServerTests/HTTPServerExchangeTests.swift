import Foundation
import HTTPServer
import Synchronization
import TestSupport
import Testing

/// Requests and responses over a real loopback connection, spoken byte for byte by `RawClient`.
@Suite struct HTTPServerExchangeTests {
    @Test func theChosenPortIsServedAndEveryResponseHasDateAndLength() throws {
        let loopback = try LoopbackServer()
        #expect(loopback.port != 0)
        let response = try #require(try loopback.get("/issues/K-0001"))
        #expect(response.status == 200 && response.text == "GET /issues/K-0001 0")
        #expect(response.header("Content-Length") == "20" && response.header("Date")?.hasSuffix(" GMT") == true)
    }

    @Test func keepAliveServesManyRequestsOnOneConnection() throws {
        let loopback = try LoopbackServer()
        let client = try loopback.client()
        var peers: Set<String> = []
        for index in 1...3 {
            client.send("GET /\(index) HTTP/1.1\r\nHost: a\r\n\r\n")
            let response = try #require(client.response())
            #expect(response.text == "GET /\(index) 0" && response.header("Connection") == nil)
            peers.insert(try #require(response.header("X-Peer")))
        }
        #expect(peers.count == 1 && peers.first!.hasPrefix("127.0.0.1:"))
    }

    @Test func pipelinedRequestsAreAnsweredInOrder() throws {
        let loopback = try LoopbackServer { $0.workerCount = 4 }
        let client = try loopback.client()
        client.send("GET /1 HTTP/1.1\r\nHost: a\r\n\r\nPOST /2 HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\n\r\nabcHEAD /3 HTTP/1.1\r\nHost: a\r\n\r\nGET /4 HTTP/1.1\r\nHost: a\r\n\r\n")
        #expect(client.response()?.text == "GET /1 0")
        #expect(client.response()?.text == "POST /2 3")
        let head = try #require(client.response(toHead: true))
        #expect(head.header("Content-Length") == "9" && head.body.isEmpty)
        #expect(client.response()?.text == "GET /4 0")
    }

    @Test func connectionCloseIsHonoured() throws {
        let loopback = try LoopbackServer()
        let client = try loopback.client()
        client.send("GET / HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\nGET /never HTTP/1.1\r\nHost: a\r\n\r\n")
        #expect(client.response()?.header("Connection") == "close")
        #expect(client.isClosedByServer())
        #expect(loopback.log.entries(count: 1).map(\.path) == ["/"])
    }

    @Test func http10ClosesUnlessAskedToKeepAlive() throws {
        let loopback = try LoopbackServer()
        let once = try loopback.client()
        once.send("GET /a HTTP/1.0\r\n\r\n")
        #expect(once.response()?.header("Connection") == "close" && once.isClosedByServer())
        let kept = try loopback.client()
        kept.send("GET /b HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")
        #expect(kept.response()?.header("Connection") == "keep-alive")
        kept.send("GET /c HTTP/1.0\r\n\r\n")
        #expect(kept.response()?.text == "GET /c 0" && kept.isClosedByServer())
    }

    @Test func headSendsTheHeadOfTheGet() throws {
        let loopback = try LoopbackServer { _ in } handler: { _ in .html("<h1>課題</h1>") }
        let client = try loopback.client()
        client.send("HEAD / HTTP/1.1\r\nHost: a\r\n\r\nGET / HTTP/1.1\r\nHost: a\r\n\r\n")
        let head = try #require(client.response(toHead: true))
        let get = try #require(client.response())
        #expect(head.header("Content-Length") == "15" && head.body.isEmpty && get.text == "<h1>課題</h1>")
        #expect(loopback.log.entries(count: 2).map(\.bytes) == [0, 15])
    }

    @Test(arguments: [
        ("GET / HTTP/1.1\r\nHost: a\r\nX-Big: " + String(repeating: "x", count: 300) + "\r\n\r\n", 431, "GET"),
        ("GET / HTTP/1.1\r\nHost: a\r\n" + String(repeating: "X: 1\r\n", count: 9) + "\r\n", 431, "GET"),
        ("POST /upload HTTP/1.1\r\nHost: a\r\nContent-Length: 101\r\n\r\n" + String(repeating: "z", count: 101), 413, "POST"),
        ("POST /x HTTP/1.1\r\nHost: a\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", 400, "POST"),
        ("POST /x HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", 411, "POST"),
        ("GET /x HTTP/1.1\r\nHost: a\r\n  folded\r\n\r\n", 400, "GET"),
        ("GET /" + String(repeating: "a", count: 200) + " HTTP/1.1\r\n", 414, "-"),
        ("BREW /pot HTTP/3.0\r\n\r\n", 505, "-"),
    ])
    func aRefusalIsAnsweredThenTheConnectionClosed(_ raw: String, _ status: Int, _ method: String) throws {
        let loopback = try LoopbackServer { $0.limits = HTTPLimits(requestLineBytes: 128, headerBytes: 256, headerCount: 8, bodyBytes: 100) }
        let client = try loopback.client()
        client.send(raw)
        let response = try #require(client.response())
        #expect(response.status == status && response.header("Connection") == "close" && response.header("Date") != nil)
        #expect(client.isClosedByServer())
        let entry = try #require(loopback.log.entries(count: 1).first)
        #expect(entry.status == status && entry.method == method)
    }

    @Test func aFlawedPathIsRefusedWithoutTheHandlerAndTheConnectionKept() throws {
        let loopback = try LoopbackServer { _ in } handler: { _ in .text("handler") }
        let client = try loopback.client()
        client.send("GET /static/%2e%2e/index.key HTTP/1.1\r\nHost: a\r\n\r\n")
        let response = try #require(client.response())
        #expect(response.status == 400 && response.text == "Bad Request: the path holds a '.' or '..' segment\n")
        client.send("GET /static/a.css HTTP/1.1\r\nHost: a\r\n\r\n")
        #expect(client.response()?.text == "handler")
    }

    @Test func aFlawedPathReachesAHandlerThatAsksForIt() throws {
        let loopback = try LoopbackServer { $0.refusesFlawedPaths = false } handler: { .text("\($0.pathFlaw.map(String.init(describing:)) ?? "none")") }
        let client = try loopback.client()
        client.send("GET /a%00b HTTP/1.1\r\nHost: a\r\n\r\n")
        #expect(client.response()?.text == "the path holds a control character")
    }

    @Test func continueIsSentBeforeTheBodyIsRead() throws {
        let loopback = try LoopbackServer()
        let client = try loopback.client()
        client.send("PUT /doc HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n")
        #expect(client.response()?.status == 100)
        client.send("hello")
        #expect(client.response()?.text == "PUT /doc 5")
        // Too large: refused at once, with no 100.
        let small = try LoopbackServer { $0.limits.bodyBytes = 4 }
        let refused = try small.client()
        refused.send("PUT /doc HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n")
        #expect(refused.response()?.status == 413)
    }

    @Test func theAccessLogHoldsNoQueryHeaderOrBody() throws {
        let loopback = try LoopbackServer()
        let client = try loopback.client()
        client.send("POST /search?q=%E7%94%B0%E4%B8%AD%E5%A4%AA%E9%83%8E HTTP/1.1\r\nHost: a\r\nCookie: session=secret-cookie\r\nContent-Length: 13\r\n\r\nname=yamada-t")
        _ = client.response()
        let entry = try #require(loopback.log.entries(count: 1).first)
        #expect(entry.method == "POST" && entry.path == "/search" && entry.status == 200 && entry.bytes == 15 && entry.peer.hasPrefix("127.0.0.1:"))
        #expect(entry.durationMilliseconds >= 0 && entry.durationMilliseconds < 2000)
        for secret in ["E7%94", "secret-cookie", "yamada", "q="] { #expect(!entry.line.contains(secret)) }
    }

    @Test func theLoggedPathIsTheOneSentSoNoControlCharacterReachesTheLog() throws {
        let loopback = try LoopbackServer()
        let client = try loopback.client()
        client.send("GET /a%0D%0Afake HTTP/1.1\r\nHost: a\r\n\r\n")
        #expect(client.response()?.status == 400)
        #expect(loopback.log.entries(count: 1).first?.path == "/a%0D%0Afake")
    }

    @Test func manyClientsAtOnceEachGetTheirOwnAnswers() throws {
        let loopback = try LoopbackServer({
            $0.workerCount = 4
            $0.maxConnections = 64
        }, handler: { request in HTTPResponse(body: Array(request.path.utf8) + request.body) })
        let clients = 32, requests = 40, port = loopback.port
        let mismatches = Atomic(0)
        DispatchQueue.concurrentPerform(iterations: clients) { client in
            guard let connection = try? RawClient(port: port) else {
                _ = mismatches.add(requests, ordering: .relaxed)
                return
            }
            for index in 0..<requests {
                let body = String(repeating: "\(client)-\(index);", count: index % 7)
                connection.send("POST /\(client)/\(index) HTTP/1.1\r\nHost: a\r\nContent-Length: \(body.utf8.count)\r\n\r\n\(body)")
                if connection.response()?.text != "/\(client)/\(index)" + body { _ = mismatches.add(1, ordering: .relaxed) }
            }
        }
        #expect(mismatches.load(ordering: .relaxed) == 0)
        #expect(loopback.log.entries(count: clients * requests).count == clients * requests)
    }

    @Test func ipv6LoopbackIsServedToo() throws {
        let loopback = try LoopbackServer { $0.host = "::1" }
        let client = try RawClient(port: loopback.port, host: "::1")
        client.send("GET / HTTP/1.1\r\nHost: [::1]\r\n\r\n")
        #expect(client.response()?.header("X-Peer")?.hasPrefix("[::1]:") == true)
    }

    @Test func aPortInUseIsAFailureNamingTheAddress() throws {
        let loopback = try LoopbackServer()
        let failure = try #require(throws: HTTPServerFailure.self) {
            _ = try HTTPServer(configuration: .init(host: "127.0.0.1", port: loopback.port)) { _ in .text("") }
        }
        #expect(failure.description == "Could not listen on 127.0.0.1:\(loopback.port) (Address already in use). Check that the address is this machine's and the port is free.")
        #expect(throws: HTTPServerFailure.self) { _ = try HTTPServer(configuration: .init(host: "localhost", port: 0)) { _ in .text("") } }
    }
}
