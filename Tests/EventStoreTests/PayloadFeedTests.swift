import Foundation
import JSON
import Testing
import TestSupport
@testable import EventStore

/// `forEachPayload` must hand projections the same records `forEach` decodes whole — in order,
/// across segments and runs, lifted by the upcasters — and stop cleanly when a fold throws.
struct PayloadFeedTests {
    /// What a payload says, with its data parsed, for comparison with a whole record.
    struct Seen: Equatable, Sendable {
        var position: UInt64
        var type: String
        var schema: Int
        var data: JSONObject
    }

    static func seen(_ p: RecordPayload) throws -> Seen {
        guard case .object(let data) = try JSONValue.parse(Array(p.data)) else { throw StoreError.damaged(path: "", position: p.position, byteOffset: 0, reason: "not an object") }
        return Seen(position: p.position, type: p.type, schema: p.schemaVersion, data: data)
    }

    /// Small segments and more records than two runs of the feed, with text that needs escapes.
    func filledStore(_ count: Int) throws -> TemporaryStore {
        let t = try TemporaryStore(segmentBytes: 64 * 1024)
        let store = try t.open()
        var batch: [ProposedEvent] = []
        for n in 1...count {
            batch.append(event("issue-\(n % 97)", n % 3 == 0 ? "IssueRaised" : "ActivityLogged",
                               ["n": .int(Int64(n)), "note": .string("第\(n)回 \"引用\"\n改行"), "list": .array([.int(1), .null])]))
            if batch.count == 100 { try store.append(batch, actor: "test"); batch = [] }
        }
        if !batch.isEmpty { try store.append(batch, actor: "test") }
        try store.close()
        return t
    }

    @Test(.tags(.slow), .notInFastSet) func payloadsMatchTheWholeRecordsAcrossRunsAndSegments() throws {
        let t = try filledStore(9_500)
        #expect(try t.segmentFiles().count > 5)
        let store = try t.open()
        var whole: [Seen] = []
        try store.forEach { whole.append(Seen(position: $0.position, type: $0.type, schema: $0.schemaVersion, data: $0.data)) }
        var payloads: [Seen] = []
        try store.forEachPayload(transform: { try Self.seen($0) }) { payloads.append($0) }
        #expect(payloads.count == 9_500)
        #expect(payloads == whole)
        // A feed from the middle, through a bound, and one shorter than a run.
        var middle: [UInt64] = []
        try store.forEachPayload(from: 4_000, through: 8_200, transform: { $0.position }) { middle.append($0) }
        #expect(middle == Array(4_000...8_200))
        var short: [UInt64] = []
        try store.forEachPayload(from: 9_400, transform: { $0.position }) { short.append($0) }
        #expect(short == Array(9_400...9_500))
    }

    @Test func aPayloadCanStillBeDecodedWhole() throws {
        let t = try filledStore(10)
        let store = try t.open()
        var records: [RecordedEvent] = []
        try store.forEachPayload(transform: { try $0.record() }) { records.append($0) }
        let read = try store.read(from: 1, limit: 10)
        #expect(records.map(\.position) == read.map(\.position))
        #expect(records.map(\.hash) == read.map(\.hash))
    }

    @Test func upcastersLiftThePayloadToo() throws {
        let t = try UpcasterTests().fixtureCopy()
        let store = try t.open(StoreOptions(upcasters: UpcasterTests.chain))
        var payloads: [Seen] = []
        try store.forEachPayload(transform: { try Self.seen($0) }) { payloads.append($0) }
        var whole: [Seen] = []
        try store.forEach { whole.append(Seen(position: $0.position, type: $0.type, schema: $0.schemaVersion, data: $0.data)) }
        #expect(payloads == whole)
        #expect(payloads.filter { $0.type == "IssueRaised" }.allSatisfy { $0.schema == 3 && $0.data["raisedBy"] != nil })
    }

    struct Stop: Error {}

    @Test(.tags(.slow), .notInFastSet) func aFoldThatThrowsStopsTheFeedAndTheStoreGoesOn() throws {
        let t = try filledStore(20_000)
        let store = try t.open()
        var folded = 0
        #expect(throws: Stop.self) {
            try store.forEachPayload(transform: { $0.position }) { position in
                folded += 1
                if position == 5_000 { throw Stop() }
            }
        }
        #expect(folded == 5_000)
        // Runs still being decoded were waited for: the store appends and reads as before.
        try store.append([event("issue-after")], actor: "test")
        var last: UInt64 = 0
        try store.forEachPayload(transform: { $0.position }) { last = $0 }
        #expect(last == 20_001)
    }

    @Test func aDamagedLineIsNamedByTheFeed() throws {
        let t = try filledStore(1_200)
        let segment = try t.segmentFiles()[0]
        // Opening a store checks what it must; the line is spoilt after that, in place, as a
        // failing disk would, and the feed must name it.
        let store = try t.open()
        var bytes = try Data(contentsOf: URL(fileURLWithPath: segment))
        let lineStarts = [0] + bytes.indices.filter { bytes[$0] == 0x0A }.map { $0 + 1 }
        let rest = try #require(bytes[lineStarts[4]...].firstRange(of: Data("\"rest\":".utf8)))
        bytes[rest.lowerBound + 2] = UInt8(ascii: "u")
        try bytes.write(to: URL(fileURLWithPath: segment))
        do {
            try store.forEachPayload(transform: { $0.position }) { _ in }
            Issue.record("the damaged line was read")
        } catch let StoreError.damaged(path, position, offset, reason) {
            #expect(path == segment)
            #expect(position == 5)
            #expect(offset == UInt64(lineStarts[4]))
            #expect(reason.contains("rest"))
        }
    }
}
