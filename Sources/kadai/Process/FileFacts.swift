#if canImport(Glibc)
import Glibc
#endif

/// What the system says of a file a user names (one to attach): whether it is there, a plain file,
/// readable by this account, and its size.
struct FileFacts {
    var exists: Bool
    var isFile: Bool
    var readable: Bool
    var size: UInt64

    init(_ path: String) {
        var st = stat()
        exists = stat(path, &st) == 0
        isFile = exists && (st.st_mode & S_IFMT) == S_IFREG
        readable = exists && access(path, R_OK) == 0
        size = exists ? UInt64(st.st_size) : 0
    }
}
