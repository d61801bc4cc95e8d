import EventStore
import Projections

#if canImport(Glibc)
import Glibc
#endif

extension CouncilService {
    /// Throws away the caches of the store at `path` and builds them again from the log: the index,
    /// the verification record and the log summary's snapshot. Opening it first checks that nothing
    /// acknowledged is missing; the open after reads and verifies the whole log.
    public static func rebuild(at path: String, snapshots: String? = nil) throws -> (service: CouncilService, snapshot: SnapshotUse) {
        let existing = try open(at: path, snapshots: snapshots)
        let snapshotFile = existing.snapshotStore().path(for: LogSummaryProjection.name)
        _ = unlink("\(path)/index/streams.idx")
        _ = unlink("\(path)/index/verified.json")
        _ = unlink(snapshotFile)
        let service = try open(at: path, snapshots: snapshots)
        let use = try service.exclusively {
            try service.store.saveCaches()
            return try ProjectionRunner.run(LogSummaryProjection.self, store: service.store, snapshots: service.snapshotStore()).use
        }
        return (service, use)
    }
}
