import Calendar

/// One meeting body as its events have made it.
public struct BodyState: Equatable, Sendable {
    public var id: String
    public var name: String
    public var kind: BodyKind
    public var parent: String?
    public var status: BodyStatus = .active
    public var establishedOn: CalendarDate
    public var renames: [BodyRenamed] = []
    /// Each pause, with the day it ended (nil while it lasts).
    public var pauses: [BodyPause] = []
    public var dissolution: BodyDissolved?
    public var policies: [FiscalYear: BodyPolicySet] = [:]
    public var members: [Membership] = []
    public var meetings: [MeetingRecorded] = []
    public var reviews: [FiscalYear: BodyYearReviewed] = [:]
    /// The minutes and materials attached to its meetings, in the order attached, each with its
    /// publication as last set.
    public var materials: [MaterialAttached] = []
    /// What it did besides meeting (研修会 …), in the order recorded.
    public var activities: [BodyActivityRecorded] = []
    /// Its plan of each 年度, entry by entry, with what became of each.
    public var plans: [FiscalYear: [PlannedEntry]] = [:]
    /// The latest update of each 年度's status report.
    public var statusUpdates: [FiscalYear: StatusReportUpdated] = [:]
    /// A 年度's meeting count where only the number is known.
    public var meetingCounts: [FiscalYear: MeetingsCounted] = [:]
    /// The work item table (事業項目) of each 年度 that has one.
    public var workTables: [FiscalYear: WorkTable] = [:]
    /// Events of this body's stream, for its expected version.
    public var version: UInt64 = 0

    public init(id: String, name: String, kind: BodyKind, parent: String?, establishedOn: CalendarDate) {
        self.id = id
        self.name = name
        self.kind = kind
        self.parent = parent
        self.establishedOn = establishedOn
    }

    public var currentMembers: [Membership] { members.filter { $0.retiredOn == nil } }

    /// True when the body was paused on `date`.
    public func isPaused(on date: CalendarDate) -> Bool {
        pauses.contains { $0.from <= date && ($0.until.map { date < $0 } ?? true) }
    }

    public func meetings(in year: FiscalYear) -> [MeetingRecorded] { meetings.filter { year.contains($0.on) } }

    public func activities(in year: FiscalYear) -> [BodyActivityRecorded] { activities.filter { $0.when.fiscalYear == year } }
}

/// A time a body did not meet: from the day it was paused to the day it resumed (nil while it lasts).
public struct BodyPause: Equatable, Sendable {
    public var from: CalendarDate
    public var until: CalendarDate?
    public var reason: String?
}

/// A seat on a body, from appointment to retirement.
public struct Membership: Equatable, Sendable {
    public var member: String
    public var affiliation: String
    public var category: MemberCategory
    public var role: MemberRole
    public var partyConcerned: Bool
    /// People of the organisation on the seat; 1 unless recorded.
    public var people: Int = 1
    public var appointedOn: CalendarDate
    public var retiredOn: CalendarDate?

    /// 「（2名）」 after the affiliation when more than one person sits on the seat.
    public func peopleNote(japanese: Bool) -> String {
        people > 1 ? (japanese ? "（\(people)名）" : " (\(people) people)") : ""
    }

    /// Held on `day`: appointed on or before it and not retired on or before it (a seat retired
    /// on a day is no longer held that day).
    public func isHeld(on day: CalendarDate) -> Bool {
        appointedOn <= day && retiredOn.map { day < $0 } ?? true
    }
}
