import Calendar
import Council

/// An issue as lists and year documents show it: what it is, where it stands, who works on it.
public struct IssueOverview: Equatable, Sendable {
    public var id: String
    public var title: String
    public var raisedBy: String
    public var raisedOn: CalendarDate
    /// The body working on it (`IssueState.owner`).
    public var owner: String
    public var phase: IssuePhase
    /// How it was closed, while it is (nil for an issue seen at a past date).
    public var closure: IssueClosed?
    public var lastActivityOn: CalendarDate
    /// Assigned or transferred at least once: the steering meeting has given it a body.
    public var handed: Bool

    /// An issue's full state in brief.
    public init(_ i: IssueState) {
        self.init(id: i.id, title: i.title, raisedBy: i.raisedBy, raisedOn: i.raisedOn, owner: i.owner, phase: i.phase,
                  closure: i.closure, lastActivityOn: i.lastActivityOn, handed: !i.ownership.isEmpty)
    }

    public init(id: String, title: String, raisedBy: String, raisedOn: CalendarDate, owner: String, phase: IssuePhase,
                closure: IssueClosed?, lastActivityOn: CalendarDate, handed: Bool) {
        self.id = id
        self.title = title
        self.raisedBy = raisedBy
        self.raisedOn = raisedOn
        self.owner = owner
        self.phase = phase
        self.closure = closure
        self.lastActivityOn = lastActivityOn
        self.handed = handed
    }

    public var isClosed: Bool { phase == .closed }
    /// The fiscal years the issue has been worked in: from its raising to its latest event.
    public var fiscalYears: ClosedRange<Int> { raisedOn.fiscalYear.startYear...max(raisedOn.fiscalYear.startYear, lastActivityOn.fiscalYear.startYear) }
}

extension CouncilReadModel {
    /// The sections a reader asks for must have been read (`CouncilReadModelStore.load(parts:)`):
    /// asking for another is a mistake of the reader's, not something to answer with nothing.
    static func notRead(_ section: Section) -> Never {
        preconditionFailure("the read model's section \(section) was not read; name it in the parts the document reads")
    }

    var table: IssueTable {
        if let issueTable { return issueTable }
        if lastChanged[.issues] == nil { return IssueTable() }
        Self.notRead(.issues)
    }

    // MARK: Issues

    /// A raised issue as it stands.
    public func issue(_ id: String) -> IssueOverview? {
        let table = table
        guard let n = table.numbers[id], table.issues[n].tracks.now.exists else { return nil }
        return overview(table.issues[n], table.issues[n].tracks.now, closure: table.issues[n].closure)
    }

    public var issuesInOrder: [IssueOverview] {
        let table = table
        return issueOrder.compactMap { id in
            table.numbers[id].map { overview(table.issues[$0], table.issues[$0].tracks.now, closure: table.issues[$0].closure) }
        }
    }

    func overview(_ r: IssueRecord, _ t: IssueTrack, closure: IssueClosed?) -> IssueOverview {
        IssueOverview(id: r.id, title: r.title, raisedBy: r.raisedBy, raisedOn: r.raisedOn, owner: t.owner, phase: t.phase,
                      closure: closure, lastActivityOn: r.lastActivityOn, handed: t.handed)
    }

    /// The issue as its events dated up to `date` made it (nil if it was not raised by then), for
    /// the last day of a fiscal year or a day on or after its latest event; nil for other days.
    public func issue(_ id: String, on date: CalendarDate) -> IssueOverview? {
        let table = table
        guard let n = table.numbers[id], let t = table.issues[n].tracks.track(on: date), t.exists else { return nil }
        return overview(table.issues[n], t, closure: t == table.issues[n].tracks.now ? table.issues[n].closure : nil)
    }

    /// The track of an issue's events dated up to `date` (see `IssueYearTracks.track(on:)`).
    public func track(of id: String, on date: CalendarDate) -> IssueTrack? {
        let table = table
        guard let n = table.numbers[id] else { return IssueTrack() }
        return table.issues[n].tracks.track(on: date)
    }

    /// Every body that owned the issue when one of its events was recorded.
    public func owners(of id: String) -> [String] {
        let table = table
        return table.numbers[id].map { table.issues[$0].owners } ?? []
    }

    /// The issues a body worked on in a 年度, by body: those it held at the year's end (or when
    /// they were closed during it), and those it recorded something for while it held them. An
    /// issue that only passed through a body, with nothing done there, belongs to the body that
    /// did the work; one closed before the year began and not taken up again in it, to nobody.
    public func issuesWorked(in year: FiscalYear) -> [String: [String]] {
        issuesWorkedMemo.worked(in: year.startYear, at: position) { workOutIssuesWorked(in: year) }
    }

    func workOutIssuesWorked(in year: FiscalYear) -> [String: [String]] {
        let events = work(in: year).issueEvents
        let table = table
        var worked: [String: [String]] = [:]
        for id in issueOrder {
            guard let n = table.numbers[id], let end = table.issues[n].tracks.track(on: year.lastDay), end.seen else { continue }
            let during = events[id] ?? []
            if during.isEmpty, table.issues[n].tracks.track(on: year.firstDay.adding(days: -1))?.isClosed == true { continue }
            var bodies: [String] = []
            if let last = end.lastOwnerAt { bodies.append(last) }
            for e in during { if let o = e.ownerAt, !bodies.contains(o) { bodies.append(o) } }
            for b in bodies { worked[b, default: []].append(id) }
        }
        return worked
    }

    // MARK: One fiscal year

    func work(in year: FiscalYear) -> YearWork {
        if let w = work[year.startYear] { return w }
        if lastChanged[.work(year.startYear)] == nil { return YearWork() }
        Self.notRead(.work(year.startYear))
    }

    /// Every use of a council function in a 年度, in log order.
    public func functionUses(in year: FiscalYear) -> [FunctionUse] {
        if let u = uses[year.startYear] { return u }
        if lastChanged[.uses(year.startYear)] == nil { return [] }
        Self.notRead(.uses(year.startYear))
    }

    /// An issue's events dated in a 年度, in log order.
    public func issueEvents(of id: String, in year: FiscalYear) -> [IssueEventRef] { work(in: year).issueEvents[id] ?? [] }

    /// An issue's latest evaluation for a 年度.
    public func evaluation(of id: String, for year: FiscalYear) -> IssueEvaluated? { work(in: year).evaluations[id] }

    // MARK: Bodies

    /// The meetings a body held in a 年度, in date order, with their positions.
    public func meetings(of body: String, in year: FiscalYear) -> [(position: UInt64, meeting: MeetingRecorded)] {
        (bodies[body]?.meetings ?? []).filter { year.contains($0.meeting.on) }.sorted { ($0.meeting.on, $0.meeting.number) < ($1.meeting.on, $1.meeting.number) }
    }

    /// Every meeting recorded, in log order, with its position.
    public var meetings: [(position: UInt64, meeting: MeetingRecorded)] {
        bodies.values.flatMap(\.meetings).sorted { $0.position < $1.position }
    }

    /// The policy in force for a body and 年度 (the latest recorded), with its position.
    public func policy(of body: String, in year: FiscalYear) -> (position: UInt64, policy: BodyPolicySet)? { bodies[body]?.policies[year] }

    /// The year-end review of a body for a 年度 (the latest recorded), with its position.
    public func review(of body: String, in year: FiscalYear) -> (position: UInt64, review: BodyYearReviewed)? { bodies[body]?.reviews[year] }

    /// Every appointment to a body, in log order, with its position.
    public func appointments(of body: String) -> [(position: UInt64, appointment: MemberAppointed)] { bodies[body]?.appointments ?? [] }

    /// The business dates of a body's events, in log order.
    public func eventDates(of body: String) -> [CalendarDate] { bodies[body]?.dates ?? [] }
}
