import Foundation
import Hashing
import JSON
import Testing
@testable import EventStore

/// What the store does after an acknowledged write, and what it refuses to read (issue 11,
/// findings 1, 3, 4 and 5 at the library's level).
struct VerificationRecordTests {
    func populated(_ t: TemporaryStore, events: Int = 30) throws -> EventStore {
        let store = try t.open()
        for i in 0..<events { try store.append([event("s\(i % 3)")], actor: "tester") }
        return store
    }

    enum AfterTheFlush: String, CaseIterable, CustomTestStringConvertible {
        case savingTheIndex, savingTheVerificationRecord, givingBackReservedSpace
        var testDescription: String { rawValue }
        var faults: StoreOptions.Faults {
            switch self {
            case .savingTheIndex: StoreOptions.Faults(indexSaveErrno: EACCES)
            case .savingTheVerificationRecord: StoreOptions.Faults(verificationSaveErrno: EROFS)
            case .givingBackReservedSpace: StoreOptions.Faults(closeErrno: EIO)
            }
        }
    }

    /// Finding 3: each step after the flush may fail; the append still returned its positions,
    /// the failure comes back as a problem to mention (never thrown), and the records are there.
    @Test(arguments: AfterTheFlush.allCases)
    func aFailureAfterTheFlushLeavesTheWriteAcknowledged(_ step: AfterTheFlush) throws {
        let t = try TemporaryStore()
        let store = try t.open(StoreOptions(clock: FixedClock.tick, indexPersistInterval: 1, faults: step.faults))
        let result = try store.append([event("a"), event("b")], actor: "tester")
        #expect(result.positions == 1...2)
        let problems = store.finishWriting()
        #expect(problems.count == 1, "\(problems)")
        #expect(problems.allSatisfy { $0.isIO })
        let reopened = try t.open()
        #expect(reopened.headPosition == 2 && reopened.version(of: "b") == 1)
    }

    @Test func aRecordOfAnUnchangedStoreSparesTheWalk() throws {
        let t = try TemporaryStore(segmentBytes: 2048)
        let store = try populated(t)
        #expect(store.segmentCount > 2)
        #expect(store.finishWriting().isEmpty)
        #expect(try t.open().walkedSegments == 0)
        // Touching one segment (same bytes, new change time) costs that segment's walk only.
        let first = try t.segmentFiles()[0]
        let bytes = try Data(contentsOf: URL(fileURLWithPath: first))
        try bytes.write(to: URL(fileURLWithPath: first))
        #expect(try t.open().walkedSegments == 1)
    }

    /// Finding 1 in every segment and at chunk boundaries: the walk finds the one altered byte.
    @Test(arguments: [0, 1, 2, 3])
    func anAlteredRecordInAnySegmentIsFoundAtOpen(segment: Int) throws {
        let t = try TemporaryStore(segmentBytes: 2048)
        let store = try populated(t)
        _ = store.finishWriting()
        let path = try t.segmentFiles()[segment]
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let at = try #require(text.utf8.firstIndex(of: UInt8(ascii: "1")).map { text.utf8.distance(from: text.utf8.startIndex, to: $0) })
        try alterByte(of: path, at: at, to: UInt8(ascii: "2"))
        #expect(throws: StoreError.self) { try t.open() }
        #expect(!(try EventStore.verify(storeAt: t.path)).isSound)
    }

    @Test(arguments: [64, 200, 1000, 4 << 20])
    func theChunkedWalkAgreesWithItselfWhateverTheChunk(chunkBytes: Int) throws {
        let t = try TemporaryStore()
        let store = try populated(t, events: 40)
        try store.close()
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: try t.lastSegment())))
        bytes.withUnsafeBytes { b in
            #expect(ChainWalk.check(b, firstPosition: 1, records: 40, previous: .zero, expectedLast: store.headHash, chunkBytes: chunkBytes) == nil)
            #expect(ChainWalk.check(b, firstPosition: 1, records: 40, previous: .zero, expectedLast: .zero, chunkBytes: chunkBytes)?.position == 40)
            #expect(ChainWalk.check(b, firstPosition: 2, records: 40, previous: .zero, expectedLast: store.headHash, chunkBytes: chunkBytes)?.position == 2)
        }
        var altered = bytes
        let line = bytes.split(separator: 0x0A)[25]
        altered[line.startIndex + 3] ^= 0x01
        altered.withUnsafeBytes { b in
            #expect(ChainWalk.check(b, firstPosition: 1, records: 40, previous: .zero, expectedLast: store.headHash, chunkBytes: chunkBytes)?.position == 26)
        }
    }

    /// Finding 5: a record no writer could have stored — its type a path — written into a log with
    /// a correct chain is refused by every reader, and so by import.
    @Test func aTypeNameNoWriterMayStoreIsRefusedByTheReaders() throws {
        let t = try TemporaryStore()
        let store = try populated(t, events: 3)
        try store.close()
        var line: [UInt8] = []
        let envelope = RecordCodec.Envelope(position: 4, stream: "s0", version: 2, type: "../../../../PWNED", schemaVersion: 1,
                                            occurredAt: Timestamp(year: 2026, month: 4, day: 1)!, recordedAt: FixedClock.tick(),
                                            actor: "tester", idempotencyKey: nil, batchRest: 0, vault: [], data: ["n": .int(1)])
        _ = RecordCodec.encode(envelope, previous: store.headHash, into: &line)
        try appendBytes(line, to: try t.lastSegment())
        try FileManager.default.removeItem(atPath: t.path + "/index")
        #expect { try t.open() } throws: { error in
            guard case StoreError.damaged(_, 4, _, let reason) = error else { return false }
            return reason.contains("PWNED") && reason.contains("no writer may store")
        }
        let verified = try EventStore.verify(storeAt: t.path)
        #expect(!verified.isSound)
        var export: [UInt8] = []
        let header: JSONObject = ["format": "kadai-export", "formatVersion": 1, "storeFormatVersion": 1, "records": 4, "headHash": .string(SHA256.hash([UInt8](line.dropLast(76))).hex)]
        JSONValue.object(header).serialize(into: &export)
        export.append(0x0A)
        for segment in try t.segmentFiles() { export += try [UInt8](Data(contentsOf: URL(fileURLWithPath: segment))) }
        let target = t.root.appendingPathComponent("Imported").path
        #expect(throws: (any Error).self) { try export.withUnsafeBytes { try EventStore.importing($0, into: target) } }
        #expect(!FileManager.default.fileExists(atPath: target))
    }

    @Test func aBatchLargerThanASegmentIsRefusedAndWritesNothing() throws {
        let t = try TemporaryStore(segmentBytes: 4096)
        let store = try t.open()
        let before = try t.snapshotOfFiles()
        #expect { try store.append((0..<40).map { event("s\($0)") }, actor: "tester") } throws: { error in
            guard case StoreError.batchTooLarge(40, _, 4096) = error else { return false }
            return true
        }
        #expect(try t.snapshotOfFiles() == before)
    }
}

#if canImport(Glibc)
import Glibc
#endif
