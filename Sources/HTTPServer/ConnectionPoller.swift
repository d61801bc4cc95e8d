#if canImport(Glibc)
import Glibc
#endif

/// The server's own thread: it accepts connections and reads every request with one poll over
/// all their sockets, each with its deadline, and hands a request to a worker only once it has
/// come whole. A client that sends slowly, or not at all, holds no worker — only one of the
/// bounded connections, and that until its deadline.
final class ConnectionPoller: @unchecked Sendable {
    private let configuration: HTTPServer.Configuration
    private let mailbox: Mailbox
    private let workers: WorkerPool
    private let responder: Responder
    private var listener: Int32?
    // All below belong to the poller's thread.
    /// Connections waiting for, or reading, a request.
    private var reading: [Int32: Connection] = [:]
    /// Connections with a worker.
    private var busy: [Int32: Connection] = [:]
    /// Connections whose last response is written, read and dropped until this deadline.
    private var lingering: [Int32: (deadline: ContinuousClock.Instant, dropped: Int)] = [:]
    /// When accepting again after the process ran out of descriptors.
    private var acceptResumes: ContinuousClock.Instant?
    private let scratch = UnsafeMutableRawBufferPointer.allocate(byteCount: 16 * 1024, alignment: 1)

    /// The most bytes dropped while lingering before the connection is closed anyway.
    private static let lingerBytes = 1024 * 1024
    private static let continueLine = Array("HTTP/1.1 100 Continue\r\n\r\n".utf8)

    init(listener: Int32, configuration: HTTPServer.Configuration, mailbox: Mailbox, workers: WorkerPool, responder: Responder) {
        self.listener = listener
        self.configuration = configuration
        self.mailbox = mailbox
        self.workers = workers
        self.responder = responder
    }

    deinit { scratch.deallocate() }

    func run() {
        while true {
            let (returned, stopping, abandoning) = mailbox.collect()
            for (connection, disposition) in returned { takeBack(connection, disposition, stopping: stopping) }
            if stopping, let open = listener {
                close(open)
                listener = nil
                for connection in reading.values { close(connection.descriptor) }
                reading = [:]
            }
            if abandoning || (stopping && busy.isEmpty && reading.isEmpty && lingering.isEmpty) { break }
            pollOnce()
        }
        // Writes still under way fail at once instead of running out their timeout.
        for descriptor in busy.keys { shutdown(descriptor, Int32(SHUT_RDWR)) }
        for descriptor in Array(reading.keys) + Array(lingering.keys) { close(descriptor) }
        for connection in mailbox.finish() { close(connection.descriptor) }
    }

    private func pollOnce() {
        let now = ContinuousClock.now
        var entries = [pollfd(fd: mailbox.wakeDescriptor, events: Int16(POLLIN), revents: 0)]
        if let listener, acceptResumes.map({ $0 <= now }) ?? true {
            acceptResumes = nil
            entries.append(pollfd(fd: listener, events: Int16(POLLIN), revents: 0))
        }
        for descriptor in Array(reading.keys) + Array(lingering.keys) { entries.append(pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)) }
        let deadlines = reading.values.map(\.deadline) + lingering.values.map(\.deadline) + [acceptResumes].compactMap { $0 }
        let timeout = deadlines.min().map(Socket.milliseconds(until:)) ?? -1
        guard poll(&entries, nfds_t(entries.count), timeout) >= 0 else { return }
        for entry in entries.dropFirst() where entry.revents != 0 {
            if entry.fd == listener { acceptWaiting() } else if reading[entry.fd] != nil { readFrom(entry.fd) } else { drop(entry.fd) }
        }
        enforceDeadlines(at: .now)
    }

    // MARK: Connections

    private func acceptWaiting() {
        guard let listener else { return }
        while true {
            switch Socket.accept(listener) {
            case .none: return
            case .outOfDescriptors:
                acceptResumes = .now + .milliseconds(100)
                return
            case .connection(let descriptor, let peer):
                guard reading.count + busy.count < configuration.maxConnections else {
                    turnAway(descriptor, peer: peer)
                    continue
                }
                let now = ContinuousClock.now
                reading[descriptor] = Connection(descriptor: descriptor, peer: peer, limits: configuration.limits, openedAt: now, requestTimeout: configuration.requestTimeout,
                                                   spool: configuration.spool)
            }
        }
    }

    /// One connection too many: 503, written without waiting, and close.
    private func turnAway(_ descriptor: Int32, peer: String) {
        let response = HTTPResponse(status: .serviceUnavailable, headers: ["Content-Type": "text/plain; charset=utf-8", "Retry-After": "1"],
                                    body: Array("Service Unavailable: too many connections\n".utf8))
        let message = ResponseMessage(response, method: "-", version: .http11, closing: true)
        let sent = Socket.sendNow(descriptor, message.bytes)
        responder.log(method: "-", path: "-", status: .serviceUnavailable, bytes: sent ? message.bodyCount : 0, since: .now, peer: peer)
        guard sent, lingering.count < configuration.maxConnections else {
            close(descriptor)
            return
        }
        shutdown(descriptor, Int32(SHUT_WR))
        lingering[descriptor] = (.now + configuration.lingerTimeout, 0)
    }

    private func readFrom(_ descriptor: Int32) {
        guard let connection = reading[descriptor] else { return }
        let count = Socket.receive(descriptor, into: scratch)
        guard let count else { return }
        guard count > 0 else {
            reading[descriptor] = nil
            close(descriptor)
            return
        }
        if !connection.parser.isMidRequest { connection.requestStarted = .now }
        connection.parser.append(UnsafeRawBufferPointer(rebasing: scratch[..<count]))
        advance(connection)
    }

    /// Reads what the parser can from what has come: a whole request goes to a worker.
    private func advance(_ connection: Connection) {
        let descriptor = connection.descriptor
        while true {
            switch connection.parser.next() {
            case .needMore:
                if !connection.isTimingRequest && connection.parser.isMidRequest { startTiming(connection, at: .now) }
                // A large upload is timed from its last bytes, not its first: it may take long, but not stall.
                if connection.parser.isSpooling { connection.deadline = .now + configuration.requestTimeout }
                reading[descriptor] = connection
                return
            case .continueExpected:
                guard Socket.sendNow(descriptor, Self.continueLine) else {
                    reading[descriptor] = nil
                    close(descriptor)
                    return
                }
            case .request(let request):
                hand(connection) { $0.answer(request, on: connection) }
                return
            case .refused(let refusal):
                hand(connection) { $0.refuse(refusal, on: connection) }
                return
            }
        }
    }

    private func hand(_ connection: Connection, _ job: @escaping @Sendable (Responder) -> Void) {
        reading[connection.descriptor] = nil
        busy[connection.descriptor] = connection
        let responder = responder
        workers.submit { job(responder) }
    }

    private func startTiming(_ connection: Connection, at now: ContinuousClock.Instant) {
        connection.isTimingRequest = true
        connection.requestStarted = now
        connection.deadline = now + configuration.requestTimeout
    }

    private func takeBack(_ connection: Connection, _ disposition: Mailbox.Disposition, stopping: Bool) {
        let descriptor = connection.descriptor
        busy[descriptor] = nil
        switch disposition {
        case .keepAlive where !stopping:
            let now = ContinuousClock.now
            if connection.parser.isMidRequest {
                startTiming(connection, at: now)
            } else {
                connection.isTimingRequest = false
                connection.deadline = now + configuration.idleTimeout
            }
            advance(connection)
        case .linger:
            lingering[descriptor] = (.now + configuration.lingerTimeout, 0)
        case .keepAlive, .close:
            close(descriptor)
        }
    }

    /// Reads and drops what a lingering connection still sends; closes it at its end.
    private func drop(_ descriptor: Int32) {
        guard let linger = lingering[descriptor] else { return }
        let count = Socket.receive(descriptor, into: scratch)
        guard let count else { return }
        if count > 0 && linger.dropped + count <= Self.lingerBytes {
            lingering[descriptor] = (linger.deadline, linger.dropped + count)
        } else {
            lingering[descriptor] = nil
            close(descriptor)
        }
    }

    private func enforceDeadlines(at now: ContinuousClock.Instant) {
        for (descriptor, connection) in reading where connection.deadline <= now {
            if connection.parser.isMidRequest {
                hand(connection) { $0.refuse(HTTPRefusal(.requestTimeout, "the request did not come whole in time"), on: connection) }
            } else {
                reading[descriptor] = nil
                close(descriptor)
            }
        }
        for (descriptor, linger) in lingering where linger.deadline <= now {
            lingering[descriptor] = nil
            close(descriptor)
        }
    }
}
