import Testing
import Foundation
@testable import EventStore

/// The stream index is a cache: saved, checked on open, caught up, and rebuilt whenever it cannot
/// be trusted — and reading one stream goes through it, never through the log.
struct IndexTests {
    func populated(_ t: TemporaryStore, events: Int = 60) throws -> EventStore {
        let store = try t.open()
        for i in 0..<events { try store.append([event("s\(i % 6)", "E", ["i": .int(Int64(i))])], actor: "tester") }
        return store
    }

    var indexPath: (TemporaryStore) -> String { { $0.path + "/index/streams.idx" } }

    @Test func aSavedIndexIsUsedAndCaughtUp() throws {
        let t = try TemporaryStore()
        let store = try populated(t)
        try store.saveIndex()
        try store.append([event("s1")], actor: "tester")
        let reopened = try t.open()
        #expect(reopened.indexState == .loaded(savedHead: 60))
        #expect(reopened.headPosition == 61 && reopened.version(of: "s1") == 11)
        #expect(try reopened.readStream("s1").map(\.version) == Array(1...11))
    }

    enum Spoil: String, CaseIterable { case delete, truncate, flipByte, foreignStore, garbage }

    @Test(arguments: Spoil.allCases)
    func aSpoiltIndexIsRebuiltAndAnswersTheSame(spoil: Spoil) throws {
        let t = try TemporaryStore()
        let store = try populated(t)
        try store.saveIndex()
        let expected = try store.readStream("s3").map(\.position)
        let path = indexPath(t)
        switch spoil {
        case .delete: try FileManager.default.removeItem(atPath: path)
        case .truncate: try Data(try Data(contentsOf: URL(fileURLWithPath: path)).prefix(100)).write(to: URL(fileURLWithPath: path))
        case .flipByte: try alterByte(of: path, at: 200, to: 0xFF)
        case .garbage: try Data("not an index".utf8).write(to: URL(fileURLWithPath: path))
        case .foreignStore:
            let other = try TemporaryStore()
            let o = try populated(other)
            try o.saveIndex()
            try FileManager.default.removeItem(atPath: path)
            try FileManager.default.copyItem(atPath: indexPath(other), toPath: path)
        }
        let reopened = try t.open()
        guard case .rebuilt = reopened.indexState else { Issue.record("\(spoil): index used"); return }
        #expect(reopened.headPosition == 60)
        #expect(try reopened.readStream("s3").map(\.position) == expected)
    }

    /// A log replaced under its saved index by another of the same length is a history rewritten
    /// (issue 11): refused while the index witnesses the hash it ended with. Moved aside on purpose,
    /// the index no longer speaks for it, and the new log is read and indexed afresh.
    @Test func aLogReplacedUnderItsIndexIsRefusedUntilTheIndexIsMovedAside() throws {
        let t = try TemporaryStore()
        let store = try populated(t, events: 10)
        try store.saveIndex()
        let other = try TemporaryStore()
        _ = try populated(other, events: 10)
        try FileManager.default.removeItem(atPath: t.segmentsPath)
        try FileManager.default.copyItem(atPath: other.segmentsPath, toPath: t.segmentsPath)
        #expect { try t.open() } throws: { error in
            guard case StoreError.damaged(_, 10, _, let reason) = error else { return false }
            return reason.contains("rewritten")
        }
        try FileManager.default.moveItem(atPath: t.path + "/index", toPath: t.root.appendingPathComponent("index-aside").path)
        let reopened = try t.open()
        guard case .rebuilt = reopened.indexState else { Issue.record("an index was used"); return }
        #expect(reopened.headHash == (try other.open()).headHash)
    }

    /// With the index and the verification record saved, an unchanged log is opened without
    /// walking any segment again: reading one stream costs that stream, not the log.
    @Test func anUnchangedLogIsOpenedWithoutWalkingItAgain() throws {
        let t = try TemporaryStore()
        let store = try populated(t)
        try store.saveCaches()
        let reopened = try t.open()
        #expect(reopened.walkedSegments == 0)
        #expect(try reopened.readStream("s1").count == 10)
    }

    /// Issue 11, finding 1: a record edited in place (same length) in a segment the saved index
    /// covers is found when the store opens — its file changed since it was verified — so nothing
    /// reads, publishes or writes after it, whichever stream the edit is in.
    @Test func anEditedRecordIsFoundAtOpenThoughTheIndexCoversIt() throws {
        let t = try TemporaryStore()
        let store = try populated(t)
        try store.saveCaches()
        let segment = try t.lastSegment()
        let other = try store.readStream("s0")[3].position
        let text = try String(contentsOfFile: segment, encoding: .utf8)
        let lines = text.split(separator: "\n")
        let offset = lines[..<Int(other - 1)].reduce(0) { $0 + $1.utf8.count + 1 } + 2
        try alterByte(of: segment, at: offset, to: 0x7E)
        #expect { try t.open() } throws: { error in
            guard case StoreError.damaged(_, let position, _, _) = error else { return false }
            return position == other
        }
        #expect(!(try EventStore.verify(storeAt: t.path)).isSound)
    }

    @Test func streamsCanBeReadFromAVersion() throws {
        let t = try TemporaryStore()
        let store = try populated(t)
        #expect(try store.readStream("s2", fromVersion: 8).map(\.version) == [8, 9, 10])
        #expect(try store.readStream("s2", fromVersion: 11).isEmpty)
        #expect(try store.readStream("nothing").isEmpty)
    }
}
