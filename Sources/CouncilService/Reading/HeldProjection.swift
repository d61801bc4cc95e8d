import Projections

/// A projection's state a long-running service holds, and the log position it is folded to.
struct HeldProjection<P: SnapshottingProjection> {
    var state: P.State
    var position: UInt64
}

extension CouncilService {
    /// The projection at the log's head: the first time from its snapshot plus the events after
    /// it (saving a fresh snapshot after a long fold, since refreshing one costs about as much as
    /// folding a couple of thousand events); after that by folding only the events since into what
    /// `held` keeps. Called inside `exclusively`.
    func caughtUp<P: SnapshottingProjection>(_ projection: P.Type, _ held: inout HeldProjection<P>?) throws -> P.State {
        try store.refresh()
        if var kept = held {
            // Taken out while folding, so the fold copies nothing; one that fails part-way is dropped.
            held = nil
            kept.position = try ProjectionRunner.catchUp(P.self, &kept.state, from: kept.position, store: store)
            held = kept
            return kept.state
        }
        let (state, _) = try ProjectionRunner.run(P.self, store: store, snapshots: snapshots, saveAfter: 2048)
        held = HeldProjection(state: state, position: store.headPosition)
        return state
    }
}
