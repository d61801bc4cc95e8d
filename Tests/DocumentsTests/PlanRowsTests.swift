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
}
