#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Thin, error-typed wrappers over the system calls the log needs. Every failure becomes a
/// `StoreError.io` naming the operation and the path.
enum POSIXFile {
    static func open(_ path: String, _ flags: Int32, mode: mode_t = 0o644, operation: String = "open") throws(StoreError) -> Int32 {
        while true {
            let fd = Glibc.open(path, flags | O_CLOEXEC, mode)
            if fd >= 0 { return fd }
            if errno == EINTR { continue }
            throw .io(operation: operation, path: path, errno: errno)
        }
    }

    static func size(_ fd: Int32, path: String) throws(StoreError) -> UInt64 {
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw .io(operation: "read the size of", path: path, errno: errno) }
        return UInt64(st.st_size)
    }

    static func exists(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0
    }

    static func isDirectory(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
    }

    static func fileSize(_ path: String) -> UInt64? {
        var st = stat()
        return stat(path, &st) == 0 ? UInt64(st.st_size) : nil
    }

    /// Reads exactly `count` bytes at `offset`, or fewer only at end of file.
    static func read(_ fd: Int32, into buffer: UnsafeMutableRawBufferPointer, at offset: UInt64, path: String) throws(StoreError) -> Int {
        var done = 0
        while done < buffer.count {
            let n = pread(fd, buffer.baseAddress! + done, buffer.count - done, off_t(offset) + off_t(done))
            if n < 0 {
                if errno == EINTR { continue }
                throw .io(operation: "read", path: path, errno: errno)
            }
            if n == 0 { break }
            done += n
        }
        return done
    }

    /// Reads up to `count` bytes at `offset` (fewer only at end of file).
    static func read(_ fd: Int32, count: Int, at offset: UInt64, path: String) throws(StoreError) -> [UInt8] {
        var failure: StoreError?
        // Uninitialised: the pages are filled by the read itself, not zeroed first.
        let bytes = [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            do throws(StoreError) {
                initialized = try read(fd, into: UnsafeMutableRawBufferPointer(buffer), at: offset, path: path)
            } catch {
                failure = error
                initialized = 0
            }
        }
        if let failure { throw failure }
        return bytes
    }

    static func write(_ fd: Int32, _ bytes: [UInt8], at offset: UInt64, path: String) throws(StoreError) {
        try bytes.withUnsafeBytes { b in Result { () throws(StoreError) in try write(fd, b, at: offset, path: path) } }.get()
    }

    static func write(_ fd: Int32, _ bytes: UnsafeRawBufferPointer, at offset: UInt64, path: String) throws(StoreError) {
        var done = 0
        while done < bytes.count {
            let n = pwrite(fd, bytes.baseAddress! + done, bytes.count - done, off_t(offset) + off_t(done))
            if n < 0 {
                if errno == EINTR { continue }
                throw .io(operation: "write to", path: path, errno: errno)
            }
            done += n
        }
    }

    static func sync(_ fd: Int32, path: String) throws(StoreError) {
        while fdatasync(fd) != 0 {
            if errno == EINTR { continue }
            throw .io(operation: "flush to disk", path: path, errno: errno)
        }
    }

    /// A new or renamed file is durable only once its directory entry is.
    static func syncDirectory(_ path: String) throws(StoreError) {
        let fd = try open(path, O_RDONLY | O_DIRECTORY)
        defer { close(fd) }
        while fsync(fd) != 0 {
            if errno == EINTR { continue }
            throw .io(operation: "flush to disk", path: path, errno: errno)
        }
    }

    static func truncate(_ fd: Int32, to length: UInt64, path: String) throws(StoreError) {
        guard ftruncate(fd, off_t(length)) == 0 else { throw .io(operation: "cut the unfinished end of", path: path, errno: errno) }
    }

    static func makeDirectory(_ path: String) throws(StoreError) {
        if mkdir(path, 0o755) != 0 && errno != EEXIST { throw .io(operation: "create the folder", path: path, errno: errno) }
    }

    /// A folder only its owner may list or enter (0700), whatever the umask; an existing one keeps its mode.
    static func makePrivateDirectory(_ path: String) throws(StoreError) {
        if mkdir(path, 0o700) == 0 {
            // The umask can only take bits away, but a umask of 0 must not leave group bits either.
            guard chmod(path, 0o700) == 0 else { throw .io(operation: "create the folder", path: path, errno: errno) }
        } else if errno != EEXIST {
            throw .io(operation: "create the folder", path: path, errno: errno)
        }
    }

    /// Creates `path` and any missing folders above it.
    static func makeDirectories(_ path: String) throws(StoreError) {
        if isDirectory(path) { return }
        let parent = parent(of: path)
        if parent != path && parent != "." && parent != "/" { try makeDirectories(parent) }
        try makeDirectory(path)
    }

    static func listDirectory(_ path: String) throws(StoreError) -> [String] {
        guard let dir = opendir(path) else { throw .io(operation: "list the folder", path: path, errno: errno) }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.baseAddress!.assumingMemoryBound(to: CChar.self))
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    static func readWholeFile(_ path: String) throws(StoreError) -> [UInt8] {
        let fd = try open(path, O_RDONLY)
        defer { close(fd) }
        return try read(fd, count: Int(try size(fd, path: path)), at: 0, path: path)
    }

    /// Writes a file whole under a temporary name, flushes it, then renames it into place, so a
    /// reader sees the old file or the new one, never half of one.
    /// `mode` is set on the new file whatever the umask (0600 for personal data), before any byte
    /// is written to it.
    static func writeAtomically(_ bytes: [UInt8], to path: String, durable: Bool, mode: mode_t = 0o644) throws(StoreError) {
        // A fresh name, created only if nothing (not even a link planted by someone who can write
        // the folder, as Snapshots/ may be) is there.
        let temp = "\(path).\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp"
        let fd = try open(temp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, mode: mode)
        do throws(StoreError) {
            if mode & 0o077 == 0, fchmod(fd, mode) != 0 { throw .io(operation: "write to", path: temp, errno: errno) }
            try write(fd, bytes, at: 0, path: temp)
            if durable { try sync(fd, path: temp) }
        } catch {
            close(fd); unlink(temp)
            throw error
        }
        close(fd)
        guard rename(temp, path) == 0 else {
            let code = errno
            unlink(temp)
            throw .io(operation: "replace", path: path, errno: code)
        }
        if durable { try syncDirectory(parent(of: path)) }
    }

    static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
}
