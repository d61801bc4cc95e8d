#if canImport(Glibc)
import Glibc
#endif

/// Ctrl-C and `systemctl stop` for a server: SIGINT and SIGTERM are blocked before any thread
/// starts (threads inherit the mask), then the main thread waits for one of them, so the server
/// can stop in order — no new connections, answers in flight written — instead of dying mid-write.
enum StopSignals {
    static var set: sigset_t {
        var signals = sigset_t()
        sigemptyset(&signals)
        sigaddset(&signals, SIGINT)
        sigaddset(&signals, SIGTERM)
        return signals
    }

    /// Call before starting any thread.
    static func block() {
        var signals = set
        pthread_sigmask(SIG_BLOCK, &signals, nil)
    }

    /// Returns when SIGINT or SIGTERM arrives.
    static func wait() {
        var signals = set
        var received: Int32 = 0
        sigwait(&signals, &received)
    }
}
