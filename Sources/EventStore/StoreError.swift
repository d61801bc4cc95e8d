/// Everything the store refuses or cannot do, as data carrying the offending input. The command-line
/// front renders these in plain words (Japanese or English); `description` is the English form.
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    case storeNotFound(path: String)
    case storeAlreadyExists(path: String)
    case foreignFile(path: String)
    case newerFormat(path: String, found: Int, supported: Int)
    case manifestDamaged(path: String, reason: String)
    case versionConflict(stream: String, expected: ExpectedVersion, actual: UInt64)
    case invalidEvent(field: String, value: String, reason: String)
    case emptyBatch
    /// One append holds more than a segment: it would be written whole into one oversized file.
    case batchTooLarge(events: Int, bytes: Int, limit: Int)
    case damaged(path: String, position: UInt64, byteOffset: UInt64, reason: String)
    case io(operation: String, path: String, errno: Int32)
    case noSuchPosition(UInt64, head: UInt64)
    /// Personal data that other accounts on the machine could read.
    case notPrivate(path: String, mode: UInt32, folder: Bool)
    /// A file to keep (minutes, materials) that is a folder, a device or anything but a plain file.
    case notAFile(path: String)
    /// A file to keep larger than the material store takes.
    case fileTooLarge(path: String, size: UInt64, limit: UInt64)
    /// A kept file whose size is not the one its record names.
    case fileAltered(sha256: String, size: UInt64, expected: UInt64)

    public var description: String {
        switch self {
        case .storeNotFound(let path):
            return "There is no kadai store at '\(path)'. Create one with 'kadai init --council NAME --store \(path)', or point --store at an existing store."
        case .storeAlreadyExists(let path):
            return "'\(path)' already holds a kadai store. Choose an empty folder with --store, or use the store that is there."
        case .foreignFile(let path):
            return "'\(path)' does not belong to a kadai store. Move it out of the store folder, or point --store at another folder."
        case .newerFormat(let path, let found, let supported):
            return "The store at '\(path)' uses format version \(found), but this kadai reads up to version \(supported). Use a newer kadai."
        case .manifestDamaged(let path, let reason):
            return "The store description '\(path)' is damaged (\(reason)). Restore it from a backup; the log itself is untouched."
        case .versionConflict(let stream, let expected, let actual):
            return "'\(stream)' changed meanwhile: expected version \(expected), but it is at version \(actual). Read it again and retry."
        case .invalidEvent(let field, let value, let reason):
            return "The event's \(field) '\(value)' cannot be stored: \(reason)."
        case .emptyBatch:
            return "Nothing to append: the batch holds no events."
        case .batchTooLarge(let events, let bytes, let limit):
            return "The \(events) events to record at once take \(bytes) bytes, more than one segment of the log holds (\(limit) bytes). Nothing was recorded; record them in several smaller parts."
        case .damaged(let path, let position, let offset, let reason):
            return "The log is damaged at position \(position) ('\(path)', byte \(offset)): \(reason). Nothing was written; run 'kadai audit verify' and restore the segment from a backup."
        case .io(let operation, let path, let code):
            return "Could not \(operation) '\(path)': \(StoreError.systemMessage(code)). Check the disk and permissions."
        case .noSuchPosition(let position, let head):
            return "There is no position \(position) in this log; it ends at position \(head)."
        case .notPrivate(let path, let mode, let folder):
            let fix = PrivateFolder.chmodFix(path, folder: folder)
            return "The case notes in '\(path)' can be read by other accounts on this machine (mode \(String(mode, radix: 8))). Nothing was read; run \(fix) and try again."
        case .notAFile(let path):
            return "'\(path)' is not a file (a folder, or a device). Give the path of the file itself, e.g. minutes.pdf."
        case .fileTooLarge(let path, let size, let limit):
            return "'\(path)' is \(StoreError.megabytes(size)), larger than the \(StoreError.megabytes(limit)) a kept file may be. Nothing was kept; split it, or compress it (a PDF saved smaller)."
        case .fileAltered(let sha256, let size, let expected):
            return "The kept file \(sha256.prefix(12))… is \(size) bytes, but its record says \(expected): it was altered or damaged. Restore the store's files/ folder from a backup; run 'kadai audit verify' to see every file."
        }
    }

    /// A system call failed (as opposed to a refusal or damage, whose messages say what was kept).
    public var isIO: Bool {
        if case .io = self { return true }
        return false
    }

    /// 1.2 MB (or 25 KB): a size as people read it, in decimal units.
    public static func megabytes(_ bytes: UInt64) -> String {
        if bytes < 1_000_000 { return "\((bytes + 999) / 1000) KB" }
        let tenths = (bytes * 10 + 500_000) / 1_000_000
        return "\(tenths / 10).\(tenths % 10) MB"
    }

    /// The system's own words for an errno.
    public static func systemMessage(_ code: Int32) -> String {
        guard let text = strerror(code) else { return "error \(code)" }
        return String(cString: text)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
