import Calendar
import EventStore

/// A document the council files, with what it is about: each front turns its own input (options,
/// a route such as `/documents/sheet/soudan/R6`) into one of these. A `day` or `year` left nil is
/// today, or the 年度 today falls in, in Japan.
public enum DocumentRequest: Sendable, Equatable {
    /// 振り返り・評価シート of a body's year.
    case reviewSheet(body: String, year: FiscalYear?)
    /// 活動状況報告 of a body's year; `isPublic` leaves out what only the council may read.
    case statusReport(body: String, year: FiscalYear?, isPublic: Bool)
    /// 年間活動報告 of a body's year.
    case annualReport(body: String, year: FiscalYear?)
    /// 活動方針 of a body's year, with これまでの経過.
    case policy(body: String, year: FiscalYear?)
    /// The council's PDCA report of a year; for one body, its work item table (事業項目) when it
    /// has one for the year, else its part of the council's.
    case activityReport(year: FiscalYear?, body: String? = nil)
    /// The six functions' scorecard of a year, of one body or the whole council.
    case scorecard(year: FiscalYear?, body: String?)
    /// The year's meetings.
    case schedule(year: FiscalYear?)
    /// 運営会議's agenda on a day: stale, overdue and unassigned issues.
    case steeringAgenda(on: CalendarDate?, staleMonths: Int)
    /// The bodies and members as they stood on a day.
    case composition(on: CalendarDate?)
    /// An issue's action plan sheet, its actions' status as of `on`.
    case actionPlan(issue: String, on: CalendarDate?)
    /// Everything recorded about an issue, in order.
    case timeline(issue: String, isPublic: Bool)
    /// Everything recorded within a span of recorded time.
    case auditTrail(recorded: ClosedRange<Timestamp>, isPublic: Bool)

    /// What may be published: checked against the whole chain first, trusting no cache.
    public var isPublic: Bool {
        switch self {
        case .statusReport(_, _, let isPublic), .timeline(_, let isPublic), .auditTrail(_, let isPublic): isPublic
        default: false
        }
    }
}
