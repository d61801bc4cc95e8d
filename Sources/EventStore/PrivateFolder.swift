#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A folder beside the log for what no other account on the machine may read — the vault's case
/// notes, the sign-in accounts' password hashes: the folder 0700 and every file 0600 whatever the
/// umask, each file written whole under a temporary name and flushed before it takes its place.
public struct PrivateFolder: Sendable {
    public let path: String

    public init(_ path: String) { self.path = path }

    public func file(_ name: String) -> String { "\(path)/\(name)" }

    /// Makes the folder (0700) if it is not there yet.
    public func create() throws(StoreError) { try POSIXFile.makePrivateDirectory(path) }

    /// Writes `name` whole (0600), replacing any earlier file of that name, flushed to disk.
    public func write(_ bytes: [UInt8], to name: String) throws(StoreError) {
        try POSIXFile.writeAtomically(bytes, to: file(name), durable: true, mode: 0o600)
    }

    /// The bytes of `name`, or nil when there is no such file.
    public func read(_ name: String) throws(StoreError) -> [UInt8]? {
        guard POSIXFile.exists(file(name)) else { return nil }
        return try POSIXFile.readWholeFile(file(name))
    }

    /// Runs `body` while holding the folder's lock (`flock` on the folder itself), so that two
    /// processes changing one file in it take turns instead of one losing the other's change.
    public func exclusively<T>(_ body: () throws -> T) throws -> T {
        let fd = try POSIXFile.open(path, O_RDONLY | O_DIRECTORY, operation: "lock")
        defer { close(fd) }
        while flock(fd, LOCK_EX) != 0 {
            guard errno == EINTR else { throw StoreError.io(operation: "lock", path: path, errno: errno) }
        }
        return try body()
    }

    /// The command that makes a folder found looser private again (with what it holds), or a file.
    public static func chmodFix(_ path: String, folder: Bool) -> String {
        folder ? "chmod 700 '\(path)' && chmod 600 '\(path)'/*" : "chmod 600 '\(path)'"
    }

    /// Refuses a folder that another account could read or enter: the folder must be 0700 or
    /// tighter and every file in it 0600 or tighter. A folder not made yet passes.
    public func checkPrivate() throws(StoreError) {
        var st = stat()
        guard lstat(path, &st) == 0 else { return }
        guard (st.st_mode & S_IFMT) == S_IFDIR else { throw .foreignFile(path: path) }
        if st.st_mode & 0o077 != 0 { throw .notPrivate(path: path, mode: UInt32(st.st_mode & 0o777), folder: true) }
        // Another account reading the store (a member linked to a seat) cannot enter a private
        // folder at all: that is the folder being private, not a fault; what it holds reads as unavailable.
        guard st.st_uid == geteuid() || access(path, R_OK | X_OK) == 0 else { return }
        for name in try POSIXFile.listDirectory(path) {
            let file = file(name)
            guard lstat(file, &st) == 0 else { continue }
            guard (st.st_mode & S_IFMT) == S_IFREG else { throw .foreignFile(path: file) }
            if st.st_mode & 0o077 != 0 { throw .notPrivate(path: file, mode: UInt32(st.st_mode & 0o777), folder: false) }
        }
    }
}
