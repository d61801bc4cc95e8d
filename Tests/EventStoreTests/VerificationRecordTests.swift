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

/// What an adversarial review of issue 11's store found, each kept as a test.
struct VerificationReviewTests {
    func populated(_ t: TemporaryStore, events: Int = 30) throws -> EventStore {
        let store = try t.open()
        for i in 0..<events { try store.append([event("s\(i % 3)")], actor: "tester") }
        return store
    }

    /// The last record rewritten and its hash recomputed — a valid chain, touching no cache — is
    /// refused: the caches remember the hash it had.
    @Test func aTailRewrittenWithItsHashRecomputedIsRefused() throws {
        let t = try TemporaryStore()
        let store = try populated(t)
        #expect(store.finishWriting().isEmpty)
        let segment = try t.lastSegment()
        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: segment)))
        let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
        let last = try bytes.withUnsafeBytes { try RecordCodec.decode(UnsafeRawBufferPointer(rebasing: $0[lines[29].startIndex..<lines[29].endIndex])) }
        var forged: [UInt8] = []
        _ = RecordCodec.encode(.init(position: 30, stream: last.stream, version: last.version, type: last.type, schemaVersion: 1,
                                     occurredAt: last.occurredAt, recordedAt: last.recordedAt, actor: "someone else", idempotencyKey: nil,
                                     batchRest: 0, vault: [], data: last.data), previous: last.previousHash, into: &forged)
        bytes.replaceSubrange(lines[29].startIndex..<(lines[29].endIndex + 1), with: forged)
        try Data(bytes).write(to: URL(fileURLWithPath: segment))
        #expect { try t.open() } throws: { error in
            guard case StoreError.damaged(_, 30, _, let reason) = error else { return false }
            return reason.contains("rewritten")
        }
        #expect(!(try EventStore.verify(storeAt: t.path)).isSound)
    }

    /// A record edited while a writer runs (after it opened, before it saves its record) is not
    /// sealed as that writer's own: the save walks the segment again and finds it.
    @Test func anEditDuringAWritersRunIsNotSealedAsItsOwn() throws {
        let t = try TemporaryStore()
        let store = try populated(t)
        _ = store.finishWriting()
        let writer = try t.open()
        try writer.append([event("s9")], actor: "tester")
        // Past the file system's clock tick: a change within the writer's own tick is the one the
        // format page says the record cannot see.
        usleep(30_000)
        let segment = try t.lastSegment()
        let handle = try FileHandle(forUpdating: URL(fileURLWithPath: segment))
        try handle.seek(toOffset: 40)
        let original = try #require(try handle.read(upToCount: 1))
        try handle.seek(toOffset: 40)
        try handle.write(contentsOf: Data([original[0] == 0x31 ? 0x32 : 0x31]))
        try handle.close()
        let problems = writer.finishWriting()
        #expect(problems.contains { if case .damaged = $0 { true } else { false } }, "\(problems)")
        #expect(throws: StoreError.self) { try t.open() }
    }

    @Test func aSnapshotKeyOthersCanReadIsNotUsedAndIsReplaced() throws {
        let t = try TemporaryStore()
        let store = try populated(t, events: 3)
        _ = store.finishWriting()
        let first = try #require(store.snapshotKey())
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: t.path + "/index/snapshot.key")
        #expect(store.snapshotKey() == nil)
        try store.append([event("s1")], actor: "tester")
        _ = store.finishWriting()
        let second = try #require(store.snapshotKey())
        #expect(second != first)
    }

    /// A saved index whose segments do not start at 1 and ascend (forged: its checksum is no seal)
    /// is not used, and nothing traps.
    @Test func aSavedIndexWithSegmentsOutOfOrderIsNotUsed() throws {
        let t = try TemporaryStore()
        let store = try populated(t, events: 5)
        try store.saveIndex()
        let path = t.path + "/index/streams.idx"
        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        // magic, version, reserved, store id, head, head hash, segment count: then the first segment's first position.
        let at = 8 + 4 + 4 + 4 + store.manifest.storeId.utf8.count + 8 + 32 + 4
        bytes.replaceSubrange(at..<(at + 8), with: [UInt8](repeating: 0, count: 8))
        let body = Array(bytes.dropLast(8))
        let checksum = body.withUnsafeBytes { IndexChecksum.of($0) }
        bytes.replaceSubrange((bytes.count - 8)..., with: withUnsafeBytes(of: checksum.littleEndian) { Array($0) })
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        guard case .failure(.damaged) = StreamIndex.decode(bytes, storeId: store.manifest.storeId) else { Issue.record("a forged index decoded"); return }
        #expect(try t.open().headPosition == 5)
        #expect(try EventStore.verify(storeAt: t.path).isSound)
    }
}
