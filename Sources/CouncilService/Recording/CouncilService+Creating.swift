import Calendar
import Council
import EventStore

extension CouncilService {
    /// A new council's store at `path`, its first records written: the council set up and, where
    /// roles are enforced, the creating account linked to the administrator, who records both.
    /// Checked by the rules before anything is created, so a refusal leaves no folder behind.
    public static func create(at path: String, council: CouncilInitialised, caller: Caller,
                              segmentBytes: Int = StoreManifest.defaultSegmentBytes) throws -> (service: CouncilService, recorded: Recorded) {
        var decided = try CouncilDecider.decide(.initialise(council), CouncilDecider.initialState)
        var actor = caller.named ?? Caller.defaultActor
        if council.enforceRoles, let admin = council.admin {
            var state = CouncilDecider.initialState
            for event in decided { CouncilDecider.evolve(&state, event) }
            guard let account = caller.account else { throw DomainError.accountWithoutName }
            decided += try CouncilDecider.decide(.linkActor(ActorLinked(actor: admin, account: account, on: .todayInJapan)), state)
            actor = admin
        }
        let store = try EventStore.create(at: path, segmentBytes: segmentBytes)
        let result = try store.append(to: Streams.council, expected: .noStream, decided.map(\.proposed), actor: actor)
        return (CouncilService(store: store, vault: Vault(store: path), snapshotDirectory: SnapshotStore.defaultDirectory(forStore: path)), Recorded(events: decided, positions: result.positions))
    }

    /// The store's id and its head, for what a front reports after creating or writing.
    public var head: (storeId: String, position: UInt64, hash: String) {
        exclusively { (store.manifest.storeId, store.headPosition, store.headHash.hex) }
    }

    /// How many streams (the council, each body, each issue) the log holds.
    public var streamCount: Int { exclusively { store.streamCount } }
}
