import Accounts
import Council
import EventStore
import Projections

/// Every use-case of the council, under every front (DESIGN §10): the command line, `apply`, and
/// the web application all call this and only print or render what it returns. It owns one store
/// and its vault; calls from many threads are taken one at a time, because the file store is one
/// writer and its caches are not shared.
public final class CouncilService: @unchecked Sendable {
    let store: EventStore
    let vault: Vault
    /// The meetings' minutes and materials, kept beside the log under their SHA-256.
    let files: any MaterialStore
    /// Where the read models' snapshots are kept (`Snapshots/` beside the store unless moved).
    let snapshotDirectory: String
    let lock = ServiceLock()
    /// The council's read model at the log's head, once a read has needed it: caught up with new
    /// events before each read (`record(_:parts:)`), guarded by `lock`.
    var heldModel: CouncilReadModel?
    /// The list summary at the position it was folded to, once a list has needed it.
    var heldSummary: HeldProjection<CouncilSummaryProjection>?
    /// The search index at the position it was folded to, once a search has needed it.
    var heldSearch: HeldProjection<SearchIndexProjection>?
    /// The words recorded on the issues, at the position of the summary held they were gathered at.
    var heldIssueWords: (position: UInt64, words: IssueWords)?
    /// The issues with case notes at the position folded to, once a search has needed them.
    var heldNotedIssues: HeldProjection<CaseNoteIssuesProjection>?
    /// Case notes with their text, by issue, at the version of the issue's stream they were read
    /// at: a search that may read them looks through these instead of the vault each time.
    var heldCaseNotes: [String: (version: UInt64, notes: [CaseNoteView])] = [:]
    /// The head at which `heldCaseNotes` was last looked through for notes to let go.
    var heldCaseNotesCheckedAt: UInt64 = 0
    /// The accounts book as last read, asked at every request of the web application.
    let keptAccounts = KeptAccountBook()
    /// When this service last walked the whole chain, and at which head.
    var lastWholeChainWalk: (head: UInt64, at: Int64)?

    public init(store: EventStore, vault: Vault, snapshotDirectory: String, files: (any MaterialStore)? = nil) {
        self.store = store
        self.vault = vault
        self.files = files ?? FileStore(store: store.directory)
        self.snapshotDirectory = snapshotDirectory
    }

    /// The council whose store is the folder at `path` (its vault beside the log), with its
    /// snapshots in `snapshots` or beside the store.
    public static func open(at path: String, snapshots: String? = nil) throws(StoreError) -> CouncilService {
        CouncilService(store: try EventStore.open(at: path), vault: Vault(store: path),
                       snapshotDirectory: snapshots ?? SnapshotStore.defaultDirectory(forStore: path))
    }

    /// Runs `body` as the store's only user for that time.
    func exclusively<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }

    // MARK: After a write

    /// Saves caches and gives back reserved space after acknowledged writes. What fails here is
    /// returned, never thrown: the records are already on disk, and a retry would record them twice.
    public func finishWriting() -> [StoreError] { exclusively { store.finishWriting() } }

    /// Unfinished writes of a dead writer this service cut before writing, each returned once.
    public func takeCuts() -> [TailCut] { exclusively { store.takeCuts() } }

    /// The positions this service's writes acknowledged, if any.
    public var acknowledged: ClosedRange<UInt64>? { exclusively { store.acknowledged } }
}
