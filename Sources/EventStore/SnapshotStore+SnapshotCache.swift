/// `Snapshots/` beside the log is the file backend's snapshot cache.
extension SnapshotStore: SnapshotCache {}
