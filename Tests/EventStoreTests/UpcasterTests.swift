import Testing
import Foundation
import JSON
@testable import EventStore

/// Old records stay as written; the upcasting chain lifts them on read, one schema step at a time.
struct UpcasterTests {
    /// IssueRaised v1 → v2: `by` became `raisedBy`. v2 → v3: one `category` became a list `categories`.
    static let chain = UpcasterChain([
        Upcaster(type: "IssueRaised", fromSchema: 1) { data in
            var d = data
            d["raisedBy"] = d.removeValue(forKey: "by")
            return d
        },
        Upcaster(type: "IssueRaised", fromSchema: 2) { data in
            var d = data
            if let single = d.removeValue(forKey: "category") { d["categories"] = .array([single]) }
            return d
        },
    ])

    func fixtureCopy() throws -> TemporaryStore {
        let t = try TemporaryStore()
        try FileManager.default.removeItem(atPath: t.path)
        let fixture = try #require(Bundle.module.url(forResource: "schema-v1-store", withExtension: nil, subdirectory: "Fixtures"))
        try FileManager.default.copyItem(atPath: fixture.path, toPath: t.path)
        return t
    }

    @Test func anOldRecordIsLiftedToTheCurrentShapeOnRead() throws {
        let t = try fixtureCopy()
        let before = try Data(contentsOf: URL(fileURLWithPath: try t.lastSegment()))
        let store = try t.open(StoreOptions(upcasters: Self.chain))
        let events = try store.readStream("issue-0001")
        #expect(events.map(\.schemaVersion) == [3, 3])
        #expect(events[0].data == ["title": .string("精神障害者が地域で暮らしにくい"), "raisedBy": .string("地域生活部会"),
                                   "categories": .array([.string("地域移行・地域定着支援")])])
        #expect(events[1].data["raisedBy"] == .string("相談支援部会"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: try t.lastSegment())) == before, "old records stay as written")
        #expect(try EventStore.verify(storeAt: t.path).isSound)
    }

    @Test func withoutUpcastersTheRecordReadsAsWritten() throws {
        let t = try fixtureCopy()
        let store = try t.open(StoreOptions())
        let first = try store.event(at: 1)
        #expect(first.schemaVersion == 1 && first.data["by"] == .string("地域生活部会"))
    }

    @Test func anUpcasterThatCannotLiftSaysWhichEvent() throws {
        struct Unreadable: Error {}
        let t = try fixtureCopy()
        let store = try t.open(StoreOptions(upcasters: UpcasterChain([Upcaster(type: "IssueRaised", fromSchema: 1) { _ in throw Unreadable() }])))
        let error = #expect(throws: StoreError.self) { try store.event(at: 1) }
        #expect(error?.description.contains("position 1") == true)
    }
}
