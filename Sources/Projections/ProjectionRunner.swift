import EventStore

/// Where a projection's state came from, for `kadai stats` and tests.
public enum SnapshotUse: Equatable, Sendable, CustomStringConvertible {
    /// A snapshot built at `position` was used; `folded` events after it were applied.
    case used(position: UInt64, folded: UInt64)
    /// No usable snapshot; the state was folded from position 1.
    case rebuilt(reason: String, folded: UInt64)

    public var description: String {
        switch self {
        case .used(let p, let n): return "snapshot at position \(p) used, \(n) later events applied"
        case .rebuilt(let why, let n): return "snapshot \(why); rebuilt from \(n) events"
        }
    }
}

/// Loads a projection from its snapshot plus the events after it, so the work is proportional to
/// the tail, not the log; saves a fresh snapshot when the tail was long.
public enum ProjectionRunner {
    public static func run<P: SnapshottingProjection>(_ projection: P.Type, store: EventStore, snapshots: SnapshotStore,
                                                       saveAfter: UInt64 = 1) throws -> (state: P.State, use: SnapshotUse) {
        var state = P.initial()
        var from: UInt64 = 1
        var reason = ""
        switch snapshots.load(projection: P.name, version: P.version, in: store) {
        case .success(let snapshot):
            if let decoded = P.decode(snapshot.payload) {
                state = decoded
                from = snapshot.position + 1
            } else {
                reason = "corrupt (the payload does not decode)"
            }
        case .failure(let ignored):
            reason = ignored.description
        }
        var folded: UInt64 = 0
        try store.forEachPayload(from: from, transform: { try P.prepare($0) }) { input in
            P.apply(&state, input)
            folded += 1
        }
        let use: SnapshotUse = from > 1 ? .used(position: from - 1, folded: folded) : .rebuilt(reason: reason, folded: folded)
        if folded >= saveAfter || from == 1 {
            // A snapshot is only a cache: failing to save it must not fail the command.
            try? snapshots.save(projection: P.name, version: P.version, position: store.headPosition,
                                hash: store.headHash, payload: P.encode(state))
        }
        return (state, use)
    }

    /// Folds the events after `position` through the head into a state a long-running process
    /// holds, instead of loading the snapshot again; returns the position it is now at.
    public static func catchUp<P: SnapshottingProjection>(_ projection: P.Type, _ state: inout P.State, from position: UInt64,
                                                           store: EventStore) throws -> UInt64 {
        let head = store.headPosition
        guard position < head else { return position }
        try store.forEachPayload(from: position + 1, through: head, transform: { try P.prepare($0) }) { P.apply(&state, $0) }
        return head
    }
}
