#if canImport(Glibc)
import Glibc
#endif

/// Request bodies too large to hold in memory (an uploaded file of minutes), written to a file as
/// they arrive instead: for the requests `accepts` names, up to `maxBytes`, into `directory` (a
/// private folder: 0600 files). Every other body stays within `HTTPLimits.bodyBytes`, in memory.
public struct HTTPSpool: Sendable {
    public var directory: String
    public var maxBytes: Int
    /// Whether a request (method, decoded path, headers) may send a body this large.
    public var accepts: @Sendable (_ method: String, _ path: String, _ headers: HTTPHeaders) -> Bool

    public init(directory: String, maxBytes: Int, accepts: @escaping @Sendable (_ method: String, _ path: String, _ headers: HTTPHeaders) -> Bool) {
        self.directory = directory
        self.maxBytes = maxBytes
        self.accepts = accepts
    }
}

/// A request's body kept in a file: removed when the last copy of the request is let go, so a
/// handler reads it while it answers and nothing stays behind — nor when the client goes away
/// halfway through sending it.
public final class SpooledBody: @unchecked Sendable, Equatable {
    public let path: String
    public internal(set) var length: Int
    var descriptor: Int32
    /// Made by this body: only then is it removed (a name taken by another file is never touched).
    private let made: Bool

    init?(directory: String, length: Int) {
        path = "\(directory)/upload-\(getpid())-\(UInt64.random(in: 0...UInt64.max)).part"
        self.length = length
        descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        made = descriptor >= 0
        guard made else { return nil }
        fchmod(descriptor, 0o600)
    }

    /// A file of its own in `directory` for any use (a part of a multipart form), removed with it.
    public convenience init?(in directory: String) { self.init(directory: directory, length: 0) }

    /// Appends bytes; false when the disk refused them.
    func write(_ bytes: ArraySlice<UInt8>) -> Bool {
        var done = 0
        return bytes.withUnsafeBytes { raw in
            while done < raw.count {
                let n = Glibc.write(descriptor, raw.baseAddress! + done, raw.count - done)
                if n < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                done += n
            }
            return true
        }
    }

    /// The body is whole: no more writing.
    func finish() {
        if descriptor >= 0 { close(descriptor) }
        descriptor = -1
    }

    deinit {
        finish()
        if made { unlink(path) }
    }

    public static func == (a: SpooledBody, b: SpooledBody) -> Bool { a === b }
}
