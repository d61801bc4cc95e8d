#if canImport(Glibc)
import Glibc
#endif

/// The few file operations the fronts and the service need for export, import and the site, on
/// the C library: nothing here takes Foundation in for them. Each failure names the path.
public enum LocalFiles {
    public static func exists(_ path: String) -> Bool { access(path, F_OK) == 0 }

    public static func list(_ path: String) throws(FileFailure) -> [String] {
        guard let dir = opendir(path) else { throw failure("read the folder", path) }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(cString: $0.baseAddress!.assumingMemoryBound(to: CChar.self)) }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    public static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    public enum Kind: Sendable { case file, folder, other }

    /// What is at the path itself: a link is `other`, never what it points to.
    public static func kind(_ path: String) -> Kind? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .folder
        default: return .other
        }
    }

    /// The path as the system will reach it, for comparing two places: links and `..` resolved by
    /// the real path of its nearest existing ancestor, then the rest as written (folders not made
    /// yet can be no links).
    public static func resolved(_ path: String) -> String {
        let parts = path.split(separator: "/").map(String.init)
        for kept in stride(from: parts.count, through: 0, by: -1) {
            let head = (path.hasPrefix("/") ? "/" : "") + parts[..<kept].joined(separator: "/")
            guard let real = realpath(head.isEmpty ? "." : head, nil) else { continue }
            var result = String(cString: real).split(separator: "/").map(String.init)
            free(real)
            for part in parts[kept...] where part != "." {
                if part == ".." { _ = result.popLast() } else { result.append(part) }
            }
            return "/" + result.joined(separator: "/")
        }
        return path
    }

    /// Whether `inner` is `outer` or lies somewhere under it (both resolved).
    public static func isWithin(_ inner: String, _ outer: String) -> Bool {
        inner == outer || inner.hasPrefix(outer.hasSuffix("/") ? outer : outer + "/")
    }

    /// A name beside `path` for building it before it is put in place: same folder, so the final
    /// rename stays on one file system; the process id, so two runs do not meet.
    public static func beside(_ path: String, _ purpose: String) -> String {
        "\(withoutTrailingSlash(path)).kadai-\(purpose)-\(getpid())"
    }

    /// `site/` or `site//` as `site`, so a name made from it stays beside the folder, not in it.
    public static func withoutTrailingSlash(_ path: String) -> String {
        var base = Substring(path)
        while base.count > 1 && base.hasSuffix("/") { base = base.dropLast() }
        return String(base)
    }

    /// Puts a finished file or folder in place under its final name. A file never replaces one
    /// that appeared meanwhile (a link is made, which fails if the name is taken, unless the file
    /// system has no links); a folder replaces only an empty one.
    public static func moveIntoPlace(_ from: String, to: String) throws(FileFailure) {
        if kind(from) == .file {
            if link(from, to) == 0 { unlink(from); return }
            guard errno == EPERM || errno == ENOTSUP || errno == EOPNOTSUPP || errno == EMLINK else {
                throw failure("move into place as '\(to)'", from)
            }
            guard !exists(to) else { errno = EEXIST; throw failure("move into place as '\(to)'", from) }
        }
        try rename(from, to: to)
    }

    public static func rename(_ from: String, to: String) throws(FileFailure) {
        guard Glibc.rename(from, to) == 0 else { throw failure("rename to '\(to)'", from) }
    }

    /// Removes a file, or a folder and everything in it (links are removed, never followed).
    public static func removeTree(_ path: String) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            for name in (try? list(path)) ?? [] { removeTree("\(path)/\(name)") }
            rmdir(path)
        } else {
            unlink(path)
        }
    }

    public static func makeDirectory(_ path: String) throws(FileFailure) {
        guard mkdir(path, 0o755) == 0 || errno == EEXIST else { throw failure("create the folder", path) }
    }

    public static func read(_ path: String) throws(FileFailure) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw failure("open", path) }
        defer { close(fd) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let n = Glibc.read(fd, &chunk, chunk.count)
            if n < 0 && errno == EINTR { continue }
            guard n >= 0 else { throw failure("read", path) }
            if n == 0 { return bytes }
            bytes += chunk[..<n]
        }
    }

    /// Writes a new file (never an existing one) and flushes it to disk.
    public static func write(_ bytes: [UInt8], to path: String) throws(FileFailure) {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw failure("create", path) }
        defer { close(fd) }
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + done, bytes.count - done) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { unlink(path); throw failure("write", path) }
            done += n
        }
        guard fsync(fd) == 0 else { unlink(path); throw failure("flush to disk", path) }
    }

    /// The failure of `operation` on `path`, with the system's reason for it (errno, as it is now).
    static func failure(_ operation: String, _ path: String) -> FileFailure {
        FileFailure(operation: operation, path: path, reason: String(cString: strerror(errno)))
    }
}
