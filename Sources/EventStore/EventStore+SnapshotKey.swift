import Hashing

/// The key that seals this store's snapshots (`SnapshotStore`): 32 random bytes in
/// `index/snapshot.key`, readable by the store's owner only. Writers make it when it is missing;
/// a new key only means earlier snapshots are rebuilt once.
extension EventStore {
    var snapshotKeyPath: String { "\(directory)/\(Self.indexFolder)/snapshot.key" }

    /// The key, or nil when there is none or this account cannot read it.
    public func snapshotKey() -> [UInt8]? {
        guard let text = try? POSIXFile.readWholeFile(snapshotKeyPath), text.count >= 64,
              let digest = text.withUnsafeBytes({ SHA256Digest(hexUTF8: UnsafeRawBufferPointer(rebasing: $0[0..<64])) }) else { return nil }
        return digest.bytes
    }

    func makeSnapshotKeyIfMissing() throws(StoreError) {
        guard snapshotKey() == nil else { return }
        try POSIXFile.makeDirectory("\(directory)/\(Self.indexFolder)")
        try POSIXFile.writeAtomically(Array((try Vault.randomHex(32) + "\n").utf8), to: snapshotKeyPath, durable: false, mode: 0o600)
    }
}
