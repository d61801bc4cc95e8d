import Testing
import Foundation
import Hashing
@testable import EventStore

/// DESIGN §4.8: a snapshot is a cache. Missing, stale, foreign or corrupt ones are ignored.
struct SnapshotStoreTests {
    /// The temporary store lives as long as this value, so its folder outlives every use in a test.
    let t: TemporaryStore
    let store: EventStore
    let snapshots: SnapshotStore

    init() throws {
        t = try TemporaryStore()
        store = try t.open()
        for i in 0..<10 { try store.append([event("s\(i % 2)")], actor: "tester") }
        snapshots = SnapshotStore(directory: t.root.appendingPathComponent("Snapshots").path, storeId: store.manifest.storeId, key: testKey)
    }

    @Test func aSavedSnapshotLoadsWithItsPositionAndPayload() throws {
        try snapshots.save(projection: "p", version: 2, position: 7, hash: try store.hash(at: 7), payload: Array("state".utf8))
        let loaded = try snapshots.load(projection: "p", version: 2, in: store).get()
        #expect(loaded.position == 7 && loaded.payload == Array("state".utf8))
    }

    @Test func aMissingSnapshotIsReportedMissing() throws {
        #expect(snapshots.load(projection: "p", version: 1, in: store).failure == .missing)
    }

    @Test func anotherProjectionVersionIsIgnored() throws {
        try snapshots.save(projection: "p", version: 1, position: 7, hash: try store.hash(at: 7), payload: [1])
        #expect(snapshots.load(projection: "p", version: 2, in: store).failure == .otherVersion(1))
    }

    @Test func aSnapshotOfAnotherStoreIsIgnored() throws {
        let foreign = SnapshotStore(directory: t.root.appendingPathComponent("Snapshots").path, storeId: store.manifest.storeId, key: testKey)
        try foreign.save(projection: "p", version: 1, position: 7, hash: try store.hash(at: 7), payload: [1])
        // Same file name, other store id inside: rewrite the id in the header.
        let path = foreign.path(for: "p")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try text.replacingOccurrences(of: store.manifest.storeId, with: "OTHER").write(toFile: path, atomically: true, encoding: .utf8)
        #expect(foreign.load(projection: "p", version: 1, in: store).failure == .foreign)
    }

    @Test func aSnapshotWhosePositionNoLongerHasItsHashIsStale() throws {
        try snapshots.save(projection: "p", version: 1, position: 7, hash: SHA256.hash("another history"), payload: [1])
        guard case .stale? = snapshots.load(projection: "p", version: 1, in: store).failure else { Issue.record("used"); return }
        try snapshots.save(projection: "p", version: 1, position: 70, hash: try store.hash(at: 7), payload: [1])
        guard case .stale? = snapshots.load(projection: "p", version: 1, in: store).failure else { Issue.record("used"); return }
    }

    @Test(arguments: [0, 30, 120, -1])
    func aCorruptSnapshotIsIgnored(offset: Int) throws {
        try snapshots.save(projection: "p", version: 1, position: 7, hash: try store.hash(at: 7), payload: Array(repeating: 65, count: 64))
        let path = snapshots.path(for: "p")
        let size = try fileSize(path)
        try alterByte(of: path, at: offset < 0 ? size - 1 : offset, to: 0x00)
        guard case .failure = snapshots.load(projection: "p", version: 1, in: store) else { Issue.record("corrupt snapshot used"); return }
    }
}

extension Result {
    var failure: Failure? { if case .failure(let f) = self { return f } else { return nil } }
}

/// A snapshot key for tests that make snapshots without a writer having made the store's own.
let testKey = [UInt8](repeating: 7, count: 32)

/// Issue 11, finding 12: `Snapshots/` lies outside the store; a snapshot is used only when sealed
/// with the store's own key, so one crafted by whoever can write that folder is ignored.
struct SnapshotSealTests {
    let t: TemporaryStore
    let store: EventStore
    let folder: String

    init() throws {
        t = try TemporaryStore()
        store = try t.open()
        for i in 0..<10 { try store.append([event("s\(i % 2)")], actor: "tester") }
        _ = store.finishWriting()
        folder = t.root.appendingPathComponent("Snapshots").path
    }

    @Test func aWriterMakesTheStoresKeyReadableByItsOwnerOnly() throws {
        let key = try #require(store.snapshotKey())
        #expect(key.count == 32)
        let mode = (try FileManager.default.attributesOfItem(atPath: t.path + "/index/snapshot.key")[.posixPermissions] as? Int ?? 0) & 0o777
        #expect(mode == 0o600)
    }

    @Test func aSnapshotSealedWithAnotherKeyIsIgnored() throws {
        let forger = SnapshotStore(directory: folder, storeId: store.manifest.storeId, key: [UInt8](repeating: 1, count: 32))
        try forger.save(projection: "p", version: 1, position: 7, hash: try store.hash(at: 7), payload: Array("forged".utf8))
        guard case .corrupt? = SnapshotStore(directory: folder, for: store).load(projection: "p", version: 1, in: store).failure else {
            Issue.record("a snapshot sealed with another key was used"); return
        }
    }

    /// The same length, a consistent header: only the seal tells.
    @Test func aSnapshotWhosePayloadWasRewrittenIsIgnored() throws {
        let snapshots = SnapshotStore(directory: folder, for: store)
        try snapshots.save(projection: "p", version: 1, position: 7, hash: try store.hash(at: 7), payload: Array("honest".utf8))
        let path = snapshots.path(for: "p")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try text.replacingOccurrences(of: "honest", with: "forged").write(toFile: path, atomically: true, encoding: .utf8)
        guard case .corrupt? = snapshots.load(projection: "p", version: 1, in: store).failure else { Issue.record("rewritten payload used"); return }
    }

    @Test func withoutTheKeyNoSnapshotIsWrittenOrUsed() throws {
        let keyless = SnapshotStore(directory: folder, storeId: store.manifest.storeId, key: nil)
        try keyless.save(projection: "p", version: 1, position: 7, hash: try store.hash(at: 7), payload: [1])
        #expect(!FileManager.default.fileExists(atPath: keyless.path(for: "p")))
        #expect(keyless.load(projection: "p", version: 1, in: store).failure == .unkeyed)
    }
}
