import Calendar
import Council
import Testing

// A body's work item table (事業項目, Kodama 004): items numbered in the table's order, numbered
// entries per column, new plan content numbered apart, the 時点, amendments, and carry-over.

private let day = date("2021-03-31")
private let r2 = FiscalYear(startYear: 2020)
private let r3 = FiscalYear(startYear: 2021)

private func item(_ n: Int, _ title: String, year: FiscalYear = r2, amends: Bool = false) -> CouncilCommand {
    .setWorkItem(WorkItemSet(body: "steering", fiscalYear: year, number: n, title: title, amends: amends, on: day))
}

private func entry(_ item: Int, _ column: WorkColumn, _ text: String, number: Int = 0, dates: [PartialDate] = [], heading: String? = nil,
                   amends: Bool = false, year: FiscalYear = r2) -> CouncilCommand {
    .recordWorkEntry(WorkEntryRecorded(body: "steering", fiscalYear: year, item: item, column: column, number: number, text: text, dates: dates,
                                       heading: heading, amends: amends, on: day))
}

private func recorded(_ item: Int, _ column: WorkColumn, _ number: Int, _ text: String, dates: [PartialDate] = [], heading: String? = nil,
                      amends: Bool = false) -> CouncilEvent {
    .workEntryRecorded(WorkEntryRecorded(body: "steering", fiscalYear: r2, item: item, column: column, number: number, text: text, dates: dates,
                                         heading: heading, amends: amends, on: day))
}

private let twoItems = Fixture.bodies + [item(1, "地域の障害福祉の資源の把握"), item(2, "課題の抽出と対応策の検討")]
private let month = PartialDate.month(CalendarMonth(year: 2021, month: 1)!)

private let accepted: [Accepted] = [
    Accepted("an item", given: Fixture.bodies, item(1, " 地域の障害福祉の資源の把握 "),
             .workItemSet(WorkItemSet(body: "steering", fiscalYear: r2, number: 1, title: "地域の障害福祉の資源の把握", on: day))),
    Accepted("a first progress entry is numbered 1", given: twoItems, entry(1, .progress, "ふくしマップを作成した。"),
             recorded(1, .progress, 1, "ふくしマップを作成した。")),
    Accepted("the next is numbered after the last of its column", given: twoItems + [entry(1, .progress, "一"), entry(1, .progress, "三", number: 3), entry(1, .result, "結果")],
             entry(1, .progress, "四", dates: [.day(date("2020-09-21")), month, .day(date("2020-09-21"))]),
             recorded(1, .progress, 4, "四", dates: [.day(date("2020-09-21")), month])),
    Accepted("new plan content is numbered apart", given: twoItems + [entry(2, .plan, "継続する。")],
             entry(2, .plan, "利用要件を整理する。", heading: "移動手段についての整理"),
             recorded(2, .plan, 1, "利用要件を整理する。", heading: "移動手段についての整理")),
    Accepted("an amendment names the entry it replaces", given: twoItems + [entry(1, .result, "初め")],
             entry(1, .result, "直した", number: 1, amends: true), recorded(1, .result, 1, "直した", amends: true)),
    Accepted("an item's title amended", given: twoItems, item(2, "課題の抽出及び対応策の検討", amends: true),
             .workItemSet(WorkItemSet(body: "steering", fiscalYear: r2, number: 2, title: "課題の抽出及び対応策の検討", amends: true, on: day))),
    Accepted("the 時点 to the month", given: twoItems, .dateWorkTable(WorkTableDated(body: "steering", fiscalYear: r2, asOf: .month(CalendarMonth(year: 2021, month: 3)!), on: day)),
             .workTableDated(WorkTableDated(body: "steering", fiscalYear: r2, asOf: .month(CalendarMonth(year: 2021, month: 3)!), on: day))),
    Accepted("the 時点 in the next April", given: twoItems, .dateWorkTable(WorkTableDated(body: "steering", fiscalYear: r2, asOf: .day(date("2021-04-20")), on: day)),
             .workTableDated(WorkTableDated(body: "steering", fiscalYear: r2, asOf: .day(date("2021-04-20")), on: day))),
    Accepted("carry-over records the items the next year has not got", given: twoItems + [item(2, "相談支援体制", year: r3)],
             .carryOverWorkItems(body: "steering", from: r2, on: date("2021-04-01")),
             .workItemSet(WorkItemSet(body: "steering", fiscalYear: r3, number: 1, title: "地域の障害福祉の資源の把握", carriedFrom: r2, on: date("2021-04-01")))),
    Accepted("carry-over again is already so", given: twoItems + [.carryOverWorkItems(body: "steering", from: r2, on: date("2021-04-01"))],
             .carryOverWorkItems(body: "steering", from: r2, on: date("2021-04-02"))),
]

private let refused: [Refused] = [
    Refused("an item of a body that does not exist", given: Fixture.bodies, .setWorkItem(WorkItemSet(body: "unei", fiscalYear: r2, number: 1, title: "t", on: day)),
            .unknownBody("unei", known: ["steering", "sodan", "kurashi"])),
    Refused("an item of a year before the body", given: Fixture.bodies, item(1, "t", year: FiscalYear(startYear: 2019)),
            .bodyNotYetEstablished(body: "steering", date: date("2020-03-31"), established: date("2020-04-01"))),
    Refused("a second item 1", given: twoItems, item(1, "別の名称"), .workAlreadyRecorded(body: "steering", year: r2, key: .item(1))),
    Refused("an item numbered 0", given: Fixture.bodies, item(0, "t"), .invalidWorkNumber(0)),
    Refused("an amendment of an item not recorded", given: twoItems, item(3, "t", amends: true), .noWorkToAmend(body: "steering", year: r2, key: .item(3))),
    Refused("an amendment that changes nothing", given: twoItems, item(1, "地域の障害福祉の資源の把握", amends: true), .changesNothing),
    Refused("an entry of an item not recorded", given: twoItems, entry(5, .progress, "t"), .unknownWorkItem(body: "steering", year: r2, item: 5, known: [1, 2])),
    Refused("an entry of a year with no items", given: twoItems, entry(1, .progress, "t", year: r3), .unknownWorkItem(body: "steering", year: r3, item: 1, known: [])),
    Refused("a second entry of a number", given: twoItems + [entry(1, .progress, "一")], entry(1, .progress, "二", number: 1),
            .workAlreadyRecorded(body: "steering", year: r2, key: .entry(item: 1, column: .progress, newPlan: false, number: 1))),
    Refused("an amendment without its number", given: twoItems + [entry(1, .progress, "一")], entry(1, .progress, "二", amends: true),
            .noWorkToAmend(body: "steering", year: r2, key: .entry(item: 1, column: .progress, newPlan: false, number: 0))),
    Refused("a dated result", given: twoItems, entry(1, .result, "t", dates: [month]), .notInWorkColumn(field: "on", column: .result)),
    Refused("new content in progress", given: twoItems, entry(1, .progress, "t", heading: "見出し"), .notInWorkColumn(field: "new", column: .progress)),
    Refused("a progress date of another year", given: twoItems, entry(1, .progress, "t", dates: [.day(date("2021-04-01"))]),
            .workDateOutsideYear(date: .day(date("2021-04-01")), year: r2, field: "on")),
    Refused("an empty text", given: twoItems, entry(1, .plan, "  "), .emptyText(field: "work plan")),
    Refused("a 時点 two years on", given: twoItems, .dateWorkTable(WorkTableDated(body: "steering", fiscalYear: r2, asOf: .fiscalYear(FiscalYear(startYear: 2022)), on: day)),
            .workDateOutsideYear(date: .fiscalYear(FiscalYear(startYear: 2022)), year: r2, field: "on")),
    Refused("a second 時点", given: twoItems + [.dateWorkTable(WorkTableDated(body: "steering", fiscalYear: r2, asOf: .day(day), on: day))],
            .dateWorkTable(WorkTableDated(body: "steering", fiscalYear: r2, asOf: .day(date("2021-03-30")), on: day)),
            .workAlreadyRecorded(body: "steering", year: r2, key: .asOf)),
    Refused("carry-over from a year with no items", given: twoItems, .carryOverWorkItems(body: "steering", from: r3, on: day), .noWorkItems(body: "steering", year: r3)),
]

@Suite struct DecideWorkItemTests {
    @Test(arguments: accepted) func accepts(_ row: Accepted) { check(row) }
    @Test(arguments: refused) func refuses(_ row: Refused) { check(row) }

    /// The table as the events make it: items in number order, each column's entries in number
    /// order, an amendment in place of what it amends, the 時点.
    @Test func theTableFoldsIntoTheBodysState() throws {
        let state = run(twoItems + [
            entry(2, .progress, "二の一"), entry(1, .progress, "一の二", number: 2), entry(1, .progress, "一の一", number: 1),
            entry(1, .progress, "一の一（修正）", number: 1, amends: true), entry(1, .plan, "計画"), entry(1, .plan, "新規", heading: "見出し"),
            .dateWorkTable(WorkTableDated(body: "steering", fiscalYear: r2, asOf: .month(CalendarMonth(year: 2021, month: 3)!), on: day)),
        ]).state
        let table = try #require(state.bodies["steering"]?.workTables[r2])
        #expect(table.itemsInOrder.map(\.title) == ["地域の障害福祉の資源の把握", "課題の抽出と対応策の検討"])
        #expect(table.entries(of: 1, .progress).map(\.text) == ["一の一（修正）", "一の二"])
        #expect(table.entries(of: 1, .plan).map(\.text) == ["計画"])
        #expect(table.entries(of: 1, .plan, newPlan: true).map(\.heading) == ["見出し"])
        #expect(table.entries(of: 2, .progress).map(\.number) == [1])
        #expect(table.asOf?.asOf == .month(CalendarMonth(year: 2021, month: 3)!))
    }

    /// A carried item can be read back from a history and decided again (import).
    @Test func aCarriedItemIsAdmitted() throws {
        let state = run(twoItems).state
        let carried = CouncilEvent.workItemSet(WorkItemSet(body: "steering", fiscalYear: r3, number: 2, title: "課題の抽出と対応策の検討", carriedFrom: r2, on: date("2021-04-01")))
        try CouncilDecider.admit(carried, state)
        let stray = CouncilEvent.workItemSet(WorkItemSet(body: "steering", fiscalYear: r3, number: 7, title: "t", carriedFrom: r2, on: date("2021-04-01")))
        #expect(throws: DomainError.unknownWorkItem(body: "steering", year: r2, item: 7, known: [1, 2])) { try CouncilDecider.admit(stray, state) }
    }
}
