import Calendar
import Council
import Testing
@testable import Documents

/// The plan part of the annual report (issue 14, item 1): what is planned beside what is held, a
/// day after the document's own never held, postponements and cancellations kept and said.
@Suite struct PlanRowsTests {
    static func planned() -> SampleCouncil {
        var c = SampleCouncil.nagaoka
        let year = fy(2021), day = date("2021-04-01")
        c.run(.planMeeting(MeetingPlanned(body: "soudan", fiscalYear: year, kind: .meeting, number: 1, date: .day(date("2021-05-10")), on: day)))
        c.run(.planMeeting(MeetingPlanned(body: "soudan", fiscalYear: year, kind: .meeting, number: 2, date: .day(date("2021-09-13")), on: day)))
        c.run(.planMeeting(MeetingPlanned(body: "soudan", fiscalYear: year, kind: .meeting, number: 3, date: .month(CalendarMonth(year: 2022, month: 2)!), on: day)))
        c.run(.planMeeting(MeetingPlanned(body: "soudan", fiscalYear: year, kind: .training, date: .month(CalendarMonth(year: 2021, month: 12)!),
                                          topics: ["災害対策研修"], note: "外部講師", on: day)))
        c.run(.recordMeeting(body: "soudan", on: date("2021-05-10"), number: 1, format: .inPerson, agenda: ["方針"], issues: [], decisions: []))
        // Entered ahead of the day it is to be held.
        c.run(.recordMeeting(body: "soudan", on: date("2021-09-13"), number: 2, format: .online, agenda: ["中間報告"], issues: [], decisions: []))
        c.run(.changePlan(MeetingPlanChanged(body: "soudan", fiscalYear: year, entry: 3, change: .cancelled, reason: "感染拡大", on: day)))
        c.run(.changePlan(MeetingPlanChanged(body: "soudan", fiscalYear: year, entry: 4, change: .postponed, to: .month(CalendarMonth(year: 2022, month: 1)!), on: day)))
        return c
    }

    @Test func aMeetingDatedAfterTheDocumentsDayIsNeverHeld() {
        let c = Self.planned()
        let rows = PlanRows(record: c.record, body: c.record.body("soudan")!, language: .ja, today: date("2021-06-01")).planned(in: fy(2021))
        #expect(rows.map { $0[0] } == ["第1回（実施済） 5月10日", "第2回 9月13日", "第3回 2月予定", "研修会 1月予定"])
        #expect(rows[1][1].isEmpty, "the agenda entered ahead is not shown as discussed")
        #expect(rows[2][2] == "中止（感染拡大）" && rows[3][2] == "外部講師\n延期")
        let later = PlanRows(record: c.record, body: c.record.body("soudan")!, language: .ja, today: date("2021-09-13")).planned(in: fy(2021))
        #expect(later.map { $0[0] }.prefix(2) == ["第1回（実施済） 5月10日", "第2回（実施済） 9月13日"])
        #expect(later[1][1] == "・中間報告")
    }

    @Test func theReportPartListsOnlyWhatWasHeldByItsDay() {
        let c = Self.planned()
        let rows = PlanRows(record: c.record, body: c.record.body("soudan")!, language: .en, today: date("2021-06-01")).held(in: fy(2021))
        #expect(rows.map { $0[0] } == ["No. 1 May 10"])
    }

    /// A cancelled 第2回 planned again: the new entry is carried out by the meeting, the cancelled
    /// one stays cancelled, and the meeting is listed once.
    @Test func aCancelledEntryPlannedAgainIsListedOnceEach() {
        var c = SampleCouncil.nagaoka
        let year = fy(2021), day = date("2021-04-01")
        c.run(.planMeeting(MeetingPlanned(body: "soudan", fiscalYear: year, kind: .meeting, number: 2, date: .day(date("2021-07-01")), on: day)))
        c.run(.changePlan(MeetingPlanChanged(body: "soudan", fiscalYear: year, entry: 1, change: .cancelled, reason: "感染拡大", on: day)))
        c.run(.planMeeting(MeetingPlanned(body: "soudan", fiscalYear: year, kind: .meeting, number: 2, date: .day(date("2021-09-01")), on: day)))
        c.run(.recordMeeting(body: "soudan", on: date("2021-09-01"), number: 2, format: .inPerson, agenda: ["延期分"], issues: [], decisions: []))
        let body = c.record.body("soudan")!
        let rows = PlanRows(record: c.record, body: body, language: .ja, today: date("2021-10-01")).planned(in: year)
        #expect(rows.map { $0[0] } == ["第2回 7月1日", "第2回（実施済） 9月1日"])
        #expect(rows[0][2] == "中止（感染拡大）")
        #expect(PlanLine.text(body.plans[year]![0], of: body, today: date("2021-10-01"), japanese: true) == "令和3年度 第2回 令和3年7月1日 中止［soudan-2021-p1］")
    }

    /// Known only to the month: held once the month is over, as an `--as-of` view counts it.
    @Test func anActivityKnownOnlyToItsMonthIsHeldOnceTheMonthIsOver() {
        var c = SampleCouncil.nagaoka
        let year = fy(2021)
        c.run(.planMeeting(MeetingPlanned(body: "soudan", fiscalYear: year, kind: .training, date: .month(CalendarMonth(year: 2021, month: 12)!), on: date("2021-04-01"))))
        c.run(.recordBodyActivity(BodyActivityRecorded(body: "soudan", kind: .training, title: "災害対策研修", plan: "soudan-2021-p01",
                                                       when: .month(CalendarMonth(year: 2021, month: 12)!))))
        let body = c.record.body("soudan")!
        #expect(body.activities.last?.plan == "soudan-2021-p1", "the entry's own id, however it was typed")
        let during = PlanRows(record: c.record, body: body, language: .ja, today: date("2021-12-10"))
        #expect(during.planned(in: year).map { $0[0] } == ["研修会 12月予定"] && during.held(in: year).isEmpty)
        let after = PlanRows(record: c.record, body: body, language: .ja, today: date("2022-01-01"))
        #expect(after.planned(in: year).map { $0[0] } == ["研修会（実施済） 12月"] && after.held(in: year).map { $0[0] } == ["研修会 12月"])
    }

    @Test func aPlanMovesOnlyWithinItsYearAndAnActivityCarriesOutNoMeeting() throws {
        var c = SampleCouncil.nagaoka
        let year = fy(2021), day = date("2021-04-01")
        c.run(.planMeeting(MeetingPlanned(body: "soudan", fiscalYear: year, kind: .meeting, number: 3, date: .month(CalendarMonth(year: 2022, month: 3)!), on: day)))
        let postpone = CouncilCommand.changePlan(MeetingPlanChanged(body: "soudan", fiscalYear: year, entry: 1, change: .postponed,
                                                                     to: .month(CalendarMonth(year: 2022, month: 4)!), on: day))
        #expect(throws: DomainError.planOutsideYear(year: year, date: .month(CalendarMonth(year: 2022, month: 4)!), field: "to")) {
            try CouncilDecider.decide(postpone, c.state)
        }
        let activity = CouncilCommand.recordBodyActivity(BodyActivityRecorded(body: "soudan", kind: .training, title: "研修", plan: "soudan-2021-p1", when: .day(day)))
        #expect(throws: DomainError.planIsAMeeting("soudan-2021-p1")) { try CouncilDecider.decide(activity, c.state) }
    }
}
