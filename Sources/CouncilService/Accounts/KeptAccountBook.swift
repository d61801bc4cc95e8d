#if canImport(Glibc)
import Glibc
#endif
import Accounts

/// The accounts book a long-running server asks at every request (is this session's account still
/// enabled, its password unchanged?), read from the file once and again when the file system says
/// the folder or the file changed: a change by `kadai account` from another process replaces the
/// file (a new inode), and a `chmod` changes its change time, so neither goes unseen. It is read
/// again, with every file of the folder checked for looser permissions, at least every
/// `recheckSeconds` whatever the file system says (another file of the folder loosened).
final class KeptAccountBook: @unchecked Sendable {
    /// What `lstat` says of the folder and the file: which file, its size, mode, owner and times.
    struct FileState: Equatable {
        var folder: [Int64]
        var file: [Int64]?
    }

    // A pthread mutex, not the standard library's `Mutex`, whose waiting spins: this is taken by
    // every request of every worker.
    private let lock = ServiceLock()
    private var kept: (state: FileState, book: AccountBook, readAt: Int)?
    static let recheckSeconds = 10

    /// The book as `store`'s file holds it now.
    func book(_ store: AccountStore) throws -> AccountBook {
        // Read before the file: a book read after a change is kept under the state before it at
        // worst, and read again at the next call.
        guard let state = Self.state(of: store) else { return try store.book() }
        let now = time(nil)
        if let held = lock.holding({ kept }), held.state == state, now - held.readAt < Self.recheckSeconds { return held.book }
        let book = try store.book()
        lock.holding { kept = (state, book, now) }
        return book
    }

    static func state(of store: AccountStore) -> FileState? {
        func facts(_ path: String) -> [Int64]? {
            var st = stat()
            guard lstat(path, &st) == 0 else { return nil }
            return [Int64(st.st_dev), Int64(st.st_ino), Int64(st.st_mode), Int64(st.st_uid), Int64(st.st_size),
                    Int64(st.st_mtim.tv_sec), Int64(st.st_mtim.tv_nsec), Int64(st.st_ctim.tv_sec), Int64(st.st_ctim.tv_nsec)]
        }
        guard let folder = facts(store.folderPath) else { return nil }
        return FileState(folder: folder, file: facts(store.path))
    }
}
