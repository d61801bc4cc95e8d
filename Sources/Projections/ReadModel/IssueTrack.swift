import Calendar
import Council

/// An issue's phase and owner as a fold of its events makes them — the fold `IssueState` does
/// (`CouncilDecider.evolve`), kept to what lists and year documents read — plus who owned the issue,
/// in log order, when its last folded event was recorded. Small enough to keep one per issue and
/// fiscal year, so "the issue as it stood at the end of 令和5年度" needs no event read again.
/// `IssueTrackTests` holds it to `IssueState` over every kind of event.
public struct IssueTrack: Equatable, Sendable {
    /// Some event of the issue was folded (raised or not).
    public var seen = false
    /// The issue was raised: before that, as in `CouncilState`, its other events change nothing.
    public var exists = false
    public var phase: IssuePhase = .raised
    /// The business date of the event that set the phase (see `IssueState.phaseOn`).
    public var phaseOn: CalendarDate = .earliest
    public var phaseBeforeClose: IssuePhase?
    /// The body working on it (`IssueState.owner`).
    public var owner = ""
    /// An assignment or transfer was folded, raised or not: the steering meeting has given it a body.
    public var handed = false
    /// The owner, as the log had it, when the last folded event was recorded (nil before any
    /// body is known): whose work that event was.
    public var lastOwnerAt: String?

    public init() {}

    public var isClosed: Bool { exists && phase == .closed }

    /// Folds one of the issue's events; `ownerAt` is the owner in log order once it was recorded.
    public mutating func fold(_ event: CouncilEvent, ownerAt: String?) {
        seen = true
        lastOwnerAt = ownerAt
        switch event {
        case .issueAssigned, .issueTransferred: handed = true
        default: break
        }
        if case .issueRaised(let e) = event {
            // As `CouncilDecider.evolve`: a raise starts the issue afresh.
            exists = true
            phase = .raised
            phaseOn = e.on
            phaseBeforeClose = nil
            owner = e.raisedBy
            return
        }
        guard exists else { return }
        Self.evolve(phase: &phase, phaseOn: &phaseOn, phaseBeforeClose: &phaseBeforeClose, owner: &owner, event)
    }

    /// The phase and owner rules of `IssueState.evolve`, written once for the compact folds of
    /// Projections (this track and `CouncilSummary`).
    static func evolve(phase: inout IssuePhase, phaseOn: inout CalendarDate, phaseBeforeClose: inout IssuePhase?, owner: inout String,
                       _ event: CouncilEvent) {
        func advance(to next: IssuePhase, on date: CalendarDate) {
            guard date >= phaseOn else { return }
            phase = next
            phaseOn = date
        }
        switch event {
        case .issueAssigned(let e): owner = e.to
        case .issueTransferred(let e): owner = e.to
        case .issueAnalysed(let e): advance(to: .analysing, on: e.on)
        case .actionPlanAdopted(let e): advance(to: .planned, on: e.on)
        case .activityLogged(let e): advance(to: .executing, on: e.when.firstDay)
        case .issueEvaluated(let e): advance(to: .evaluated, on: e.on)
        case .issueClosed(let e):
            phaseBeforeClose = phase
            phase = .closed
            phaseOn = max(phaseOn, e.on)
        case .issueReopened:
            phase = phaseBeforeClose ?? .raised
        default:
            break
        }
    }
}

/// An issue's tracks at the end of each fiscal year in which it has an event, and now. Between
/// those years nothing changes, so the track at any year's end is the one of the latest year with
/// an event up to it. Events come in log order: a new one is folded into the tracks of its own
/// year and every later year, whatever its business date.
public struct IssueYearTracks: Equatable, Sendable {
    /// By `key`, ascending: the track at the key's day (a fiscal year's last day).
    public private(set) var years: [(key: Int, track: IssueTrack)] = []
    /// Every event folded.
    public private(set) var now = IssueTrack()
    /// The latest business date folded.
    public private(set) var lastDate: CalendarDate = .earliest

    public init() {}

    init(years: [(key: Int, track: IssueTrack)], now: IssueTrack, lastDate: CalendarDate) {
        self.years = years
        self.now = now
        self.lastDate = lastDate
    }

    /// A fiscal year's first calendar year; -1 for the calendar's first day, the day before FY0
    /// begins as documents ask it ("closed before the year began"), which no year's end is.
    static func key(_ date: CalendarDate) -> Int { date == .earliest ? -1 : date.fiscalYear.startYear }

    public mutating func fold(_ event: CouncilEvent, ownerAt: String?) {
        let key = Self.key(event.on)
        let at = years.firstIndex { $0.key >= key } ?? years.count
        if at == years.count || years[at].key != key {
            // The year's end saw what the latest earlier year's end saw.
            years.insert((key, at == 0 ? IssueTrack() : years[at - 1].track), at: at)
        }
        for i in at..<years.count { years[i].track.fold(event, ownerAt: ownerAt) }
        now.fold(event, ownerAt: ownerAt)
        lastDate = max(lastDate, event.on)
    }

    /// The track of the events dated on or before `date`, when that is the last day of a fiscal
    /// year (or the calendar's first day), on or after the latest event or in a year before the
    /// first; nil for any other day (the tracks do not say).
    public func track(on date: CalendarDate) -> IssueTrack? {
        guard !years.isEmpty else { return IssueTrack() }
        if date >= lastDate { return now }
        if date.fiscalYear.startYear < years[0].key { return IssueTrack() }
        guard date == .earliest || date == date.fiscalYear.lastDay else { return nil }
        let key = Self.key(date)
        return years.last { $0.key <= key }?.track ?? IssueTrack()
    }

    public static func == (a: IssueYearTracks, b: IssueYearTracks) -> Bool {
        a.now == b.now && a.lastDate == b.lastDate && a.years.elementsEqual(b.years) { $0.key == $1.key && $0.track == $1.track }
    }
}
