import Hashing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The key that seals this store's snapshots (`SnapshotStore`): 32 random bytes in
/// `index/snapshot.key`, readable by the store's owner only. Writers make it when it is missing;
/// a new key only means earlier snapshots are rebuilt once.
extension EventStore {
    var snapshotKeyPath: String { "\(directory)/\(Self.indexFolder)/snapshot.key" }

    /// The key, or nil when there is none, this account cannot read it, or it is not private to
    /// this account (a key others can read seals nothing).
    public func snapshotKey() -> [UInt8]? {
        var st = stat()
        guard lstat(snapshotKeyPath, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, st.st_mode & 0o077 == 0, st.st_uid == geteuid(),
              let text = try? POSIXFile.readWholeFile(snapshotKeyPath), text.count >= 64,
              let digest = text.withUnsafeBytes({ SHA256Digest(hexUTF8: UnsafeRawBufferPointer(rebasing: $0[0..<64])) }) else { return nil }
        return digest.bytes
    }

    /// Makes the key when there is no usable one (a key others could read is replaced).
    func makeSnapshotKeyIfMissing() throws(StoreError) {
        guard snapshotKey() == nil else { return }
        try POSIXFile.makeDirectory("\(directory)/\(Self.indexFolder)")
        try POSIXFile.writeAtomically(Array((try Vault.randomHex(32) + "\n").utf8), to: snapshotKeyPath, durable: false, mode: 0o600)
    }
}
