import Calendar
import Council
import CouncilService
import EventStore
import Foundation
import Projections
import SocialResources
import SupportHubs
import TestSupport
import Testing

/// A store holding another ledger's records beside the council's (issue 15, item 5): they are
/// recorded by the generic handler, pass over the council's reads, and come back through
/// `export`/`import` each held to its own ledger's rules.
@Suite struct OtherLedgerImportTests {
    static let day = CalendarDate(year: 2022, month: 3, day: 24)!
    static let year = FiscalYear(startYear: 2021)

    static func council() throws -> ServiceFixture {
        let f = try ServiceFixture()
        try f.record("body establish", "soudan", ["name": ["相談支援部会"], "kind": ["subcommittee"], "on": ["2021-04-01"]])
        _ = try f.service.record(HubDecider.self, [
            .setProvision(function: .emergency, fiscalYear: year, lines: ["●短期入所事業所（４箇所）"], on: day),
            .recordEntry(HubEntry(function: .emergency, fiscalYear: year, column: .note, text: "●短期入所事業所を地域生活支援拠点等に位置付け",
                                  when: .month(CalendarMonth(year: 2021, month: 11)!)), on: day),
            .registerProvider(provider: "short-stay-a", name: "短期入所A", functions: [.emergency, .experience], on: day),
        ], actor: "secretariat")
        _ = try f.service.record(ResourceDecider.self, [
            .listProvider(Provider(id: "short-stay-a", name: "短期入所A", operatedBy: "社会福祉法人A会", area: "中央地区", address: "サンプル市中央1-1",
                                   offers: [.init(service: .shortStay, places: 4)]), on: day),
            .reportVacancy(provider: "short-stay-a", service: .shortStay, vacancies: 1, on: day),
        ], actor: "secretariat")
        try f.record("issue raise", "", ["title": ["緊急時の短期入所が足りない"], "by": ["soudan"]])
        return f
    }

    @Test func aStoreWithAnotherLedgersRecordsIsExportedAndImportedWhole() throws {
        let f = try Self.council()
        #expect(try f.service.council().name != nil, "the council's reads pass over the 拠点 records")
        let exported = try f.service.exportedHistory()
        let target = try TemporaryFolder("import-hubs")
        let verified = try CouncilService.importHistory(exported.lines, into: target.path("EventLog"), segmentBytes: 1 << 20)
        #expect(verified.isSound && verified.records == exported.records)
    }

    /// A 拠点 record its own rules refuse — a provider registered twice, written past the decider —
    /// stops the check at that record, as a council record would.
    @Test func anotherLedgersRecordIsHeldToItsOwnRules() throws {
        let f = try Self.council()
        let store = try EventStore.open(at: f.store)
        let twice = HubEvent.providerRegistered(provider: "short-stay-a", name: "短期入所A", functions: [.emergency], on: Self.day)
        let appended = try store.append([twice.proposed], actor: "secretariat")
        let refusal = try #require(throws: HistoryCheck.Refusal.self) {
            try HistoryCheck.check(store, ledgers: [LedgerAdmission(HubDecider.self, recording: HubCommand.init(recording:)),
                                                    LedgerAdmission(ResourceDecider.self, recording: ResourceCommand.init(recording:))])
        }
        #expect(refusal.position == appended.positions.lowerBound && refusal.type == "HubProviderRegistered")
        guard case .refused(.ledger(let why)) = refusal.reason else { Issue.record("\(refusal.reason)"); return }
        #expect(why.code == "hub.alreadyRegistered" && why.english == "'short-stay-a' is registered as a 拠点 since 2022-03-24.")
        // Without the ledger, the record is of no known type.
        #expect(throws: HistoryCheck.Refusal.self) { try HistoryCheck.check(store) }
        try store.close()
    }
}
