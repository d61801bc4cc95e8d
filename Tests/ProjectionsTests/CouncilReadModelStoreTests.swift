import Calendar
import Council
import EventStore
import Foundation
import Testing
@testable import Projections

/// Through a real store and its snapshot folder: the model read from its snapshots plus the events
/// since is the model folded from the first event, whichever years a reader asks for; a section
/// saved before a change is not used; a long-running process folds new events into the model it
/// holds; a read as known at an earlier position sees the log as it was then.
final class CouncilReadModelStoreTests {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("kadai-read-model-\(UUID().uuidString)")
    var storePath: String { root.appendingPathComponent("EventLog").path }
    var snapshotPath: String { root.appendingPathComponent("Snapshots").path }
    let history = SampleHistory(seed: 11, issues: 30)

    init() throws {
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try EventStore.create(at: storePath)
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    func open() throws -> (EventStore, SnapshotStore) {
        let store = try EventStore.open(at: storePath)
        return (store, SnapshotStore(directory: snapshotPath, storeId: store.manifest.storeId, key: testKey))
    }

    /// Appends the history's events up to `count` (from where the store is).
    func append(upTo count: Int) throws {
        let store = try EventStore.open(at: storePath)
        let events = history.events[Int(store.headPosition)..<count].map(\.event.proposed)
        for batch in stride(from: 0, to: events.count, by: 50) {
            try store.append(Array(events[batch..<min(batch + 50, events.count)]), actor: "secretariat")
        }
    }

    /// The same core, and the same sections among those both hold.
    static func same(_ a: CouncilReadModel, _ b: CouncilReadModel, _ parts: CouncilReadModel.Parts) -> Bool {
        a.encodeCore() == b.encodeCore()
            && a.lastChanged.keys.filter(parts.contains).allSatisfy { s in a.holds(s) && b.holds(s) && a.encode(s) == b.encode(s) }
    }

    @Test func aSnapshotPlusTheTailIsTheFoldFromScratch() throws {
        let half = history.events.count / 2
        try append(upTo: half)
        var (store, snapshots) = try open()
        var (first, use) = try CouncilReadModelStore.load(store: store, snapshots: snapshots, parts: .all, saveAfter: 1)
        #expect(use == .rebuilt(reason: "missing", folded: UInt64(half)))
        #expect(first.isWorthSaving)
        CouncilReadModelStore.saveIfWorthwhile(&first, store: store, snapshots: snapshots)

        try append(upTo: history.events.count)
        (store, snapshots) = try open()
        let asked = CouncilReadModel.Parts(uses: Set(history.years.prefix(2)), work: [history.years[2]])
        let (model, tail) = try CouncilReadModelStore.load(store: store, snapshots: snapshots, parts: asked, saveAfter: 1)
        #expect(tail == .used(position: UInt64(half), folded: UInt64(history.events.count - half)))
        let scratch = try CouncilReadModelStore.fold(store: store)
        #expect(Self.same(model, scratch, asked))
        // Every other section: as the tail left it, or as its snapshot kept it.
        var all = model
        try CouncilReadModelStore.read(.all, into: &all, store: store, snapshots: snapshots)
        #expect(Self.same(all, scratch, .all))
    }

    @Test func aSmallTailIsFoldedEachTimeAndALongOneSaved() throws {
        try append(upTo: history.events.count - 5)
        var (store, snapshots) = try open()
        var (model, _) = try CouncilReadModelStore.load(store: store, snapshots: snapshots, parts: .all, saveAfter: 1)
        CouncilReadModelStore.saveIfWorthwhile(&model, store: store, snapshots: snapshots)
        try append(upTo: history.events.count)
        (store, snapshots) = try open()
        (model, _) = try CouncilReadModelStore.load(store: store, snapshots: snapshots, parts: .all, saveAfter: 10)
        #expect(!model.isWorthSaving, "five events are folded again next time rather than saved")
        (model, _) = try CouncilReadModelStore.load(store: store, snapshots: snapshots, parts: .all, saveAfter: 5)
        #expect(model.isWorthSaving)
        CouncilReadModelStore.saveIfWorthwhile(&model, store: store, snapshots: snapshots)
        let (_, use) = try CouncilReadModelStore.load(store: store, snapshots: snapshots, parts: .all, saveAfter: 5)
        #expect(use == .used(position: store.headPosition, folded: 0))
    }

    @Test func aSectionSavedBeforeItsLastChangeIsNotUsed() throws {
        let third = history.events.count / 3
        try append(upTo: third)
        var (store, snapshots) = try open()
        var (early, _) = try CouncilReadModelStore.load(store: store, snapshots: snapshots, parts: .all, saveAfter: 1)
        CouncilReadModelStore.save(&early, store: store, snapshots: snapshots)
        let sections = try FileManager.default.contentsOfDirectory(atPath: snapshotPath).filter { $0.contains("-fy") || $0.contains("-issues") }
        let kept = try sections.map { ($0, try Data(contentsOf: URL(fileURLWithPath: snapshotPath + "/" + $0))) }

        try append(upTo: history.events.count)
        (store, snapshots) = try open()
        var (later, _) = try CouncilReadModelStore.load(store: store, snapshots: snapshots, parts: .all, saveAfter: 1)
        CouncilReadModelStore.save(&later, store: store, snapshots: snapshots)
        // Someone puts the earlier sections back beside the later core: they no longer fit it.
        for (name, bytes) in kept { try bytes.write(to: URL(fileURLWithPath: snapshotPath + "/" + name)) }
        let (model, use) = try CouncilReadModelStore.load(store: store, snapshots: snapshots, parts: .all, saveAfter: 1)
        guard case .rebuilt = use else { Issue.record("a stale section was used: \(use)"); return }
        #expect(Self.same(model, try CouncilReadModelStore.fold(store: store), CouncilReadModel.Parts.all))
    }

    @Test func aLongRunningProcessFoldsEachNewEventIntoWhatItHolds() throws {
        try append(upTo: 10)
        let (store, snapshots) = try open()
        var (model, _) = try CouncilReadModelStore.load(store: store, snapshots: snapshots, parts: .all)
        var position = 10
        while position < history.events.count {
            position = min(position + 37, history.events.count)
            try append(upTo: position)
            let folded = try CouncilReadModelStore.catchUp(&model, store: store, snapshots: snapshots)
            #expect(folded <= 37)
        }
        #expect(Self.same(model, try CouncilReadModelStore.fold(store: store), CouncilReadModel.Parts.all))
    }

    @Test func aReadAsKnownAtAnEarlierPositionSeesTheLogAsItWasThen() throws {
        try append(upTo: history.events.count)
        let (store, snapshots) = try open()
        var (now, _) = try CouncilReadModelStore.load(store: store, snapshots: snapshots, parts: .all, saveAfter: 1)
        CouncilReadModelStore.save(&now, store: store, snapshots: snapshots)
        for known in [UInt64(1), store.headPosition / 2, store.headPosition - 1] {
            let (then, use) = try CouncilReadModelStore.load(store: store, snapshots: snapshots, parts: .all, knownAt: known)
            guard case .rebuilt = use else { Issue.record("a snapshot newer than the known-at point was used"); continue }
            #expect(!then.isWorthSaving)
            let expected = Self.folded(Array(history.events[..<Int(known)]), through: known)
            #expect(Self.same(then, expected, CouncilReadModel.Parts.all))
        }
    }

    static func folded(_ events: [(position: UInt64, event: CouncilEvent)], through: UInt64) -> CouncilReadModel {
        var model = CouncilReadModelTests.folded(events)
        model.position = through
        return model
    }
}
