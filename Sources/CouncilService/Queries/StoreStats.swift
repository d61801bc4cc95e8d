import EventStore
import Hashing
import Projections

/// What the store holds and the state of its caches, for `kadai stats` and an administrator's page.
public struct StoreStats: Sendable {
    public var storeId: String
    public var formatVersion: Int
    public var streams: Int
    public var segments: Int
    public var bytes: UInt64
    public var headPosition: UInt64
    public var headHash: SHA256Digest
    public var index: IndexState
    public var savedIndexCovers: UInt64
    public var snapshotDirectory: String
    public var snapshot: SnapshotUse
    public var tail: TailCondition
    /// Segments hashed again on opening, because they changed since they were last verified.
    public var walkedSegments: Int
    public var eventsByType: [String: UInt64]
}

extension CouncilService {
    public func stats() throws -> StoreStats {
        try exclusively {
            let (summary, use) = try ProjectionRunner.run(LogSummaryProjection.self, store: store, snapshots: snapshotStore())
            return StoreStats(storeId: store.manifest.storeId, formatVersion: store.manifest.formatVersion, streams: store.streamCount,
                              segments: store.segmentCount, bytes: store.totalBytes(), headPosition: store.headPosition, headHash: store.headHash,
                              index: store.indexState, savedIndexCovers: store.savedIndexCovers, snapshotDirectory: snapshotDirectory,
                              snapshot: use, tail: store.tail, walkedSegments: store.walkedSegments, eventsByType: summary.byType)
        }
    }

    func snapshotStore() -> SnapshotStore { SnapshotStore(directory: snapshotDirectory, for: store) }
}
