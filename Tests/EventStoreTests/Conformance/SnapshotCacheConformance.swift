import Testing
import Hashing
import EventStore

/// The snapshot cache's contract (`SnapshotCache`), checked the same way for every backend.
struct SnapshotCacheConformance {
    let stores = FreshStores()

    static let key = [UInt8](repeating: 0x4B, count: 32)
    static let payload = Array("議題の状態".utf8)

    @Test(arguments: Backends.all)
    func aSnapshotLoadsWhileItsPositionKeepsItsHash(backend: any EventLogBackend) throws {
        let store = try stores.make(backend)
        let log = try store.open()
        try log.recordNumbered(10)
        let cache = try store.snapshots(key: Self.key)
        try cache.save(projection: "issues", version: 3, position: log.headPosition, hash: log.headHash, payload: Self.payload)
        let loaded = try cache.load(projection: "issues", version: 3, in: log).get()
        #expect(loaded.position == 10 && loaded.hash == log.headHash && loaded.payload == Self.payload)
        // The log goes on: the snapshot still fits, and the caller folds what came after it.
        try log.record([event("issue-1")])
        #expect(try cache.load(projection: "issues", version: 3, in: log).get().position == 10)
        #expect(try cache.load(projection: "issues", version: 3, in: store.open()).get().position == 10)
    }

    enum Misfit: String, CaseIterable, Sendable, CustomTestStringConvertible {
        case builtAtAnotherChainHash, sealedWithAnotherKey, builtBeyondTheHead, ofAnotherProjectionVersion, neverSaved
        var testDescription: String { rawValue }

        func explains(_ ignored: SnapshotStore.Ignored) -> Bool {
            switch (self, ignored) {
            case (.builtAtAnotherChainHash, .stale), (.sealedWithAnotherKey, .corrupt), (.builtBeyondTheHead, .stale),
                 (.ofAnotherProjectionVersion, .otherVersion(2)), (.neverSaved, .missing): return true
            default: return false
            }
        }
    }

    @Test(arguments: Backends.all, Misfit.allCases)
    func aSnapshotThatDoesNotFitIsIgnored(backend: any EventLogBackend, misfit: Misfit) throws {
        let store = try stores.make(backend)
        let log = try store.open()
        try log.recordNumbered(10)
        let cache = try store.snapshots(key: Self.key)
        switch misfit {
        case .builtAtAnotherChainHash:
            try cache.save(projection: "issues", version: 3, position: 7, hash: SHA256.hash("another history"), payload: Self.payload)
        case .sealedWithAnotherKey:
            let forger = try store.snapshots(key: [UInt8](repeating: 0x4C, count: 32))
            try forger.save(projection: "issues", version: 3, position: 7, hash: try log.hash(at: 7), payload: Self.payload)
        case .builtBeyondTheHead:
            try cache.save(projection: "issues", version: 3, position: 11, hash: log.headHash, payload: Self.payload)
        case .ofAnotherProjectionVersion:
            try cache.save(projection: "issues", version: 2, position: 7, hash: try log.hash(at: 7), payload: Self.payload)
        case .neverSaved:
            break
        }
        switch cache.load(projection: "issues", version: 3, in: log) {
        case .success(let snapshot): Issue.record("used a snapshot built at \(snapshot.position)")
        case .failure(let ignored): #expect(misfit.explains(ignored), "ignored as \(ignored)")
        }
    }
}
