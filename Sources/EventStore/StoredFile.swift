import Hashing

/// A file kept in a `MaterialStore`: its SHA-256 names it, its size checks it.
public struct StoredFile: Hashable, Sendable {
    public var sha256: SHA256Digest
    public var size: UInt64

    public init(sha256: SHA256Digest, size: UInt64) {
        self.sha256 = sha256
        self.size = size
    }
}

/// What a check of a kept file found.
public enum StoredFileCondition: Equatable, Sendable {
    case intact
    /// No file under its hash.
    case missing
    /// A file is there, but not the one the record names: its size and SHA-256 as found.
    case altered(size: UInt64, sha256: SHA256Digest)
}
