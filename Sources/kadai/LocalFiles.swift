#if canImport(Glibc)
import Glibc
#endif

/// The few file operations the front needs for export and import, on the C library: the
/// front does not take Foundation in for them. Each failure names the path.
enum LocalFiles {
    static func exists(_ path: String) -> Bool { access(path, F_OK) == 0 }

    static func list(_ path: String) throws -> [String] {
        guard let dir = opendir(path) else { throw failure("read the folder", path) }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(cString: $0.baseAddress!.assumingMemoryBound(to: CChar.self)) }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    static func rename(_ from: String, to: String) throws {
        guard Glibc.rename(from, to) == 0 else { throw failure("rename to '\(to)'", from) }
    }

    /// Removes a file, or a folder and everything in it (links are removed, never followed).
    static func removeTree(_ path: String) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            for name in (try? list(path)) ?? [] { removeTree("\(path)/\(name)") }
            rmdir(path)
        } else {
            unlink(path)
        }
    }

    static func makeDirectory(_ path: String) throws {
        guard mkdir(path, 0o755) == 0 || errno == EEXIST else { throw failure("create the folder", path) }
    }

    static func read(_ path: String) throws -> [UInt8] {
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
    static func write(_ bytes: [UInt8], to path: String) throws {
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

    static func failure(_ operation: String, _ path: String) -> CommandError {
        let reason = String(cString: strerror(errno))
        return CommandError(ja: "'\(path)' を処理できませんでした（\(operation)、システムの説明: \(reason)）。パスと空き容量、権限を確かめてください。",
                            en: "Could not \(operation) '\(path)' (\(reason)). Check the path, free space and permissions.", exitCode: 1)
    }
}
