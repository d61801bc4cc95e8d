#if canImport(Glibc)
import Glibc
#endif

/// What the workers and `stop()` tell the poller thread: connections answered, and that the
/// server is stopping. Each message writes a byte to a pipe the poller waits on beside the
/// sockets, so it wakes at once.
final class Mailbox: @unchecked Sendable {
    /// What becomes of a connection once its response is written.
    enum Disposition {
        /// Read the next request.
        case keepAlive
        /// The response was the last: the write side is shut; read and drop what the client
        /// still sends for a moment, then close.
        case linger
        case close
    }

    private let lock = ConditionLock()
    private let wakeReader: Int32
    private let wakeWriter: Int32
    // Guarded by `lock`.
    private var returned: [(Connection, Disposition)] = []
    private var stopping = false
    private var abandoning = false
    private var finished = false

    init?() {
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { return nil }
        ends.forEach(Socket.makeNonBlocking)
        (wakeReader, wakeWriter) = (ends[0], ends[1])
    }

    /// The pipe of a server that never ran (it failed to start) is closed here.
    deinit {
        if !finished {
            close(wakeReader)
            close(wakeWriter)
        }
    }

    /// The end of the pipe the poller waits on.
    var wakeDescriptor: Int32 { wakeReader }

    var isStopping: Bool { lock.withLock { stopping } }

    /// A worker hands back a connection it answered. Once the poller has finished, the worker
    /// closes it itself.
    func giveBack(_ connection: Connection, _ disposition: Disposition) {
        lock.withLock {
            if finished {
                close(connection.descriptor)
            } else {
                returned.append((connection, disposition))
                wake()
            }
        }
    }

    /// Stop accepting and finish what is in flight.
    func requestStop() {
        lock.withLock {
            guard !finished, !stopping else { return }
            stopping = true
            wake()
        }
    }

    /// Stop now: the bounded wait for requests in flight is over.
    func abandon() {
        lock.withLock {
            guard !finished else { return }
            abandoning = true
            wake()
        }
    }

    /// For the poller: the connections handed back since last time, and the stop requests.
    func collect() -> (returned: [(Connection, Disposition)], stopping: Bool, abandoning: Bool) {
        lock.withLock {
            var sink = [UInt8](repeating: 0, count: 64)
            while read(wakeReader, &sink, sink.count) > 0 {}
            defer { returned = [] }
            return (returned, stopping, abandoning)
        }
    }

    /// For the poller as it ends: closes the pipe and gives the connections handed back meanwhile,
    /// for it to close; from now on workers close their own.
    func finish() -> [Connection] {
        lock.withLock {
            finished = true
            close(wakeReader)
            close(wakeWriter)
            lock.broadcast()
            defer { returned = [] }
            return returned.map(\.0)
        }
    }

    /// Whether the poller finished before the deadline (nil: wait as long as it takes).
    func waitUntilFinished(until deadline: ContinuousClock.Instant? = nil) -> Bool {
        lock.withLock {
            while !finished {
                if let deadline {
                    guard lock.wait(until: deadline) else { return finished }
                } else {
                    lock.wait()
                }
            }
            return true
        }
    }

    /// With the lock held.
    private func wake() {
        var byte: UInt8 = 1
        _ = write(wakeWriter, &byte, 1)
    }
}
