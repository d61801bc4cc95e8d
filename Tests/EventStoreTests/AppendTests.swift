import Testing
import Foundation
import JSON
@testable import EventStore

struct AppendTests {
    @Test func positionsAreGaplessAndVersionsCountPerStream() throws {
        let t = try TemporaryStore()
        let store = try t.open()
        try store.append([event("a"), event("b"), event("a")], actor: "tester")
        try store.append([event("b")], actor: "tester")
        #expect(store.headPosition == 4)
        #expect(store.version(of: "a") == 2 && store.version(of: "b") == 2 && store.version(of: "c") == 0)
        let all = try store.read(from: 1, limit: 10)
        #expect(all.map(\.position) == [1, 2, 3, 4])
        #expect(all.map(\.version) == [1, 1, 2, 2])
        #expect(all.map(\.batchRest) == [2, 1, 0, 0])
        #expect(all.allSatisfy { $0.actor == "tester" })
        #expect(zip(all.dropFirst(), all).allSatisfy { $0.previousHash == $1.hash })
    }

    @Test func recordsBusinessAndRecordedTime() throws {
        let t = try TemporaryStore()
        let store = try t.open()
        try store.append([event("a")], actor: "tester")
        let e = try store.event(at: 1)
        #expect(e.occurredAt == Timestamp(year: 2026, month: 4, day: 1)!)
        #expect(e.recordedAt > e.occurredAt)
    }

    enum Expectation: CustomStringConvertible {
        case ok, conflict(actual: UInt64)
        var description: String { switch self { case .ok: "ok"; case .conflict(let v): "conflict at \(v)" } }
    }

    @Test(arguments: [
        (ExpectedVersion.any, Expectation.ok),
        (.noStream, .conflict(actual: 2)),
        (.exact(2), .ok),
        (.exact(1), .conflict(actual: 2)),
        (.exact(3), .conflict(actual: 2)),
    ])
    func expectedVersionOfAnExistingStream(expected: ExpectedVersion, outcome: Expectation) throws {
        let t = try TemporaryStore()
        let store = try t.open()
        try store.append([event("issue-1"), event("issue-1")], actor: "tester")
        let before = try t.snapshotOfFiles()
        switch outcome {
        case .ok:
            try store.append(to: "issue-1", expected: expected, [event("issue-1")], actor: "tester")
            #expect(store.version(of: "issue-1") == 3)
        case .conflict(let actual):
            let error = #expect(throws: StoreError.self) {
                try store.append(to: "issue-1", expected: expected, [event("issue-1")], actor: "tester")
            }
            #expect(error == .versionConflict(stream: "issue-1", expected: expected, actual: actual))
            #expect(error?.description.contains("'issue-1'") == true)
            #expect(error?.description.contains("version \(actual)") == true)
            #expect(try t.snapshotOfFiles() == before, "a conflict writes nothing")
        }
    }

    @Test func noStreamAdmitsANewStream() throws {
        let t = try TemporaryStore()
        let store = try t.open()
        try store.append(to: "new", expected: .noStream, [event("new")], actor: "tester")
        #expect(store.version(of: "new") == 1)
    }

    @Test func aConflictOnOneStreamRefusesTheWholeBatch() throws {
        let t = try TemporaryStore()
        let store = try t.open()
        try store.append([event("a")], actor: "tester")
        let before = try t.snapshotOfFiles()
        #expect(throws: StoreError.self) {
            try store.append([event("b"), event("a")], expecting: ["b": .noStream, "a": .exact(5)], actor: "tester")
        }
        #expect(store.headPosition == 1 && store.version(of: "b") == 0)
        #expect(try t.snapshotOfFiles() == before)
    }

    @Test func aRepeatedIdempotencyKeyReturnsTheOriginalPositionsAndWritesNothing() throws {
        let t = try TemporaryStore()
        do {
            let store = try t.open()
            try store.append([event("x")], actor: "tester")
            let first = try store.append([event("a"), event("b")], actor: "tester", idempotencyKey: "meeting-2026-04-01")
            #expect(first.positions == 2...3 && !first.wasAlreadyWritten)
            let again = try store.append([event("a"), event("b")], actor: "tester", idempotencyKey: "meeting-2026-04-01")
            #expect(again.positions == 2...3 && again.wasAlreadyWritten)
            #expect(store.headPosition == 3)
        }
        // After a restart, with the index saved, and again with it deleted: the key still holds.
        for deleteIndex in [false, true] {
            if deleteIndex { try FileManager.default.removeItem(atPath: t.path + "/index/streams.idx") }
            let before = try t.snapshotOfFiles()
            let store = try t.open()
            let retried = try store.append([event("a"), event("b")], actor: "tester", idempotencyKey: "meeting-2026-04-01")
            #expect(retried.positions == 2...3 && retried.wasAlreadyWritten)
            #expect(store.headPosition == 3)
            #expect(try t.snapshotOfFiles().filter { $0.key.hasPrefix("/segments") } == before.filter { $0.key.hasPrefix("/segments") })
            try store.saveIndex()
        }
    }

    @Test(arguments: [
        ("stream", ProposedEvent(stream: "", type: "T", occurredAt: Timestamp(millisecondsSinceEpoch: 0), data: [:])),
        ("stream", ProposedEvent(stream: "a\nb", type: "T", occurredAt: Timestamp(millisecondsSinceEpoch: 0), data: [:])),
        ("stream", ProposedEvent(stream: String(repeating: "長", count: 100), type: "T", occurredAt: Timestamp(millisecondsSinceEpoch: 0), data: [:])),
        ("type", ProposedEvent(stream: "s", type: "1abc", occurredAt: Timestamp(millisecondsSinceEpoch: 0), data: [:])),
        ("type", ProposedEvent(stream: "s", type: "has space", occurredAt: Timestamp(millisecondsSinceEpoch: 0), data: [:])),
        ("schema version", ProposedEvent(stream: "s", type: "T", schemaVersion: 0, occurredAt: Timestamp(millisecondsSinceEpoch: 0), data: [:])),
        ("time", ProposedEvent(stream: "s", type: "T", occurredAt: Timestamp(millisecondsSinceEpoch: Int64.max), data: [:])),
        ("data", ProposedEvent(stream: "s", type: "Huge", occurredAt: Timestamp(millisecondsSinceEpoch: 0), data: [:])),
    ])
    func refusesEventsItCannotStore(field: String, proposed: ProposedEvent) throws {
        var proposed = proposed
        // Built here, not in the table, so a failure message does not print five megabytes.
        if proposed.type == "Huge" { proposed.data = ["big": .string(String(repeating: "x", count: 5 << 20))] }
        let t = try TemporaryStore()
        let store = try t.open()
        let before = try t.snapshotOfFiles()
        let error = #expect(throws: StoreError.self) { try store.append([proposed], actor: "tester") }
        guard case .invalidEvent(let f, _, _)? = error else { Issue.record("unexpected \(String(describing: error))"); return }
        #expect(f == field)
        #expect(try t.snapshotOfFiles() == before)
        #expect(store.headPosition == 0)
    }

    @Test func refusesEmptyBatchesAndBadActors() throws {
        let t = try TemporaryStore()
        let store = try t.open()
        #expect(throws: StoreError.emptyBatch) { try store.append([], actor: "tester") }
        #expect(throws: StoreError.self) { try store.append([event("a")], actor: "") }
        #expect(throws: StoreError.self) { try store.append([event("a")], actor: "tab\there") }
        #expect(store.headPosition == 0)
    }

    @Test func readsTheGlobalFeedFromAnyPosition() throws {
        let t = try TemporaryStore()
        let store = try t.open()
        for i in 0..<30 { try store.append([event("s\(i % 4)", "E", ["i": .int(Int64(i))])], actor: "tester") }
        for from in [UInt64(1), 2, 17, 30, 31, 99] {
            var seen: [UInt64] = []
            try store.forEach(from: from) { seen.append($0.position) }
            #expect(seen == (from <= 30 ? Array(from...30) : []))
        }
        #expect(try store.read(from: 10, limit: 3).map(\.position) == [10, 11, 12])
        #expect(throws: StoreError.noSuchPosition(31, head: 30)) { try store.event(at: 31) }
    }

    @Test func aSecondInstanceSeesWhatTheFirstWrote() throws {
        let t = try TemporaryStore()
        let writer = try t.open()
        let reader = try t.open()
        try writer.append([event("a"), event("b")], actor: "w1")
        #expect(reader.headPosition == 0)
        try reader.refresh()
        #expect(reader.headPosition == 2)
        // The reader may append too: it catches up under the lock first.
        try reader.append(to: "a", expected: .exact(1), [event("a")], actor: "w2")
        try writer.append(to: "a", expected: .exact(2), [event("a")], actor: "w1")
        #expect(writer.headPosition == 4 && writer.version(of: "a") == 3)
    }
}

/// DESIGN §4.9: what was known at a recorded instant is a prefix of the log.
struct KnownAtTests {
    final class SteppingClock: @unchecked Sendable {
        var times: [Int64]
        init(_ times: [Int64]) { self.times = times }
        func next() -> Timestamp { Timestamp(millisecondsSinceEpoch: times.removeFirst()) }
    }

    @Test func recordedTimesNeverGoBackwardsAndKnownAtFindsThePrefix() throws {
        // The clock steps back between the second and third append.
        let clock = SteppingClock([1000, 5000, 3000, 9000])
        let t = try TemporaryStore()
        let store = try t.open(StoreOptions(clock: { clock.next() }))
        for stream in ["a", "b", "c", "d"] { try store.append([event(stream)], actor: "tester") }
        let times = try store.read(from: 1, limit: 4).map(\.recordedAt.millisecondsSinceEpoch)
        #expect(times == [1000, 5000, 5000, 9000])
        let cases: [(Int64, UInt64)] = [(999, 0), (1000, 1), (4999, 1), (5000, 3), (8999, 3), (9000, 4), (99_999, 4)]
        for (instant, head) in cases {
            #expect(try store.head(knownAt: Timestamp(millisecondsSinceEpoch: instant)) == head, "known at \(instant)")
        }
    }
}

/// A reader that mapped a segment and then saw it grow must still read long runs across the old
/// and new bytes (found by the council benchmark: pointers into a replaced map).
struct GrowingSegmentTests {
    @Test func aLongReadAcrossGrowthReadsEveryRecord() throws {
        let t = try TemporaryStore()
        let store = try t.open()
        for _ in 0..<5 { try store.append((0..<1000).map { event("s\($0 % 40)", "E", ["n": .int(Int64($0))]) }, actor: "tester") }
        var first = 0
        try store.forEach { _ in first += 1 }
        for _ in 0..<5 { try store.append((0..<1000).map { event("s\($0 % 40)", "E", ["n": .int(Int64($0))]) }, actor: "tester") }
        var positions: [UInt64] = []
        try store.forEach(from: 3000) { positions.append($0.position) }
        #expect(first == 5000)
        #expect(positions == Array(3000...10000))
    }
}
