import Calendar
import Council
import EventStore
import Testing
@testable import Projections

/// Each rule the steering meeting, lists and documents share, as a table.
struct RulesTests {
    static let action = PlannedAction(number: 1, who: "事務局", toward: "民生委員", what: "冊子", due: date("2021-03-31"))

    @Test(arguments: [
        ("due tomorrow", date("2021-03-30"), ActionStatus.notStarted, false, false),
        ("due today", date("2021-03-31"), .notStarted, false, false),
        ("due yesterday, not started", date("2021-04-01"), .notStarted, false, true),
        ("due yesterday, in progress", date("2021-04-01"), .inProgress, false, true),
        ("due yesterday, done", date("2021-04-01"), .done, false, false),
        ("due yesterday, dropped", date("2021-04-01"), .dropped, false, false),
        ("due yesterday, the issue closed", date("2021-04-01"), .inProgress, true, false),
    ])
    func overdue(_ case: String, _ day: CalendarDate, _ status: ActionStatus, _ closed: Bool, _ overdue: Bool) {
        #expect(IssueRules.isOverdue(Self.action, status: status, issueIsClosed: closed, on: day) == overdue, "\(`case`)")
    }

    @Test func anActionWithoutADueDateIsNeverOverdue() {
        var open = Self.action
        open.due = nil
        #expect(!IssueRules.isOverdue(open, status: .notStarted, issueIsClosed: false, on: .latest))
    }

    @Test(arguments: [
        (date("2021-08-31"), 6, date("2021-02-28")),
        (date("2021-03-31"), 1, date("2021-02-28")),
        (date("2024-03-31"), 1, date("2024-02-29")),
        (date("2021-02-10"), 3, date("2020-11-10")),
        (date("2021-02-10"), 24, date("2019-02-10")),
        (date("0001-02-01"), 6, CalendarDate.earliest),
    ])
    func monthsBefore(_ day: CalendarDate, _ months: Int, _ expected: CalendarDate) {
        #expect(IssueRules.monthsBefore(months, day) == expected)
    }

    @Test(arguments: [
        (date("2020-08-09"), false, 6, true),
        (date("2020-08-10"), false, 6, false),
        (date("2020-01-01"), true, 6, false),
        (date("2020-11-09"), false, 3, true),
    ])
    func stale(_ last: CalendarDate, _ closed: Bool, _ months: Int, _ stale: Bool) {
        #expect(IssueRules.isStale(lastActivityOn: last, isClosed: closed, on: date("2021-02-10"), months: months) == stale)
    }

    static func issue(_ events: [CouncilEvent]) -> IssueState {
        var state = CouncilState()
        for e in [.issueRaised(IssueRaised(issue: "K-0001", title: "t", raisedBy: "soudan", categories: [], groups: [], on: date("2020-05-01")))] + events {
            CouncilDecider.evolve(&state, e)
        }
        return state.issues["K-0001"]!
    }

    @Test(arguments: [
        ("raised", [CouncilEvent](), true),
        ("assigned, not analysed", [.issueAssigned(IssueAssigned(issue: "K-0001", to: "shuro", on: date("2020-06-01")))], true),
        ("analysed", [.issueAnalysed(IssueAnalysed(issue: "K-0001", factors: [], focusCandidates: [], chosen: [], on: date("2020-06-01")))], false),
        ("closed as raised", [.issueClosed(IssueClosed(issue: "K-0001", reason: .withdrawn, on: date("2020-06-01")))], false),
    ])
    func unassigned(_ case: String, _ events: [CouncilEvent], _ unassigned: Bool) {
        #expect(IssueRules.isUnassigned(Self.issue(events)) == unassigned, "\(`case`)")
    }

    @Test func aBodyThatHasNotMetThisYearIsNamedUnlessPausedEndedOrNotYetSetUp() {
        var body = BodyState(id: "soudan", name: "相談支援部会", kind: .subcommittee, parent: nil, establishedOn: date("2020-04-01"))
        let day = date("2021-02-10")
        #expect(IssueRules.hasNotMet(body, on: day))
        body.meetings = [MeetingRecorded(body: "soudan", on: date("2021-02-11"), number: 1, format: .inPerson, agenda: [], issues: [], decisions: [])]
        #expect(IssueRules.hasNotMet(body, on: day), "a meeting after the day does not count")
        body.meetings.append(MeetingRecorded(body: "soudan", on: date("2020-07-01"), number: 2, format: .inPerson, agenda: [], issues: [], decisions: []))
        #expect(!IssueRules.hasNotMet(body, on: day))
        body.meetings = []
        body.status = .paused
        #expect(!IssueRules.hasNotMet(body, on: day))
        body.status = .active
        #expect(!IssueRules.hasNotMet(body, on: date("2020-03-31")), "not yet set up")
    }

    @Test(arguments: [
        (IssueFilter(), true),
        (IssueFilter(body: "soudan"), true),
        (IssueFilter(body: "shuro"), false),
        (IssueFilter(phase: .planned), true),
        (IssueFilter(phase: .closed), false),
        (IssueFilter(fiscalYear: fy(2019)), false),
        (IssueFilter(fiscalYear: fy(2020)), true),
        (IssueFilter(fiscalYear: fy(2022)), true),
        (IssueFilter(fiscalYear: fy(2023)), false),
        (IssueFilter(openOnly: true), true),
        (IssueFilter(body: "soudan", phase: .planned, fiscalYear: fy(2021), openOnly: true), true),
    ])
    func listFilter(_ filter: IssueFilter, _ matches: Bool) {
        // Raised in 令和2年度, planned, last worked on in 令和4年度.
        #expect(filter.matches(owner: "soudan", phase: .planned, fiscalYears: 2020...2022) == matches)
    }

    @Test func closedIssuesAreLeftOutOfAnOpenList() {
        #expect(!IssueFilter(openOnly: true).matches(owner: "soudan", phase: .closed, fiscalYears: 2020...2020))
        #expect(IssueFilter(closedOnly: true).matches(owner: "soudan", phase: .closed, fiscalYears: 2020...2020))
        #expect(!IssueFilter(closedOnly: true).matches(owner: "soudan", phase: .planned, fiscalYears: 2020...2020))
    }

    @Test(arguments: [
        (IssueFilter(category: "地域移行"), true),
        (IssueFilter(category: "就労"), false),
        (IssueFilter(group: "精神"), true),
        (IssueFilter(group: "身体"), true),
        (IssueFilter(group: "知的"), false),
        (IssueFilter(area: "栃尾"), true),
        (IssueFilter(area: "中之島"), false),
        (IssueFilter(body: "soudan", category: "地域移行", group: "精神", area: "栃尾"), true),
    ])
    func listFilterByWhatWasRecorded(_ filter: IssueFilter, _ matches: Bool) {
        let issue = CouncilSummary.Issue(id: "K-0001", title: "住まい", owner: "soudan", phase: .planned, phaseOn: date("2021-06-01"),
                                         raisedOn: date("2020-06-01"), lastActivityOn: date("2022-06-01"),
                                         categories: ["地域移行", "住まい"], groups: ["精神", "身体"], area: "栃尾")
        #expect(filter.matches(issue) == matches)
    }

    @Test(arguments: [
        ("2026-03-31T14:59:59.999Z", date("2026-03-31"), 23, 59),
        ("2026-03-31T15:00:00.000Z", date("2026-04-01"), 0, 0),
        ("2026-11-21T10:00:00.000Z", date("2026-11-21"), 19, 0),
    ])
    func japanTime(_ instant: String, _ day: CalendarDate, _ hour: Int, _ minute: Int) throws {
        let t = try #require(Timestamp(logForm: instant))
        #expect(JapanTime.day(of: t) == day)
        let c = JapanTime.components(of: t)
        #expect((c.hour, c.minute) == (hour, minute))
        let midnight = try #require(Timestamp(year: day.year, month: day.month, day: day.day))
        let start = Timestamp(millisecondsSinceEpoch: midnight.millisecondsSinceEpoch - JapanTime.offsetMilliseconds)
        #expect(JapanTime.day(of: start) == day && JapanTime.day(of: Timestamp(millisecondsSinceEpoch: start.millisecondsSinceEpoch - 1)) == day.adding(days: -1))
    }
}

/// The next issue id, one rule for the decider and a writer numbering a batch.
struct IssueNumberingTests {
    @Test(arguments: [
        ([String](), 0, "K-0001"),
        (["K-0001", "K-0042", "K-0009"], 42, "K-0043"),
        (["相談1", "K-0003", "k-0100", "K-"], 3, "K-0004"),
        (["K-9999"], 9999, "K-10000"),
        (["K-12345", "K-0001"], 12345, "K-12346"),
    ])
    func theNextIdFollowsTheHighestKNumber(_ ids: [String], _ highest: Int, _ next: String) {
        #expect(CouncilDecider.highestIssueNumber(ids) == highest)
        #expect(CouncilDecider.issueId(number: highest + 1) == next)
    }
}
