import Hashing

/// Where projection snapshots are cached (DESIGN §4.8): never the truth. A snapshot names the
/// position and chain hash it was built at and is sealed with the store's key; one that no longer
/// fits the log, or was not sealed with this key, is ignored and the caller folds from the log.
///
/// Sendable for the same reason as `CaseNoteVault`: it keeps nothing between calls.
public protocol SnapshotCache: Sendable {
    /// The snapshot of `projection` at `version`, if its position in `log` still has its hash.
    func load(projection: String, version: Int, in log: some EventLog) -> Result<SnapshotStore.Snapshot, SnapshotStore.Ignored>

    /// Keeps a snapshot built at `position` with that position's chain `hash`.
    func save(projection: String, version: Int, position: UInt64, hash: SHA256Digest, payload: [UInt8]) throws(StoreError)
}
