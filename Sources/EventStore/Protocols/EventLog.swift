import Hashing

/// The log's contract, the same for every backend (EventLog/README.md, "Backends"): what a service
/// needs to record and read a council's history without knowing where it is kept. The file log in
/// `EventLog/` is one backend; every backend passes the conformance suite in
/// `Tests/EventStoreTests/Conformance/`. Errors are `StoreError`, and damage names where the
/// backend keeps the record (for the file log, the segment file and byte), so an auditor can look.
///
/// A handle holds what it last saw of the log (the head, the streams) and is not Sendable: it
/// belongs to one owner at a time, a thread or the actor a service serialises its calls through,
/// and the compiler keeps it there. Handles on the same store in other owners or processes see
/// each other's appends after `refresh()`; an append always checks against the stored log.
public protocol EventLog: AnyObject {
    /// The last position this handle has seen (0 for an empty log), and its chain hash (zeros).
    var headPosition: UInt64 { get }
    var headHash: SHA256Digest { get }

    /// The chain hash of the record at `position` (zeros for position 0): what an anchor in the
    /// minutes is checked against, and what a snapshot says it was built at.
    func hash(at position: UInt64) throws(StoreError) -> SHA256Digest

    /// Writes one batch, all or nothing. Every stream in `expecting` must be at the version given,
    /// else `.versionConflict` and nothing is written. A batch retried with an `idempotencyKey`
    /// already written writes nothing and returns the first write's positions, so a command whose
    /// answer was lost can be sent again safely.
    @discardableResult
    func append(_ events: [ProposedEvent], expecting: [String: ExpectedVersion], actor: String,
                idempotencyKey: String?) throws(StoreError) -> AppendResult

    /// One stream's events from `version` on, in version order: what a decider folds.
    func readStream(_ stream: String, fromVersion version: UInt64) throws(StoreError) -> [RecordedEvent]

    /// The whole log in position order from `position` through `last` (nil: the head): what
    /// read models fold. Reading through `head(knownAt:)` gives the log as it was known then.
    func forEach(from position: UInt64, through last: UInt64?, _ body: (RecordedEvent) throws -> Void) throws

    /// The last position recorded at or before `instant` (0 if none): what a meeting on that day
    /// could have seen, since recorded times never decrease along the log.
    func head(knownAt instant: Timestamp) throws(StoreError) -> UInt64

    /// Walks the stored chain from position 1, trusting nothing this handle remembers. A damaged
    /// log is a report naming the first bad position, not a throw; a given anchor is checked too.
    func verify(anchor: (position: UInt64, hash: SHA256Digest)?) throws(StoreError) -> ChainVerification

    /// Catches up with what other handles appended since this one last looked.
    func refresh() throws(StoreError)

    /// After acknowledged appends, the backend's own upkeep (caches, reserved space). What fails
    /// is returned, never thrown: the records are already kept, and a retry would record them twice.
    func finishWriting() -> [StoreError]
}
