import Testing
import Hashing
import JSON
import EventStore

/// The log's contract (`EventLog`), checked the same way for every backend in `Backends.all`.
struct EventLogConformance {
    let stores = FreshStores()

    @Test(arguments: Backends.all)
    func appendedBatchesReadBackInOrderWithTheirChain(backend: any EventLogBackend) throws {
        let store = try stores.make(backend)
        let log = try store.open()
        #expect(log.headPosition == 0 && log.headHash == .zero)
        #expect(try log.hash(at: 0) == .zero)
        var special = numbered(5)
        special.schemaVersion = 2
        special.vault = [VaultReference(ref: "N-0a1b2c", commitment: SHA256.hash("salt and text"))]
        let batches = [[numbered(0), numbered(1)], [numbered(3)], [numbered(4), special, numbered(6)]]
        for (batch, expected) in zip(batches, [1...2, 3...3, 4...6] as [ClosedRange<UInt64>]) {
            let result = try log.record(batch)
            #expect(result.positions == expected && !result.wasAlreadyWritten)
        }
        let proposed = batches.flatMap { $0 }
        let records = try log.records()
        #expect(records.map(\.position) == [1, 2, 3, 4, 5, 6])
        #expect(records.map(\.stream) == proposed.map(\.stream))
        #expect(records.map(\.version) == [1, 1, 2, 2, 1, 3])
        #expect(records.map(\.batchRest) == [1, 0, 0, 2, 1, 0])
        #expect(records.map(\.type) == proposed.map(\.type))
        #expect(records.map(\.schemaVersion) == proposed.map(\.schemaVersion))
        #expect(records.map(\.occurredAt) == proposed.map(\.occurredAt))
        #expect(records.map(\.data) == proposed.map(\.data))
        #expect(records.map(\.vault) == proposed.map(\.vault))
        #expect(records.allSatisfy { $0.actor == "tester" && $0.idempotencyKey == nil })
        #expect(records.map(\.previousHash) == [.zero] + records.dropLast().map(\.hash))
        #expect(try records.map { try log.hash(at: $0.position) } == records.map(\.hash))
        #expect(Set(records.map(\.hash)).count == records.count)
        #expect(zip(records.dropFirst(), records).allSatisfy { $0.recordedAt >= $1.recordedAt })
        #expect(log.headPosition == 6 && log.headHash == records.last?.hash)
    }

    @Test(arguments: Backends.all)
    func anEmptyBatchIsRefused(backend: any EventLogBackend) throws {
        let log = try stores.make(backend).open()
        #expect(throws: StoreError.emptyBatch) { try log.record([]) }
        #expect(log.headPosition == 0)
    }

    /// Before each case the log holds issue-1 at version 2 and issue-2 at version 1; the batch
    /// writes to issue-1 and to issue-9, which does not exist yet.
    struct Expectation: Sendable, CustomTestStringConvertible {
        var testDescription: String
        var expecting: [String: ExpectedVersion]
        /// The stream that refuses the batch and the version it is at; nil when the batch is written.
        var conflict: (stream: String, actual: UInt64)?

        static let all: [Expectation] = [
            .init(testDescription: "nothing expected", expecting: [:]),
            .init(testDescription: "any, stream exists", expecting: ["issue-1": .any]),
            .init(testDescription: "any, no stream", expecting: ["issue-9": .any]),
            .init(testDescription: "no stream, none", expecting: ["issue-9": .noStream]),
            .init(testDescription: "exact, at that version", expecting: ["issue-1": .exact(2)]),
            .init(testDescription: "all three hold, one stream not written", expecting: ["issue-1": .exact(2), "issue-9": .noStream, "issue-2": .exact(1)]),
            .init(testDescription: "no stream, but it exists", expecting: ["issue-1": .noStream], conflict: ("issue-1", 2)),
            .init(testDescription: "exact, behind", expecting: ["issue-1": .exact(1)], conflict: ("issue-1", 2)),
            .init(testDescription: "exact, ahead", expecting: ["issue-1": .exact(3)], conflict: ("issue-1", 2)),
            .init(testDescription: "exact, no stream", expecting: ["issue-9": .exact(1)], conflict: ("issue-9", 0)),
            .init(testDescription: "one of two fails, on a stream not written", expecting: ["issue-1": .exact(2), "issue-2": .exact(5)], conflict: ("issue-2", 1)),
        ]
    }

    @Test(arguments: Backends.all, Expectation.all)
    func expectedVersionsAdmitOrRefuseTheWholeBatch(backend: any EventLogBackend, expectation: Expectation) throws {
        let store = try stores.make(backend)
        let log = try store.open()
        try log.record([event("issue-1"), event("issue-2")])
        try log.record([event("issue-1")])
        let (head, hash) = (log.headPosition, log.headHash)
        let batch = [event("issue-1"), event("issue-9")]
        if let conflict = expectation.conflict {
            let expected = expectation.expecting[conflict.stream]!
            #expect(throws: StoreError.versionConflict(stream: conflict.stream, expected: expected, actual: conflict.actual)) {
                try log.record(batch, expecting: expectation.expecting)
            }
            let reopened = try store.open()
            #expect(reopened.headPosition == head && reopened.headHash == hash)
            #expect(try reopened.readStream("issue-9", fromVersion: 1).isEmpty)
        } else {
            #expect(try log.record(batch, expecting: expectation.expecting).positions == 4...5)
            #expect(try log.readStream("issue-1", fromVersion: 1).map(\.version) == [1, 2, 3])
            #expect(try log.readStream("issue-9", fromVersion: 1).map(\.position) == [5])
        }
    }

    @Test(arguments: Backends.all)
    func aRetriedBatchWithItsIdempotencyKeyWritesNothingAndAnswersTheSame(backend: any EventLogBackend) throws {
        let store = try stores.make(backend)
        let log = try store.open()
        let batch = [event("issue-1", "IssueRaised"), event("issue-2", "IssueRaised")]
        let first = try log.record(batch, expecting: ["issue-1": .noStream], key: "command-1")
        try log.record([event("issue-3")])
        // Retried after its answer was lost: its expectation no longer holds, the key still answers.
        let retried = try log.record(batch, expecting: ["issue-1": .noStream], key: "command-1")
        #expect(first.positions == 1...2 && !first.wasAlreadyWritten)
        #expect(retried.positions == 1...2 && retried.wasAlreadyWritten)
        let other = try store.open()
        #expect(try other.record(batch, key: "command-1").positions == 1...2)
        #expect(try other.record([event("issue-1")], key: "command-2").positions == 4...4)
        try log.refresh()
        #expect(try log.records().map(\.idempotencyKey) == ["command-1", "command-1", nil, "command-2"])
    }

    @Test(arguments: Backends.all, [1, 2, 5, 6] as [UInt64])
    func aStreamReadsFromAVersionInVersionOrder(backend: any EventLogBackend, fromVersion: UInt64) throws {
        let log = try stores.make(backend).open()
        try log.recordNumbered(15)
        let stream = try log.records().filter { $0.stream == "issue-1" }
        let read = try log.readStream("issue-1", fromVersion: fromVersion)
        #expect(read.map(\.version) == Array(stride(from: fromVersion, through: 5, by: 1)))
        #expect(read.map(\.position) == stream.dropFirst(Int(fromVersion) - 1).map(\.position))
        #expect(read.map(\.hash) == stream.dropFirst(Int(fromVersion) - 1).map(\.hash))
        #expect(try log.readStream("issue-404", fromVersion: fromVersion).isEmpty)
    }

    @Test(arguments: Backends.all, [
        (1, nil, 1...20), (7, nil, 7...20), (7, 12, 7...12), (20, nil, 20...20), (5, 99, 5...20), (0, 3, 1...3),
        (21, nil, nil), (8, 7, nil),
    ] as [(from: UInt64, through: UInt64?, expected: ClosedRange<UInt64>?)])
    func theFeedReadsFromAPosition(backend: any EventLogBackend, feed: (from: UInt64, through: UInt64?, expected: ClosedRange<UInt64>?)) throws {
        let log = try stores.make(backend).open()
        try log.recordNumbered(20)
        let read = try log.records(from: feed.from, through: feed.through)
        #expect(read.map(\.position) == feed.expected.map(Array.init) ?? [])
        #expect(read.map(\.data) == feed.expected.map { $0.map { numbered(Int($0) - 1).data } } ?? [])
    }

    enum Anchor: String, Sendable, CaseIterable, CustomTestStringConvertible {
        case none, atTheHead, inTheMiddle, withAnotherHash, beyondTheHead
        var testDescription: String { rawValue }
    }

    @Test(arguments: Backends.all, Anchor.allCases)
    func verificationAgreesWithTheHeadAndChecksAnchors(backend: any EventLogBackend, anchor: Anchor) throws {
        let log = try stores.make(backend).open()
        try log.recordNumbered(12)
        let given: (position: UInt64, hash: SHA256Digest)? = switch anchor {
        case .none: nil
        case .atTheHead: (log.headPosition, log.headHash)
        case .inTheMiddle: (5, try log.hash(at: 5))
        case .withAnotherHash: (5, SHA256.hash("another history"))
        case .beyondTheHead: (13, log.headHash)
        }
        let report = try log.verify(anchor: given)
        #expect(report.problem == nil)
        #expect(report.records == log.headPosition && report.headHash == log.headHash && report.streams == 3)
        #expect((report.anchorProblem == nil) == [.none, .atTheHead, .inTheMiddle].contains(anchor))
    }

    @Test(arguments: Backends.all)
    func readingAsKnownAtATimeSeesOnlyWhatWasRecordedByThen(backend: any EventLogBackend) throws {
        let log = try stores.make(backend).open()
        try log.recordNumbered(9)
        let records = try log.records()
        #expect(try log.head(knownAt: .earliest) == 0)
        #expect(try log.head(knownAt: .latest) == log.headPosition)
        for r in records {
            let known = try log.head(knownAt: r.recordedAt)
            #expect(known == records.last { $0.recordedAt <= r.recordedAt }?.position)
            #expect(records[Int(known) - 1].batchRest == 0, "a batch is known whole or not at all")
            #expect(try log.records(through: known).allSatisfy { $0.recordedAt <= r.recordedAt })
            let justBefore = Timestamp(millisecondsSinceEpoch: r.recordedAt.millisecondsSinceEpoch - 1)
            #expect(try log.head(knownAt: justBefore) == records.last { $0.recordedAt < r.recordedAt }?.position ?? 0)
        }
    }

    /// Reopened after a handle finished writing, or as a writer left it without finishing.
    @Test(arguments: Backends.all, [true, false])
    func aReopenedLogHoldsTheSameAndGoesOn(backend: any EventLogBackend, finished: Bool) throws {
        let store = try stores.make(backend)
        let first = try store.open()
        try first.recordNumbered(13)
        let keyed = try first.record([event("issue-1")], key: "command-1")
        if finished { #expect(first.finishWriting().isEmpty) }
        let before = try first.records()
        let reopened = try store.open()
        #expect(reopened.headPosition == first.headPosition && reopened.headHash == first.headHash)
        #expect(try reopened.records().map(\.hash) == before.map(\.hash))
        #expect(try reopened.readStream("issue-1", fromVersion: 1).map(\.hash) == first.readStream("issue-1", fromVersion: 1).map(\.hash))
        #expect(try reopened.head(knownAt: before[6].recordedAt) == first.head(knownAt: before[6].recordedAt))
        #expect(try reopened.record([event("issue-1")], key: "command-1").positions == keyed.positions)
        let next = try reopened.record([event("issue-1")], expecting: ["issue-1": .exact(5)])
        #expect(next.positions == 15...15)
        #expect(try reopened.records(from: 15).map(\.previousHash) == [before.last!.hash])
    }

    @Test(arguments: Backends.all)
    func handlesOnOneStoreSeeEachOthersAppends(backend: any EventLogBackend) throws {
        let store = try stores.make(backend)
        let a = try store.open()
        let b = try store.open()
        try a.record([event("issue-1")], expecting: ["issue-1": .noStream], key: "a-1")
        // An append checks the stored log, not what its handle last saw.
        #expect(throws: StoreError.versionConflict(stream: "issue-1", expected: .noStream, actual: 1)) {
            try b.record([event("issue-1")], expecting: ["issue-1": .noStream])
        }
        let retried = try b.record([event("issue-1")], key: "a-1")
        #expect(retried.positions == 1...1 && retried.wasAlreadyWritten)
        try b.refresh()
        try b.record([event("issue-1")], expecting: ["issue-1": .exact(1)])
        try a.refresh()
        #expect(a.headPosition == 2 && a.headHash == b.headHash)
        #expect(try a.readStream("issue-1", fromVersion: 1).map(\.position) == [1, 2])
    }

    @Test(arguments: Backends.all)
    func oneOwnerTakesAppendsFromManyTasksWithoutGaps(backend: any EventLogBackend) async throws {
        let store = try stores.make(backend)
        let owner = LogOwner(try store.open())
        try await withThrowingTaskGroup(of: Void.self) { group in
            for writer in 0..<6 {
                group.addTask {
                    for n in 0..<4 {
                        let expected: ExpectedVersion = n == 0 ? .noStream : .exact(UInt64(n))
                        _ = try await owner.record([event("issue-\(writer)", "IssueNoted", ["n": .int(Int64(n))])],
                                                   expecting: ["issue-\(writer)": expected], key: "writer-\(writer)-\(n)")
                    }
                }
            }
            try await group.waitForAll()
        }
        let records = try await owner.records()
        #expect(records.map(\.position) == Array(1...24))
        for writer in 0..<6 {
            let stream = records.filter { $0.stream == "issue-\(writer)" }
            #expect(stream.map(\.version) == [1, 2, 3, 4])
            #expect(stream.map { $0.data["n"] } == (0..<4).map { JSONValue.int(Int64($0)) })
        }
        #expect(try await owner.verify().isSound)
    }

    @Test(arguments: Backends.all, [1, 9, 20] as [UInt64])
    func aRecordAlteredBehindTheLogsBackIsNamedByVerification(backend: any EventLogBackend, position: UInt64) throws {
        let store = try stores.make(backend)
        let log = try store.open()
        try log.recordNumbered(20)
        #expect(try log.verify(anchor: nil).isSound)
        try store.damage(position: position)
        let report = try log.verify(anchor: nil)
        #expect(!report.isSound)
        guard case .damaged(_, let named, _, _)? = report.problem else {
            Issue.record("the altered record went unnoticed: \(String(describing: report.problem))")
            return
        }
        #expect(named == position)
    }
}
