import Calendar
import Council

/// The council as its documents read it, kept up to date event by event: the council's name and
/// bodies, each issue in brief with its tracks at every year's end, and — one section per fiscal
/// year — what that year's documents count: the uses of the council's functions, each issue's
/// events dated in the year (with whose work each was), and the evaluations for the year.
///
/// A fold of the log in order (`apply`), cached in snapshots: the core in one, each year's section
/// in its own (`CouncilReadModelStore`), so a document about 令和6年度 reads the core and that
/// year, not the whole history. No event's data is kept beyond what some document prints.
public struct CouncilReadModel: Sendable {
    /// The last position folded (0 for none).
    public internal(set) var position: UInt64 = 0
    /// The council's name and bodies, folded by `CouncilDecider.evolve` from the council's and the
    /// bodies' events; issues are kept apart, in brief (`issue(_:)`).
    public internal(set) var council = CouncilState()
    /// The council's and bodies' events folded so far, for the snapshot: folding them again is
    /// how a snapshot is read back, so bodies have one fold, the domain's.
    var councilEvents: [(position: UInt64, event: CouncilEvent)] = []
    var bodies: [String: BodyRecords] = [:]

    var issues: [IssueRecord] = []
    var issueNumbers: [String: Int] = [:]
    /// Issues in the order they were raised.
    public internal(set) var issueOrder: [String] = []

    /// The latest business date of any event folded.
    public internal(set) var latestDate: CalendarDate?
    /// The 年度 with a meeting, a policy, a review or issue work in them.
    public internal(set) var activeYears: Set<Int> = []

    /// The sections in memory, by fiscal year (first calendar year).
    var sections: [Int: YearSection] = [:]
    /// The position of the last event that changed each year's section: a section saved at or
    /// after it (and not after `position`) is the section now.
    var lastChanged: [Int: UInt64] = [:]
    /// Every section is in memory: the model was folded from the first event, not read from snapshots.
    var holdsEverySection = true
    /// Sections changed since the model was read.
    var changedSections: Set<Int> = []
    /// Council events folded into this value since it was made (for `SnapshotUse`).
    var eventsFolded: UInt64 = 0
    /// Its snapshots are worth saving: it was folded from the first event, or far enough past them.
    public internal(set) var isWorthSaving = false

    public init() {}

    /// A body's own records that its state does not keep with their positions.
    struct BodyRecords: Sendable {
        var meetings: [(position: UInt64, meeting: MeetingRecorded)] = []
        /// The latest policy and review of each 年度, with their positions.
        var policies: [FiscalYear: (position: UInt64, policy: BodyPolicySet)] = [:]
        var reviews: [FiscalYear: (position: UInt64, review: BodyYearReviewed)] = [:]
        var appointments: [(position: UInt64, appointment: MemberAppointed)] = []
        /// The business date of each of its events.
        var dates: [CalendarDate] = []
    }

    /// One issue in brief.
    struct IssueRecord: Sendable {
        var id: String
        var title = ""
        var raisedBy = ""
        var raisedOn: CalendarDate = .earliest
        var closure: IssueClosed?
        var lastActivityOn: CalendarDate = .earliest
        /// The owner in log order: set by each raise, assignment and transfer, whatever came before.
        var owner: String?
        /// The functions of the actions of the plan in force.
        var plan = PlanFunctions()
        var tracks = IssueYearTracks()
        /// Every body that owned the issue when one of its events was recorded.
        var owners: [String] = []

        init(id: String) { self.id = id }
    }
}

/// What one fiscal year's documents count.
struct YearSection: Sendable {
    /// Uses of the council's functions in the year, in log order.
    var uses: [FunctionUse] = []
    /// Each issue's events dated in the year, in log order.
    var issueEvents: [String: [IssueEventRef]] = [:]
    /// Each issue's latest evaluation for the year.
    var evaluations: [String: IssueEvaluated] = [:]
}

/// One event of an issue as the year documents list it: where it is in the log, when it happened,
/// whose work it was, and for an activity what was done.
public struct IssueEventRef: Equatable, Sendable {
    public var position: UInt64
    public var on: CalendarDate
    /// The body that owned the issue, in log order, when the event was recorded.
    public var ownerAt: String?
    public var activity: Activity?

    public struct Activity: Equatable, Sendable {
        public var kind: ActivityKind
        public var summary: String
    }
}

// MARK: Folding

extension CouncilReadModel {
    /// Gives the section of a year not in memory: the year, the position of the last event that
    /// changed it and the model's position (`CouncilReadModelStore`).
    typealias SectionSource = (_ year: Int, _ changed: UInt64, _ position: UInt64) throws -> YearSection

    /// Folds the next event of the log (a model folded from the first event).
    public mutating func apply(_ event: CouncilEvent, at position: UInt64) {
        // A model holding every section never asks for one.
        try! apply(event, at: position) { _, _, _ in YearSection() }
        eventsFolded += 1
    }

    /// Folds the next event of the log, asking `source` for any section it changes that is not in memory.
    mutating func apply(_ event: CouncilEvent, at position: UInt64, source: SectionSource) throws {
        // Last: a section read for this event must be the one before it.
        defer { self.position = position }
        latestDate = max(latestDate ?? event.on, event.on)
        if let id = event.issueId {
            try applyIssue(id, event, at: position, source: source)
        } else {
            foldCouncil(event, at: position)
            switch event {
            case .meetingRecorded(let m): activeYears.insert(m.on.fiscalYear.startYear)
            case .bodyPolicySet(let p): activeYears.insert(p.fiscalYear.startYear)
            case .bodyYearReviewed(let r):
                activeYears.insert(r.fiscalYear.startYear)
                let uses = FunctionUse.uses(in: event, at: position, owner: nil, plan: PlanFunctions())
                if !uses.isEmpty { try change(r.fiscalYear.startYear, at: position, source) { $0.uses += uses } }
            default: break
            }
        }
    }

    /// The council's and bodies' part of an event: also what reading a snapshot folds again.
    mutating func foldCouncil(_ event: CouncilEvent, at position: UInt64) {
        switch event {
        case .actorLinked, .actorUnlinked, .recordedOnBehalf:
            // Accounts are the writer's business; no document reads them.
            return
        default: break
        }
        councilEvents.append((position, event))
        CouncilDecider.evolve(&council, event)
        guard let body = event.bodyId else { return }
        // In place: no copy of a body's meetings per event.
        bodies[body, default: BodyRecords()].dates.append(event.on)
        switch event {
        case .meetingRecorded(let m): bodies[body]!.meetings.append((position, m))
        case .bodyPolicySet(let p): bodies[body]!.policies[p.fiscalYear] = (position, p)
        case .bodyYearReviewed(let r): bodies[body]!.reviews[r.fiscalYear] = (position, r)
        case .memberAppointed(let a): bodies[body]!.appointments.append((position, a))
        default: break
        }
    }

    mutating func applyIssue(_ id: String, _ event: CouncilEvent, at position: UInt64, source: SectionSource) throws {
        let number: Int
        if let n = issueNumbers[id] {
            number = n
        } else {
            number = issues.count
            issueNumbers[id] = number
            issues.append(IssueRecord(id: id))
        }
        let year = event.on.fiscalYear.startYear
        activeYears.insert(year)
        let ownerAt: String?
        let uses: [FunctionUse]
        do {
            // In place: no copy of the record's arrays per event.
            let exists = issues[number].tracks.now.exists
            switch event {
            case .issueRaised(let e):
                issues[number].owner = e.raisedBy
                if !exists { issueOrder.append(id) }
                issues[number].title = e.title
                issues[number].raisedBy = e.raisedBy
                issues[number].raisedOn = e.on
                issues[number].closure = nil
                issues[number].lastActivityOn = e.on
            case .issueAssigned(let e): issues[number].owner = e.to
            case .issueTransferred(let e): issues[number].owner = e.to
            case .actionPlanAdopted(let e): issues[number].plan = PlanFunctions(e)
            default: break
            }
            if exists, event.isIssueRaised == false {
                issues[number].lastActivityOn = max(issues[number].lastActivityOn, event.on)
                switch event {
                case .issueClosed(let e): issues[number].closure = e
                case .issueReopened: issues[number].closure = nil
                default: break
                }
            }
            ownerAt = issues[number].owner
            issues[number].tracks.fold(event, ownerAt: ownerAt)
            if let ownerAt, !issues[number].owners.contains(ownerAt) { issues[number].owners.append(ownerAt) }
            uses = FunctionUse.uses(in: event, at: position, owner: ownerAt, plan: issues[number].plan)
        }
        var ref = IssueEventRef(position: position, on: event.on, ownerAt: ownerAt)
        if case .activityLogged(let a) = event { ref.activity = .init(kind: a.kind, summary: a.summary) }
        try change(year, at: position, source) { $0.issueEvents[id, default: []].append(ref) }
        for use in uses {
            try change(use.fiscalYear.startYear, at: position, source) { $0.uses.append(use) }
        }
        if case .issueEvaluated(let v) = event {
            try change(v.fiscalYear.startYear, at: position, source) { $0.evaluations[id] = v }
        }
    }

    /// Changes a year's section, reading it first if it is not in memory.
    mutating func change(_ year: Int, at position: UInt64, _ source: SectionSource, _ body: (inout YearSection) -> Void) throws {
        if sections[year] == nil {
            if holdsEverySection { sections[year] = YearSection() } else if let changed = lastChanged[year] {
                sections[year] = try source(year, changed, self.position)
            } else {
                sections[year] = YearSection()
            }
        }
        body(&sections[year]!)
        lastChanged[year] = position
        changedSections.insert(year)
    }
}

extension CouncilEvent {
    var isIssueRaised: Bool {
        if case .issueRaised = self { true } else { false }
    }
}
