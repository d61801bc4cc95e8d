import Testing
import Foundation
import JSON
import EventStore
import TestSupport
@testable import Projections

/// A projection is a snapshot plus the events after it; a snapshot that cannot be trusted is
/// ignored and the state rebuilt from the log, with the same answer either way.
final class ProjectionRunnerTests {
    let folder: TemporaryFolder
    var storePath: String { folder.path("EventLog") }
    var snapshotPath: String { folder.path("Snapshots") }

    init() throws {
        folder = try TemporaryFolder("projections")
        let store = try EventStore.create(at: storePath)
        for i in 0..<40 {
            try store.append([ProposedEvent(stream: "issue-\(i % 5)", type: i % 3 == 0 ? "IssueRaised" : "ActivityLogged",
                                            occurredAt: Timestamp(year: 2026, month: 4, day: 1)!, data: ["i": .int(Int64(i))])],
                             actor: i % 2 == 0 ? "secretariat" : "部会長")
        }
    }

    func run() throws -> (LogSummary, SnapshotUse) {
        let store = try EventStore.open(at: storePath)
        let snapshots = SnapshotStore(directory: snapshotPath, storeId: store.manifest.storeId, key: testKey)
        return try ProjectionRunner.run(LogSummaryProjection.self, store: store, snapshots: snapshots)
    }

    var snapshotFile: String {
        get throws { snapshotPath + "/" + (try FileManager.default.contentsOfDirectory(atPath: snapshotPath).first!) }
    }

    @Test func aFirstRunFoldsTheLogAndLeavesASnapshotTheNextRunUses() throws {
        let (first, use1) = try run()
        #expect(use1 == .rebuilt(reason: "missing", folded: 40))
        #expect(first.events == 40 && first.byType["IssueRaised"] == 14 && first.byActor["部会長"] == 20)
        let (second, use2) = try run()
        #expect(use2 == .used(position: 40, folded: 0))
        #expect(second == first)
    }

    @Test func onlyTheEventsAfterTheSnapshotAreFolded() throws {
        _ = try run()
        let store = try EventStore.open(at: storePath)
        try store.append([ProposedEvent(stream: "issue-9", type: "IssueRaised", occurredAt: Timestamp(year: 2026, month: 5, day: 1)!, data: [:])], actor: "secretariat")
        let (summary, use) = try run()
        #expect(use == .used(position: 40, folded: 1))
        #expect(summary.events == 41 && summary.byType["IssueRaised"] == 15)
    }

    enum Spoil: String, CaseIterable { case flipPayload, truncate, emptyFile, otherStore, payloadNotDecodable }

    @Test(arguments: Spoil.allCases)
    func aSpoiltSnapshotIsRebuiltWithTheSameAnswer(spoil: Spoil) throws {
        let (expected, _) = try run()
        let file = try snapshotFile
        var bytes = try Data(contentsOf: URL(fileURLWithPath: file))
        switch spoil {
        case .flipPayload: bytes[bytes.count - 5] ^= 0x55
        case .truncate: bytes = bytes.prefix(10)
        case .emptyFile: bytes = Data()
        case .otherStore:
            let text = String(decoding: bytes, as: UTF8.self)
            let id = try EventStore.open(at: storePath).manifest.storeId
            bytes = Data(text.replacingOccurrences(of: "\"storeId\":\"\(id)\"", with: "\"storeId\":\"SOMEONE-ELSE\"").utf8)
        case .payloadNotDecodable:
            // A header that checks out but a payload this projection version cannot read.
            let store = try EventStore.open(at: storePath)
            try SnapshotStore(directory: snapshotPath, storeId: store.manifest.storeId, key: testKey)
                .save(projection: LogSummaryProjection.name, version: LogSummaryProjection.version,
                      position: store.headPosition, hash: store.headHash, payload: Array("[1,2,3]".utf8))
            bytes = try Data(contentsOf: URL(fileURLWithPath: file))
        }
        try bytes.write(to: URL(fileURLWithPath: file))
        let (rebuilt, use) = try run()
        guard case .rebuilt(_, let folded) = use else { Issue.record("\(spoil): spoilt snapshot used"); return }
        #expect(folded == 40)
        #expect(rebuilt == expected)
        #expect(try run().1 == .used(position: 40, folded: 0), "the rebuild left a good snapshot")
    }
}

/// A snapshot key for tests that make snapshots without a writer having made the store's own.
let testKey = [UInt8](repeating: 7, count: 32)
