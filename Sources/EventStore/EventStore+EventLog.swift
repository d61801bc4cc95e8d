import Hashing

/// The file log is the first backend of the log's contract.
extension EventStore: EventLog {
    /// Verification reads the folder afresh, so a handle that is behind or holds a damaged view
    /// still reports what is stored.
    public func verify(anchor: (position: UInt64, hash: SHA256Digest)?) throws(StoreError) -> ChainVerification {
        try Self.verify(storeAt: directory, anchor: anchor)
    }
}
