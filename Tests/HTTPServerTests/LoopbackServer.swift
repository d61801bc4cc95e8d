import Foundation
import HTTPServer
import TestSupport

/// A server on a free loopback port with the short timeouts of the tests, and its access log.
final class LoopbackServer {
    let server: HTTPServer
    let log = AccessLogRecorder()
    var port: UInt16 { server.port }

    /// The answer of `echo`: the method, the decoded path and the body's length, and the peer in a header.
    static let echo: HTTPServer.Handler = { request in
        var response = HTTPResponse.text("\(request.method) \(request.path) \(request.body.count)")
        response.headers.add("X-Peer", request.peer)
        return response
    }

    init(_ adjust: (inout HTTPServer.Configuration) -> Void = { _ in }, handler: @escaping HTTPServer.Handler = LoopbackServer.echo) throws {
        var configuration = HTTPServer.Configuration(host: "127.0.0.1", port: 0)
        configuration.workerCount = 2
        configuration.maxConnections = 16
        configuration.requestTimeout = .milliseconds(500)
        configuration.idleTimeout = .milliseconds(500)
        configuration.writeTimeout = .milliseconds(500)
        configuration.lingerTimeout = .milliseconds(200)
        configuration.shutdownTimeout = .seconds(2)
        adjust(&configuration)
        let log = log
        server = try HTTPServer(configuration: configuration, accessLog: { log.record($0) }, handler: handler)
    }

    func client() throws -> RawClient { try RawClient(port: port) }

    /// One GET on a new connection.
    func get(_ target: String) throws -> RawClient.Response? {
        let client = try client()
        client.send("GET \(target) HTTP/1.1\r\nHost: a\r\n\r\n")
        return client.response()
    }

    deinit { server.stop() }
}

/// The access log's entries as the server gives them, from any thread.
final class AccessLogRecorder: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [AccessLogEntry] = []

    func record(_ entry: AccessLogEntry) { lock.withLock { stored.append(entry) } }

    /// The entries once there are `count` of them (a line is written just after its response),
    /// or what there is after two seconds.
    func entries(count: Int) -> [AccessLogEntry] {
        for _ in 0..<200 {
            let entries = lock.withLock { stored }
            if entries.count >= count { return entries }
            Thread.sleep(forTimeInterval: 0.01)
        }
        return lock.withLock { stored }
    }
}
