#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The exclusive lock writers hold for the length of one append. `flock` is released by the kernel
/// when a process dies, so a killed writer never leaves the store locked.
final class WriterLock {
    let path: String
    private let fd: Int32

    init(path: String) throws(StoreError) {
        self.path = path
        fd = try POSIXFile.open(path, O_RDWR | O_CREAT, operation: "open the writer lock")
    }

    deinit { close(fd) }

    func withLock<T>(_ body: () throws(StoreError) -> T) throws(StoreError) -> T {
        while flock(fd, LOCK_EX) != 0 {
            if errno == EINTR { continue }
            throw .io(operation: "lock", path: path, errno: errno)
        }
        defer { flock(fd, LOCK_UN) }
        return try body()
    }
}
