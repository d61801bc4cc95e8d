import Hashing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The file backend's material store: each file under its SHA-256 beside the log,
/// `files/sha256/ab/ab12…` (the first two hex digits a folder, so no folder grows too long to list).
///
/// A file is streamed in fixed-size chunks while it is hashed, written under a temporary name in
/// `files/sha256/`, flushed, renamed into place and its folder flushed: a crash leaves at most a
/// temporary file, never a partial file under a hash. Minutes may name people, so the folders are
/// 0700 and the files 0600 whatever the umask.
public struct FileStore: MaterialStore {
    public let directory: String
    public let sizeLimit: UInt64
    let chunkBytes: Int

    /// Large enough for any council's minutes and slide decks; a scanned archive belongs elsewhere.
    public static let defaultSizeLimit: UInt64 = 200 << 20
    public static let defaultChunkBytes = 64 << 10

    public init(store: String, sizeLimit: UInt64 = FileStore.defaultSizeLimit, chunkBytes: Int = FileStore.defaultChunkBytes) {
        directory = "\(store)/files"
        self.sizeLimit = sizeLimit
        self.chunkBytes = max(64, chunkBytes)
    }

    var hashFolder: String { "\(directory)/sha256" }

    /// Where the file with this hash is kept.
    public func path(of sha256: SHA256Digest) -> String {
        let hex = sha256.hex
        return "\(hashFolder)/\(hex.prefix(2))/\(hex)"
    }

    public func put(contentsOf source: String) throws(StoreError) -> StoredFile {
        let input = try POSIXFile.open(source, O_RDONLY, operation: "open")
        defer { close(input) }
        var st = stat()
        guard fstat(input, &st) == 0 else { throw .io(operation: "read the size of", path: source, errno: errno) }
        guard (st.st_mode & S_IFMT) == S_IFREG else { throw .notAFile(path: source) }
        guard UInt64(st.st_size) <= sizeLimit else { throw .fileTooLarge(path: source, size: UInt64(st.st_size), limit: sizeLimit) }
        try POSIXFile.makePrivateDirectory(directory)
        try POSIXFile.makePrivateDirectory(hashFolder)
        let temp = "\(hashFolder)/put-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp"
        let output = try POSIXFile.open(temp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, mode: 0o600)
        var hash = SHA256()
        var size: UInt64 = 0
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkBytes, alignment: 16)
        defer { buffer.deallocate() }
        do throws(StoreError) {
            guard fchmod(output, 0o600) == 0 else { throw .io(operation: "write to", path: temp, errno: errno) }
            while true {
                // The file may grow while it is read: the limit holds for what is read, not what stat said.
                let n = try POSIXFile.read(input, into: buffer, at: size, path: source)
                if n == 0 { break }
                guard size + UInt64(n) <= sizeLimit else { throw .fileTooLarge(path: source, size: size + UInt64(n), limit: sizeLimit) }
                let chunk = UnsafeRawBufferPointer(rebasing: buffer[0..<n])
                hash.update(chunk)
                try POSIXFile.write(output, chunk, at: size, path: temp)
                size += UInt64(n)
            }
            try POSIXFile.sync(output, path: temp)
        } catch {
            close(output)
            unlink(temp)
            throw error
        }
        close(output)
        let kept = StoredFile(sha256: hash.finalize(), size: size)
        let final = path(of: kept.sha256)
        // Kept already, whole: the same bytes, so nothing to do. A file of another size under
        // this hash is damaged, and the fresh copy takes its place.
        if POSIXFile.fileSize(final) == size {
            unlink(temp)
            return kept
        }
        let folder = POSIXFile.parent(of: final)
        let newFolder = !POSIXFile.isDirectory(folder)
        do throws(StoreError) {
            try POSIXFile.makePrivateDirectory(folder)
            guard rename(temp, final) == 0 else { throw .io(operation: "replace", path: final, errno: errno) }
        } catch {
            unlink(temp)
            throw error
        }
        try POSIXFile.syncDirectory(folder)
        if newFolder { try POSIXFile.syncDirectory(hashFolder) }
        return kept
    }

    public func read(_ file: StoredFile, _ chunk: (UnsafeRawBufferPointer) throws -> Void) throws {
        let path = path(of: file.sha256)
        let fd = try POSIXFile.open(path, O_RDONLY)
        defer { close(fd) }
        let found = try POSIXFile.size(fd, path: path)
        guard found == file.size else { throw StoreError.fileAltered(sha256: file.sha256.hex, size: found, expected: file.size) }
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkBytes, alignment: 16)
        defer { buffer.deallocate() }
        var offset: UInt64 = 0
        while offset < file.size {
            let n = try POSIXFile.read(fd, into: buffer, at: offset, path: path)
            if n == 0 { break }
            try chunk(UnsafeRawBufferPointer(rebasing: buffer[0..<min(n, Int(file.size - offset))]))
            offset += UInt64(n)
        }
    }

    public func copy(_ file: StoredFile, to destination: String, mode: UInt32) throws(StoreError) {
        let output = try POSIXFile.open(destination, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, mode: mode_t(mode))
        var offset: UInt64 = 0
        do {
            guard fchmod(output, mode_t(mode)) == 0 else { throw StoreError.io(operation: "write to", path: destination, errno: errno) }
            try read(file) { chunk in
                try POSIXFile.write(output, chunk, at: offset, path: destination)
                offset += UInt64(chunk.count)
            }
            try POSIXFile.sync(output, path: destination)
        } catch {
            close(output)
            unlink(destination)
            throw (error as? StoreError) ?? .io(operation: "write to", path: destination, errno: EIO)
        }
        close(output)
    }

    public func condition(of file: StoredFile) throws(StoreError) -> StoredFileCondition {
        let path = path(of: file.sha256)
        guard POSIXFile.exists(path) else { return .missing }
        let found = try Self.hash(contentsOf: path, chunkBytes: chunkBytes)
        return found == file ? .intact : .altered(size: found.size, sha256: found.sha256)
    }

    /// The SHA-256 and size of any file, streamed (a published copy, a file before it is kept).
    public static func hash(contentsOf path: String, chunkBytes: Int = FileStore.defaultChunkBytes) throws(StoreError) -> StoredFile {
        let fd = try POSIXFile.open(path, O_RDONLY)
        defer { close(fd) }
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(64, chunkBytes), alignment: 16)
        defer { buffer.deallocate() }
        var hash = SHA256()
        var size: UInt64 = 0
        while true {
            let n = try POSIXFile.read(fd, into: buffer, at: size, path: path)
            if n == 0 { break }
            hash.update(UnsafeRawBufferPointer(rebasing: buffer[0..<n]))
            size += UInt64(n)
        }
        return StoredFile(sha256: hash.finalize(), size: size)
    }
}
