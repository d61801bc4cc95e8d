import Hashing

/// Where the log ends: its number of events and the chain hash of the last. Two reads that find
/// the same head read the same events.
public struct LogHead: Hashable, Sendable {
    public let position: UInt64
    public let hash: SHA256Digest

    public init(position: UInt64, hash: SHA256Digest) {
        self.position = position
        self.hash = hash
    }
}
