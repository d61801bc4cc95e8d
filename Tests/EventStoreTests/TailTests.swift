import Testing
import Foundation
@testable import EventStore

/// An interrupted writer leaves an unfinished write at the end of the last segment: readers skip
/// it, the next writer cuts it and says how much, after which position. Damage is never cut.
struct TailTests {
    func storeWithThreeBatches() throws -> (TemporaryStore, Int) {
        let t = try TemporaryStore()
        let store = try t.open()
        try store.append([event("a")], actor: "tester")
        try store.append([event("b"), event("c")], actor: "tester")
        try store.append([event("a")], actor: "tester")
        try store.close()
        return (t, try fileSize(t.lastSegment()))
    }

    /// The bytes a batch of `count` records at the end of a copy of this store would have written.
    func nextBatchBytes(_ t: TemporaryStore, count: Int) throws -> [UInt8] {
        let scratch = try TemporaryStore()
        try FileManager.default.removeItem(atPath: scratch.path)
        try FileManager.default.copyItem(atPath: t.path, toPath: scratch.path)
        let size = try fileSize(scratch.lastSegment())
        let store = try scratch.open()
        try store.append((0..<count).map { event("t\($0)") }, actor: "tester")
        try store.close()
        let all = try Data(contentsOf: URL(fileURLWithPath: scratch.lastSegment()))
        return Array(all[size...])
    }

    @Test(arguments: [1, 50, 200, 299])
    func aTornLastLineIsSkippedByReadersAndCutByTheNextWriter(keep: Int) throws {
        let (t, size) = try storeWithThreeBatches()
        let batch = try nextBatchBytes(t, count: 1)
        try appendBytes(Array(batch.prefix(min(keep, batch.count - 1))), to: t.lastSegment())
        let store = try t.open()
        #expect(store.headPosition == 4)
        guard case .unfinished(_, let offset, let bytes, let after, _) = store.tail else { Issue.record("tail not seen"); return }
        #expect(offset == UInt64(size) && bytes == UInt64(min(keep, batch.count - 1)) && after == 4)
        let result = try store.append([event("z")], actor: "tester")
        #expect(result.tailCut == TailCut(path: try t.lastSegment(), bytes: UInt64(min(keep, batch.count - 1)), afterPosition: 4, records: 0))
        #expect(result.positions == 5...5)
        #expect(try EventStore.verify(storeAt: t.path).isSound)
    }

    @Test func completeRecordsOfAnUnfinishedBatchAreCutToo() throws {
        let (t, size) = try storeWithThreeBatches()
        let batch = try nextBatchBytes(t, count: 3)
        let lines = batch.split(separator: 0x0A, omittingEmptySubsequences: false)
        // Two of the three records arrived whole, the third not at all.
        let partial = Array(lines[0]) + [0x0A] + Array(lines[1]) + [0x0A]
        try appendBytes(partial, to: t.lastSegment())
        let reader = try t.open()
        #expect(reader.headPosition == 4, "readers never see half a batch")
        let result = try reader.append([event("z")], actor: "tester")
        #expect(result.tailCut?.bytes == UInt64(partial.count))
        #expect(try fileSize(t.lastSegment()) > size)
        #expect(try EventStore.verify(storeAt: t.path).isSound)
    }

    @Test func zeroBytesAtTheEndAreReservedSpaceNotAWrite() throws {
        let (t, size) = try storeWithThreeBatches()
        try appendBytes([UInt8](repeating: 0, count: 4096), to: t.lastSegment())
        let store = try t.open()
        #expect(store.headPosition == 4 && store.tail == .clean)
        let result = try store.append([event("z")], actor: "tester")
        #expect(result.tailCut == nil && result.positions == 5...5)
        // The new record went where the zeros began, and closing gives the rest back.
        try store.close()
        let lines = try String(contentsOfFile: t.lastSegment(), encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 5 && lines[4].hasPrefix("{\"position\":5,"))
        #expect(try fileSize(t.lastSegment()) > size)
        #expect(try EventStore.verify(storeAt: t.path).isSound)
    }

    @Test func anUnfinishedWriteInReservedSpaceIsCutAndOnlyItsBytesCount() throws {
        let (t, _) = try storeWithThreeBatches()
        let batch = try nextBatchBytes(t, count: 1)
        try appendBytes(Array(batch.prefix(120)) + [UInt8](repeating: 0, count: 8192), to: t.lastSegment())
        let store = try t.open()
        guard case .unfinished(_, _, let bytes, let after, _) = store.tail else { Issue.record("not seen"); return }
        #expect(bytes == 120 && after == 4)
        #expect(try store.append([event("z")], actor: "tester").tailCut?.bytes == 120)
        #expect(try EventStore.verify(storeAt: t.path).isSound)
    }

    @Test func appendsReserveSpaceAndCloseGivesItBack() throws {
        let t = try TemporaryStore()
        let store = try t.open()
        try store.append([event("a")], actor: "tester")
        let reserved = try fileSize(t.lastSegment())
        #expect(reserved >= 1 << 20, "a megabyte is reserved ahead")
        #expect(store.totalBytes() < 1000, "reserved space is not log data")
        // Another instance sees the record and nothing else in the reserved zeros.
        let other = try t.open()
        #expect(other.headPosition == 1 && other.tail == .clean)
        try store.close()
        #expect(try fileSize(t.lastSegment()) == Int(store.totalBytes()))
    }

    @Test func aCompleteLineThatDoesNotVerifyIsDamageNotATail() throws {
        let (t, size) = try storeWithThreeBatches()
        // Alter one digit inside the last record's data: the line is complete, so this is tampering.
        let segment = try t.lastSegment()
        let data = try Data(contentsOf: URL(fileURLWithPath: segment))
        let lastLineStart = data[..<(size - 1)].lastIndex(of: 0x0A)! + 1
        let digit = data[lastLineStart...].firstIndex(of: 0x31)!   // a '1' in "position":4? no: first '1' after start
        try alterByte(of: segment, at: digit, to: 0x39)
        try? FileManager.default.removeItem(atPath: t.path + "/index/streams.idx")
        let before = try t.snapshotOfFiles()
        #expect(throws: StoreError.self) { _ = try t.open() }
        #expect(try t.snapshotOfFiles() == before, "damage is reported, never cut")
        let report = try EventStore.verify(storeAt: t.path)
        #expect(!report.isSound)
        if case .damaged(_, let position, _, _)? = report.problem { #expect(position == 4) } else { Issue.record("no damage reported") }
    }
}
