#if canImport(Glibc)
import Glibc
#endif

/// The socket calls of the server on the C library. Every send passes MSG_NOSIGNAL: a client
/// gone away is an error to handle, never a SIGPIPE that ends the process.
enum Socket {
    /// A non-blocking listening socket on a numeric IPv4 or IPv6 address, and the port it got.
    static func listen(host: String, port: UInt16) throws(HTTPServerFailure) -> (descriptor: Int32, port: UInt16) {
        let bare = host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
        let shown = bare.contains(":") ? "[\(bare)]:\(port)" : "\(bare):\(port)"
        func failure(_ operation: String, _ code: Int32 = errno) -> HTTPServerFailure {
            HTTPServerFailure(address: shown, operation: operation, reason: String(cString: strerror(code)))
        }
        var storage = sockaddr_storage()
        let length: socklen_t
        var v4 = sockaddr_in(), v6 = sockaddr_in6()
        if inet_pton(AF_INET, bare, &v4.sin_addr) == 1 {
            v4.sin_family = sa_family_t(AF_INET)
            v4.sin_port = port.bigEndian
            withUnsafeBytes(of: v4) { source in withUnsafeMutableBytes(of: &storage) { $0.copyMemory(from: source) } }
            length = socklen_t(MemoryLayout<sockaddr_in>.size)
        } else if inet_pton(AF_INET6, bare, &v6.sin6_addr) == 1 {
            v6.sin6_family = sa_family_t(AF_INET6)
            v6.sin6_port = port.bigEndian
            withUnsafeBytes(of: v6) { source in withUnsafeMutableBytes(of: &storage) { $0.copyMemory(from: source) } }
            length = socklen_t(MemoryLayout<sockaddr_in6>.size)
        } else {
            throw HTTPServerFailure(address: shown, operation: "read the address", reason: "not a numeric IPv4 or IPv6 address")
        }
        let descriptor = socket(Int32(storage.ss_family), Int32(SOCK_STREAM.rawValue | SOCK_NONBLOCK.rawValue | SOCK_CLOEXEC.rawValue), 0)
        guard descriptor >= 0 else { throw failure("open a socket for") }
        var on: Int32 = 1
        setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &on, socklen_t(MemoryLayout<Int32>.size))
        let bound = withUnsafePointer(to: &storage) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, length) } }
        guard bound == 0 else {
            let code = errno
            close(descriptor)
            throw failure("listen on", code)
        }
        guard Glibc.listen(descriptor, SOMAXCONN) == 0 else {
            let code = errno
            close(descriptor)
            throw failure("listen on", code)
        }
        var chosen = sockaddr_storage()
        var chosenLength = socklen_t(MemoryLayout<sockaddr_storage>.size)
        _ = withUnsafeMutablePointer(to: &chosen) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &chosenLength) } }
        return (descriptor, address(chosen).port)
    }

    enum Accepted {
        case connection(descriptor: Int32, peer: String)
        /// No connection is waiting.
        case none
        /// The process or the system has no descriptor to spare: try again a little later.
        case outOfDescriptors
    }

    /// The next waiting connection, non-blocking, with Nagle's delay off (a response is one write).
    static func accept(_ listener: Int32) -> Accepted {
        while true {
            var storage = sockaddr_storage()
            var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
            let descriptor = withUnsafeMutablePointer(to: &storage) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.accept(listener, $0, &length) }
            }
            if descriptor >= 0 {
                makeNonBlocking(descriptor)
                var on: Int32 = 1
                setsockopt(descriptor, Int32(IPPROTO_TCP), TCP_NODELAY, &on, socklen_t(MemoryLayout<Int32>.size))
                let (host, port) = address(storage)
                return .connection(descriptor: descriptor, peer: host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)")
            }
            switch errno {
            case EINTR, ECONNABORTED, EPROTO: continue
            case EMFILE, ENFILE, ENOBUFS, ENOMEM: return .outOfDescriptors
            default: return .none
            }
        }
    }

    /// Non-blocking and closed on exec (accept4 and pipe2 are not in Swift's Glibc module).
    static func makeNonBlocking(_ descriptor: Int32) {
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
        _ = fcntl(descriptor, F_SETFD, fcntl(descriptor, F_GETFD) | FD_CLOEXEC)
    }

    private static func address(_ storage: sockaddr_storage) -> (host: String, port: UInt16) {
        var text = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN))
        var storage = storage
        if Int32(storage.ss_family) == AF_INET6 {
            return withUnsafePointer(to: &storage) { $0.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { v6 in
                var address = v6.pointee.sin6_addr
                inet_ntop(AF_INET6, &address, &text, socklen_t(text.count))
                return (text.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }, UInt16(bigEndian: v6.pointee.sin6_port))
            } }
        }
        return withUnsafePointer(to: &storage) { $0.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { v4 in
            var address = v4.pointee.sin_addr
            inet_ntop(AF_INET, &address, &text, socklen_t(text.count))
            return (text.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }, UInt16(bigEndian: v4.pointee.sin_port))
        } }
    }

    /// Up to `scratch.count` bytes: the count, 0 at the end of the stream, nil when none are
    /// waiting, -1 on an error.
    static func receive(_ descriptor: Int32, into scratch: UnsafeMutableRawBufferPointer) -> Int? {
        while true {
            let count = recv(descriptor, scratch.baseAddress, scratch.count, 0)
            if count >= 0 { return count }
            switch errno {
            case EINTR: continue
            case EAGAIN, EWOULDBLOCK: return nil
            default: return -1
            }
        }
    }

    /// Writes all of `bytes`, waiting for room until `deadline`; how many were written.
    static func send(_ descriptor: Int32, _ bytes: [UInt8], until deadline: ContinuousClock.Instant) -> Int {
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { Glibc.send(descriptor, $0.baseAddress! + written, $0.count - written, Int32(MSG_NOSIGNAL)) }
            if count > 0 {
                written += count
                continue
            }
            guard count < 0, errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR else { return written }
            guard wait(descriptor, for: Int16(POLLOUT), until: deadline) else { return written }
        }
        return written
    }

    /// Writes all of a short message at once or nothing more; whether it went whole.
    static func sendNow(_ descriptor: Int32, _ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { Glibc.send(descriptor, $0.baseAddress!, $0.count, Int32(MSG_NOSIGNAL | MSG_DONTWAIT)) } == bytes.count
    }

    /// Whether the descriptor became ready for `events` before the deadline.
    private static func wait(_ descriptor: Int32, for events: Int16, until deadline: ContinuousClock.Instant) -> Bool {
        while true {
            let timeout = milliseconds(until: deadline)
            guard timeout > 0 else { return false }
            var entry = pollfd(fd: descriptor, events: events, revents: 0)
            let ready = poll(&entry, 1, timeout)
            if ready > 0 { return true }
            if ready < 0 && errno != EINTR { return false }
        }
    }

    /// For poll: the milliseconds left until `deadline`, rounded up, 0 when it has passed.
    static func milliseconds(until deadline: ContinuousClock.Instant) -> Int32 {
        let (seconds, attoseconds) = ContinuousClock.now.duration(to: deadline).components
        guard seconds >= 0 && (seconds > 0 || attoseconds > 0) else { return 0 }
        let total = seconds * 1000 + (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000
        return Int32(min(total, Int64(Int32.max)))
    }
}
