/// One client's connection: its socket, the parser holding what has come, and when it must have
/// sent more. It belongs to one thread at a time — the poller while a request is read, a worker
/// while it is answered — and passes between them only through the worker queue and the mailbox,
/// each behind its lock: that hand-over is what makes it safe to send.
final class Connection: @unchecked Sendable {
    let descriptor: Int32
    let peer: String
    var parser: RequestParser
    /// When the request being read began (its first byte): the access log's durations count from here.
    var requestStarted: ContinuousClock.Instant
    /// The request timeout from a request's first byte, or from the connection's opening for its
    /// first request (so a client that connects and says nothing is cut by it); the idle timeout
    /// between requests.
    var deadline: ContinuousClock.Instant
    /// Whether `deadline` already times a request (the request timeout) rather than an idle wait.
    var isTimingRequest = true

    init(descriptor: Int32, peer: String, limits: HTTPLimits, openedAt: ContinuousClock.Instant, requestTimeout: Duration, spool: HTTPSpool? = nil) {
        self.descriptor = descriptor
        self.peer = peer
        parser = RequestParser(limits: limits, peer: peer, spool: spool)
        requestStarted = openedAt
        deadline = openedAt + requestTimeout
    }
}
