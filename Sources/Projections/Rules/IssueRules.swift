import Calendar
import Council

/// What the steering meeting (運営会議) watches for, each rule written once: an action overdue, an
/// issue gone quiet, an issue raised but not yet taken up, a body that has not met this 年度.
public enum IssueRules {
    /// How far an action has come: not started until an activity advanced it.
    public static func status(of action: PlannedAction, in issue: IssueState) -> ActionStatus {
        issue.actionStatus[action.number] ?? .notStarted
    }

    /// Overdue on `day`: the issue is open, the action's due date has passed, and it is neither
    /// done nor dropped.
    public static func isOverdue(_ action: PlannedAction, status: ActionStatus, issueIsClosed: Bool, on day: CalendarDate) -> Bool {
        guard let due = action.due, due < day, !issueIsClosed else { return false }
        return status != .done && status != .dropped
    }

    public static func isOverdue(_ action: PlannedAction, of issue: IssueState, on day: CalendarDate) -> Bool {
        isOverdue(action, status: status(of: action, in: issue), issueIsClosed: issue.isClosed, on: day)
    }

    /// The actions of the plan in force that are overdue on `day`, with their status.
    public static func overdueActions(of issue: IssueState, on day: CalendarDate) -> [(action: PlannedAction, status: ActionStatus)] {
        (issue.currentPlan?.actions ?? []).filter { isOverdue($0, of: issue, on: day) }.map { ($0, status(of: $0, in: issue)) }
    }

    /// The same day `months` months before `day` (the month's last day when it is shorter), or the
    /// calendar's first day when that would fall before it (a stored date in year 1).
    public static func monthsBefore(_ months: Int, _ day: CalendarDate) -> CalendarDate {
        var year = day.year, month = day.month - months
        while month < 1 { month += 12; year -= 1 }
        return CalendarDate(year: year, month: month, day: min(day.day, CalendarDate.daysIn(month: month, year: year))) ?? .earliest
    }

    /// Gone quiet on `day`: open, with no event for `months` months.
    public static func isStale(lastActivityOn: CalendarDate, isClosed: Bool, on day: CalendarDate, months: Int) -> Bool {
        !isClosed && lastActivityOn < monthsBefore(months, day)
    }

    /// Not yet taken up: open, still as raised, never analysed.
    public static func isUnassigned(_ issue: IssueState) -> Bool {
        !issue.isClosed && issue.phase == .raised && issue.analyses.isEmpty
    }

    /// Has not met in the 年度 of `day` up to it, though active, set up by then and not dissolved.
    public static func hasNotMet(_ body: BodyState, on day: CalendarDate) -> Bool {
        let year = day.fiscalYear
        return body.status == .active && body.establishedOn <= day && body.dissolution == nil
            && !body.meetings.contains { year.contains($0.on) && $0.on <= day }
    }
}

/// What the steering meeting should look at on a day, by those rules: issues gone quiet, actions
/// past due, issues not yet taken up, bodies that have not met this 年度, and everything dated since
/// its previous meeting. Each list is derived from the record as it stood on that day.
public struct SteeringAgendaView: Sendable {
    public var on: CalendarDate
    public var staleMonths: Int
    public var stale: [IssueState]
    public var overdue: [(issue: IssueState, action: PlannedAction, status: ActionStatus)]
    public var unassigned: [IssueState]
    public var quietBodies: [BodyState]
    /// The steering meeting's latest meeting before the day, if any.
    public var previousMeeting: CalendarDate?
    /// The events dated after the previous meeting (or in the 年度 so far, without one) up to the day.
    public var changes: [LoggedEvent]

    public init(record: CouncilRecord, on day: CalendarDate, staleMonths: Int) {
        on = day
        self.staleMonths = staleMonths
        let open = record.state.issuesInOrder.filter { !$0.isClosed }
        stale = open.filter { IssueRules.isStale(lastActivityOn: $0.lastActivityOn, isClosed: $0.isClosed, on: day, months: staleMonths) }
        overdue = open.flatMap { i in IssueRules.overdueActions(of: i, on: day).map { (i, $0.action, $0.status) } }
        unassigned = open.filter(IssueRules.isUnassigned)
        quietBodies = record.state.bodiesInOrder.filter { IssueRules.hasNotMet($0, on: day) }
        previousMeeting = record.state.bodiesInOrder.filter { $0.kind == .steering }.flatMap(\.meetings).map(\.on).filter { $0 < day }.max()
        let since = previousMeeting ?? day.fiscalYear.firstDay.adding(days: -1)
        changes = record.events.filter { e in e.event.on <= day && e.event.on > since }
    }
}
