extension HTTPServer {
    /// Where to listen, how many threads and connections, the limits and the timeouts. The
    /// defaults suit a council's office behind a reverse proxy; tests shorten the timeouts.
    public struct Configuration: Sendable {
        /// A numeric IPv4 or IPv6 address; loopback unless the front says otherwise.
        public var host: String
        /// 0 asks the system for any free port; `HTTPServer.port` says which.
        public var port: UInt16
        /// Threads that call the handler and write responses. Reading requests takes none of
        /// them: one thread waits on every connection with poll, so a slow client holds no worker.
        public var workerCount = 8
        /// Open connections at once; one more is answered 503 and closed.
        public var maxConnections = 256
        public var limits = HTTPLimits()
        /// Where the bodies too large for `limits` go, for the requests it accepts (uploads); none by default.
        public var spool: HTTPSpool?
        /// From a request's first byte (or from the connection's opening, for its first request)
        /// until its head and body are all here; then 408 and close.
        public var requestTimeout: Duration = .seconds(10)
        /// Between keep-alive requests; then the connection is closed quietly.
        public var idleTimeout: Duration = .seconds(30)
        /// For the whole of one response to be taken by the client; then the connection is closed.
        public var writeTimeout: Duration = .seconds(30)
        /// After a last response, how long the unread rest of what the client sent is read and
        /// dropped, so that closing does not reset the connection before the client reads the answer.
        public var lingerTimeout: Duration = .seconds(2)
        /// How long `stop()` waits for requests in flight to be answered.
        public var shutdownTimeout: Duration = .seconds(10)
        /// Answer 400 to a path with a `PathFlaw` instead of calling the handler.
        public var refusesFlawedPaths = true

        public init(host: String = "127.0.0.1", port: UInt16 = 8080) {
            self.host = host
            self.port = port
        }
    }
}
