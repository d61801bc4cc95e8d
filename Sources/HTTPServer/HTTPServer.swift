#if canImport(Glibc)
import Glibc
#endif

/// An HTTP/1.1 server on POSIX sockets: keep-alive and pipelining, limits on every part of a
/// request, timeouts on reading, idling and writing, a bounded number of connections and worker
/// threads, graceful stop, and an access log without personal data. It knows nothing of what it
/// serves: a front gives it a synchronous handler, called on worker threads.
///
/// One thread (the poller) accepts connections and reads requests from all of them with poll,
/// each against a deadline; a request that has come whole goes to a worker, which calls the
/// handler, writes the response within the write timeout and hands the connection back. So a slow
/// or silent client holds a connection until its deadline, never a worker. Beyond
/// `maxConnections` a connection is answered 503 and closed. Requests with a body are framed by
/// Content-Length only; see `RequestParser` for what is refused and why.
///
/// A front starts it like this (SIGPIPE needs nothing: every send passes MSG_NOSIGNAL):
///
/// ```swift
/// import Glibc
/// import HTTPServer
///
/// // Block the stop signals first, so that the server's threads inherit the mask and sigwait gets them.
/// var signals = sigset_t()
/// sigemptyset(&signals)
/// sigaddset(&signals, SIGINT)
/// sigaddset(&signals, SIGTERM)
/// pthread_sigmask(SIG_BLOCK, &signals, nil)
///
/// let server = try HTTPServer(configuration: .init(host: "127.0.0.1", port: 8080),
///                             accessLog: { entry in print(entry.line) }) { request in
///     switch (request.method, request.path) {
///     case ("GET", "/"), ("HEAD", "/"): .html("<!doctype html><title>kadai</title><h1>課題</h1>")
///     default: .text("Not Found\n", status: .notFound)
///     }
/// }
/// print("Listening on http://127.0.0.1:\(server.port)/")
/// var received: Int32 = 0
/// sigwait(&signals, &received)
/// server.stop()   // stops accepting, lets requests in flight be answered, then closes
/// ```
public final class HTTPServer: Sendable {
    /// Called on a worker thread for each well-formed request; several run at once.
    public typealias Handler = @Sendable (HTTPRequest) -> HTTPResponse
    /// Called once a response is written (or given up), on a worker thread or the server's own.
    public typealias AccessLog = @Sendable (AccessLogEntry) -> Void

    public let configuration: Configuration
    /// The port listened on: the configured one, or the one the system chose for port 0.
    public let port: UInt16
    private let mailbox: Mailbox
    private let workers: WorkerPool

    /// Listens and starts serving at once; throws when the address cannot be listened on.
    public init(configuration: Configuration = Configuration(), accessLog: @escaping AccessLog = { _ in },
                handler: @escaping Handler) throws(HTTPServerFailure) {
        let (listener, port) = try Socket.listen(host: configuration.host, port: configuration.port)
        func failure(_ operation: String) -> HTTPServerFailure {
            close(listener)
            return HTTPServerFailure(address: "\(configuration.host):\(port)", operation: operation, reason: String(cString: strerror(errno)))
        }
        guard let mailbox = Mailbox() else { throw failure("make the wake-up pipe of") }
        guard let workers = WorkerPool(threads: configuration.workerCount) else { throw failure("start the worker threads of") }
        let responder = Responder(configuration: configuration, handler: handler, accessLog: accessLog, mailbox: mailbox)
        let poller = ConnectionPoller(listener: listener, configuration: configuration, mailbox: mailbox, workers: workers, responder: responder)
        guard startThread({ poller.run() }) else {
            workers.close()
            throw failure("start the thread of")
        }
        self.configuration = configuration
        self.port = port
        self.mailbox = mailbox
        self.workers = workers
    }

    /// Stops accepting, closes connections waiting between requests, lets the requests already
    /// read be answered (each response then says `Connection: close`), and returns once they are
    /// written — or after `shutdownTimeout`, closing what is left. A handler still running then
    /// keeps its worker thread until it returns; its response is not sent. Calling it again does nothing.
    public func stop() {
        mailbox.requestStop()
        if !mailbox.waitUntilFinished(until: .now + configuration.shutdownTimeout) {
            mailbox.abandon()
            _ = mailbox.waitUntilFinished()
        }
        workers.close()
    }

    deinit { stop() }
}
