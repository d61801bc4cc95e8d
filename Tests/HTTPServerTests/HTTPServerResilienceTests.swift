import Foundation
import HTTPServer
import TestSupport
import Testing

/// Slow and silent clients, too many connections, clients that stop reading or go away, and a
/// graceful stop. The server's timeouts are a few hundred milliseconds here; the suite runs its
/// tests one at a time so that each measures its own server.
@Suite(.serialized) struct HTTPServerResilienceTests {
    @Test func aSlowClientIsCutByTheRequestTimeoutWhileOthersAreServed() throws {
        let loopback = try LoopbackServer {
            $0.workerCount = 1
            $0.requestTimeout = .milliseconds(600)
        }
        let slow = try loopback.client()
        let started = ContinuousClock.now
        slow.send("POST /slow HTTP/1.1\r\nHost: a\r\nContent-Length: 100\r\n\r\n")
        // A byte every 50 ms: each arrival would reset a timeout per read, never this deadline.
        let trickle = Thread {
            for _ in 0..<40 where slow.send("z") { Thread.sleep(forTimeInterval: 0.05) }
        }
        trickle.start()
        for index in 0..<5 {
            let asked = ContinuousClock.now
            #expect(try loopback.get("/fast/\(index)")?.status == 200)
            #expect(asked.duration(to: .now) < .milliseconds(400), "the only worker was free for others")
        }
        let cut = try #require(slow.response())
        let waited = started.duration(to: .now)
        #expect(cut.status == 408 && cut.header("Connection") == "close")
        #expect(waited >= .milliseconds(550) && waited < .milliseconds(1500), "\(waited)")
        let entry = loopback.log.entries(count: 6).first { $0.status == 408 }
        #expect(entry?.method == "POST" && entry?.path == "/slow")
    }

    @Test func aClientThatSaysNothingIsClosedQuietly() throws {
        let loopback = try LoopbackServer { $0.requestTimeout = .milliseconds(300) }
        let silent = try loopback.client()
        let started = ContinuousClock.now
        #expect(silent.isClosedByServer())
        #expect(started.duration(to: .now) >= .milliseconds(250) && started.duration(to: .now) < .milliseconds(1200))
        #expect(loopback.log.entries(count: 0).isEmpty)
    }

    @Test func anIdleKeepAliveConnectionIsClosedAfterTheIdleTimeout() throws {
        let loopback = try LoopbackServer {
            $0.requestTimeout = .milliseconds(2000)
            $0.idleTimeout = .milliseconds(300)
        }
        let client = try loopback.client()
        client.send("GET / HTTP/1.1\r\nHost: a\r\n\r\n")
        #expect(client.response()?.status == 200)
        let answered = ContinuousClock.now
        #expect(client.isClosedByServer())
        #expect(answered.duration(to: .now) >= .milliseconds(250) && answered.duration(to: .now) < .milliseconds(1200))
    }

    @Test func theLoggedDurationRunsFromTheRequestsFirstByteToItsLast() throws {
        let loopback = try LoopbackServer(handler: { _ in
            Thread.sleep(forTimeInterval: 0.1)
            return .text("done")
        })
        let client = try loopback.client()
        Thread.sleep(forTimeInterval: 0.3)
        client.send("GET / HTTP/1.1\r\nHost: a\r\n\r\n")
        #expect(client.response()?.text == "done")
        let duration = try #require(loopback.log.entries(count: 1).first?.durationMilliseconds)
        #expect(duration >= 95 && duration < 280, "the wait before the first byte is not counted: \(duration)")
    }

    @Test func oneConnectionTooManyIsAnswered503() throws {
        let loopback = try LoopbackServer { $0.maxConnections = 2 }
        let first = try loopback.client(), second = try loopback.client()
        for client in [first, second] {
            client.send("GET / HTTP/1.1\r\nHost: a\r\n\r\n")
            #expect(client.response()?.status == 200)
        }
        let third = try loopback.client()
        third.send("GET / HTTP/1.1\r\nHost: a\r\n\r\n")
        let refused = try #require(third.response())
        #expect(refused.status == 503 && refused.header("Connection") == "close" && refused.header("Retry-After") == "1")
        #expect(third.isClosedByServer())
        // A place freed is a place taken again.
        second.send("GET / HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n")
        #expect(second.response()?.status == 200 && second.isClosedByServer())
        var served = false
        for _ in 0..<50 where !served {
            served = try loopback.get("/")?.status == 200
            if !served { Thread.sleep(forTimeInterval: 0.02) }
        }
        #expect(served)
        #expect(loopback.log.entries(count: 4).contains { $0.status == 503 && $0.method == "-" })
    }

    @Test func stopLetsAResponseInFlightBeWrittenThenRefusesConnections() throws {
        let handling = DispatchSemaphore(value: 0)
        let loopback = try LoopbackServer { _ in } handler: { request in
            guard request.path == "/slow" else { return .text("quick") }
            handling.signal()
            Thread.sleep(forTimeInterval: 0.4)
            return .text("finished")
        }
        let idle = try loopback.client()
        idle.send("GET / HTTP/1.1\r\nHost: a\r\n\r\n")
        #expect(idle.response()?.text == "quick")
        let inFlight = try loopback.client()
        inFlight.send("GET /slow HTTP/1.1\r\nHost: a\r\n\r\n")
        handling.wait()
        let stopped = DispatchSemaphore(value: 0)
        let server = loopback.server
        let began = ContinuousClock.now
        Thread { server.stop(); stopped.signal() }.start()
        let response = try #require(inFlight.response())
        #expect(response.text == "finished" && response.header("Connection") == "close")
        #expect(inFlight.isClosedByServer() && idle.isClosedByServer())
        stopped.wait()
        #expect(began.duration(to: .now) < .seconds(2))
        #expect(throws: RawClient.Failure.self) { try loopback.client() }
    }

    @Test func stopWaitsNoLongerThanItsTimeoutForAHandlerThatDoesNotReturn() throws {
        let release = DispatchSemaphore(value: 0), handling = DispatchSemaphore(value: 0)
        let loopback = try LoopbackServer { $0.shutdownTimeout = .milliseconds(300) } handler: { _ in
            handling.signal()
            release.wait()
            return .text("too late")
        }
        let client = try loopback.client()
        client.send("GET / HTTP/1.1\r\nHost: a\r\n\r\n")
        handling.wait()
        let began = ContinuousClock.now
        loopback.server.stop()
        let waited = began.duration(to: .now)
        #expect(waited >= .milliseconds(250) && waited < .milliseconds(1500), "\(waited)")
        release.signal()
        #expect(client.response() == nil)
    }

    @Test func aClientThatStopsReadingLosesItsResponseAfterTheWriteTimeoutAndHoldsNoWorker() throws {
        let loopback = try LoopbackServer({
            $0.workerCount = 1
            $0.writeTimeout = .milliseconds(300)
        }, handler: Self.large(megabytes: 32, else: "small"))
        let stalled = try loopback.client()
        stalled.send("GET /large HTTP/1.1\r\nHost: a\r\n\r\n")
        Thread.sleep(forTimeInterval: 0.1)
        #expect(try loopback.get("/small")?.text == "small")
        let entry = loopback.log.entries(count: 2).first { $0.path == "/large" }
        #expect(entry.map { $0.status == 200 && $0.bytes < 32 * 1024 * 1024 } == true, "\(String(describing: entry))")
    }

    @Test func aClientGoneBeforeItsResponseIsNoSignalToTheProcess() throws {
        let loopback = try LoopbackServer(handler: Self.large(megabytes: 8, else: "still here"))
        // Each closes as soon as its request is sent: the server's writes meet a closed socket.
        for _ in 0..<3 {
            let gone = try loopback.client()
            gone.send("GET /large HTTP/1.1\r\nHost: a\r\n\r\n")
        }
        Thread.sleep(forTimeInterval: 0.2)
        #expect(try loopback.get("/")?.text == "still here")
    }

    /// A handler answering `/large` with a body larger than the socket buffers hold, and `text` elsewhere.
    static func large(megabytes: Int, else text: String) -> HTTPServer.Handler {
        let large = [UInt8](repeating: 65, count: megabytes * 1024 * 1024)
        return { $0.path == "/large" ? HTTPResponse(body: large) : .text(text) }
    }
}
