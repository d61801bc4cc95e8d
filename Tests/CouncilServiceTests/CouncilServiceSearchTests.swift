import Calendar
import Council
import CouncilService
import EventStore
import Foundation
import Projections
import Testing

/// Search through the service: the index it holds is caught up before each search with what this
/// handle, another handle or another process recorded; a new handle starts from the snapshot;
/// a query that is empty or too long is refused before anything is read; case notes are never
/// found.
@Suite struct CouncilServiceSearchTests {
    static let day = CalendarDate(year: 2024, month: 6, day: 1)!

    static func council() throws -> ServiceFixture {
        let f = try ServiceFixture()
        try f.record("body establish", "soudan", ["name": ["相談支援部会"], "kind": ["subcommittee"], "on": ["2024-04-01"]])
        try f.record("issue raise", "", ["title": ["精神障害者が地域で暮らしにくい"], "by": ["soudan"], "group": ["精神"],
                                         "summary": ["退院後の住まいが見つからない"], "on": ["2024-05-01"]])
        return f
    }

    @Test func aSearchFindsTheIssueWithItsOverviewAndTheMatchApart() throws {
        let f = try Self.council()
        let hits = try f.service.search("住まい", limit: 10)
        #expect(hits.map(\.issue.id) == ["K-0001"])
        let hit = try #require(hits.first)
        #expect(hit.issue.title == "精神障害者が地域で暮らしにくい" && hit.issue.phase == .raised && hit.ownerName == "相談支援部会")
        #expect(hit.part == .summary && hit.excerpt == SearchExcerpt(before: "退院後の", match: "住まい", after: "が見つからない") && !hit.inTitle)
        #expect(try f.service.search("精神", limit: 10).first?.inTitle == true)
    }

    @Test func whatThisHandleRecordsIsFoundAtTheNextSearch() throws {
        let f = try Self.council()
        #expect(try f.service.search("グループホーム", limit: 10).isEmpty)
        try f.record("issue raise", "", ["title": ["グループホームが足りない"], "by": ["soudan"], "on": ["2024-05-10"]])
        #expect(try f.service.search("グループホーム", limit: 10).map(\.issue.id) == ["K-0002"])
        try f.record("issue act", "K-0001", ["summary": ["グループホームの見学会"], "kind": ["visit"], "on": ["2024-05-20"]])
        #expect(try f.service.search("グループホーム", limit: 10).map(\.issue.id) == ["K-0002", "K-0001"], "the title first")
        #expect(try f.service.search("グループホーム", limit: 10).last?.issue.phase == .executing)
    }

    @Test func whatAnotherHandleRecordsIsFoundToo() throws {
        let f = try Self.council()
        #expect(try f.service.search("就労", limit: 10).isEmpty)
        let other = try CouncilService.open(at: f.store)
        let raise = try #require(RecordingCommands.named("issue raise"))
        _ = try other.record(raise, CommandInput(values: ["title": ["就労の場が少ない"], "by": ["soudan"]], today: Self.day), as: ServiceFixture.caller)
        _ = other.finishWriting()
        #expect(try f.service.search("就労", limit: 10).map(\.issue.id) == ["K-0002"])
    }

    @Test func aNewHandleStartsFromTheSnapshotAndFoldsTheTail() throws {
        let f = try Self.council()
        _ = f.service.finishWriting()   // the writer's part: the key that seals snapshots
        _ = try f.service.search("住まい", limit: 10)
        let snapshots = SnapshotStore.defaultDirectory(forStore: f.store)
        let files = try FileManager.default.contentsOfDirectory(atPath: snapshots)
        #expect(files.contains { $0.hasPrefix(SearchIndexProjection.name) }, "the first fold is saved: \(files)")
        try f.record("issue raise", "", ["title": ["移動支援の事業所が少ない"], "by": ["soudan"], "on": ["2024-05-10"]])
        let store = try EventStore.open(at: f.store)
        let (_, use) = try ProjectionRunner.run(SearchIndexProjection.self, store: store, snapshots: SnapshotStore(directory: snapshots, for: store),
                                                saveAfter: .max)
        guard case .used(_, folded: 1) = use else { Issue.record("the snapshot is not used: \(use)"); return }
        let fresh = try CouncilService.open(at: f.store)
        #expect(try fresh.search("移動支援", limit: 10).map(\.issue.id) == ["K-0002"])
        #expect(try fresh.search("住まい", limit: 10).map(\.issue.id) == ["K-0001"])
    }

    @Test func caseNotesAreNeverFound() throws {
        let f = try Self.council()
        _ = try f.service.keepCaseNote("40代、ひきこもり、退院後", for: "K-0001", on: Self.day, as: ServiceFixture.caller)
        #expect(try f.service.search("ひきこもり", limit: 10).isEmpty)
    }

    @Test(arguments: [("", SearchRefusal.emptyQuery), ("　 \t", .emptyQuery),
                      (String(repeating: "住", count: 101), .queryTooLong(length: 101, limit: 100)),
                      (String(repeating: "か\u{3099}", count: 101), .queryTooLong(length: 101, limit: 100)),
                      (String(repeating: "a\u{301}\u{301}\u{301}", count: 60), .queryTooLong(length: 120, limit: 100))])
    func anEmptyOrLongQueryIsRefusedBeforeAnythingIsRead(_ query: String, _ refusal: SearchRefusal) throws {
        let f = try Self.council()
        #expect(throws: refusal) { try f.service.search(query, limit: 10) }
        #expect(!RefusalText(japanese: true).describe(refusal).isEmpty && !RefusalText(japanese: false).describe(refusal).isEmpty)
    }

    @Test func aQueryOfAHundredCharactersIsSearched() throws {
        let f = try Self.council()
        #expect(try f.service.search(String(repeating: "住", count: 100), limit: 10).isEmpty)
    }
}
