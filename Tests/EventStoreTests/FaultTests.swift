import Foundation
import Testing
@testable import EventStore

#if canImport(Glibc)
import Glibc
#endif

/// What a full disk, a failing write or a failing flush does to an append: a clear error naming the
/// file, nothing acknowledged lost, nothing unacknowledged left behind, and a store that reopens
/// sound and takes the next append.
@Suite struct FaultTests {
    static func acknowledged(_ t: TemporaryStore) throws -> (UInt64, String) {
        let store = try t.open()
        try store.append((1...5).map { event("issue-\($0)") }, actor: "test")
        let hash = store.headHash.hex
        try store.close()
        return (5, hash)
    }

    @Test(arguments: [
        (StoreOptions.Faults(writeErrno: ENOSPC, writeAfterBytes: 0), "No space left on device"),
        (StoreOptions.Faults(writeErrno: ENOSPC, writeAfterBytes: 300), "No space left on device"),
        (StoreOptions.Faults(writeErrno: EIO, writeAfterBytes: 1000), "Input/output error"),
        (StoreOptions.Faults(syncErrno: EIO), "Input/output error"),
    ] as [(StoreOptions.Faults, String)])
    func aFailedAppendLosesNothingAcknowledgedAndLeavesNothingBehind(_ faults: StoreOptions.Faults, _ words: String) throws {
        let t = try TemporaryStore()
        let (head, hash) = try Self.acknowledged(t)
        let segment = try t.lastSegment()
        let bytesBefore = try Data(contentsOf: URL(fileURLWithPath: segment)).count
        let failing = try t.open(StoreOptions(clock: FixedClock.tick, faults: faults))
        do {
            try failing.append((1...4).map { event("issue-x\($0)") }, actor: "test")
            Issue.record("the append should have failed")
        } catch let error {
            #expect(error.description.contains(segment) && error.description.contains(words), "\(error.description)")
        }
        // The failed write was taken back: the log is what was acknowledged, and sound.
        #expect(failing.headPosition == head)
        try failing.close()
        let verified = try EventStore.verify(storeAt: t.path)
        #expect(verified.isSound && verified.records == head && verified.headHash.hex == hash)
        #expect(try Data(contentsOf: URL(fileURLWithPath: segment)).count <= bytesBefore)
        // And the next append, on a disk that works again, goes on from there.
        let store = try t.open()
        let next = try store.append([event("issue-after")], actor: "test")
        #expect(next.positions == 6...6 && next.tailCut == nil)
        try store.close()
        #expect(try EventStore.verify(storeAt: t.path).isSound)
    }
}
