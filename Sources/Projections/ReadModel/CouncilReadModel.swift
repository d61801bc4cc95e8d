import Calendar
import Council

/// The council as its documents read it, kept up to date event by event. The core: the council's
/// name and bodies, the order issues were raised in, and which 年度 have work in them. Beside it,
/// in sections read only by the documents that need them: every issue in brief, with its phase and
/// owner at the end of every year (`issues`); for each fiscal year, the uses of the council's
/// functions (`uses`), and each issue's events dated in the year with whose work each was, and the
/// evaluations for the year (`work`).
///
/// A fold of the log in order (`apply`), cached in snapshots: the core in one, each section in its
/// own (`CouncilReadModelStore`), so the scorecard of 令和6年度 reads the core and two years' uses,
/// not the whole history. No event's data is kept beyond what some document prints.
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
    /// Issues in the order they were raised.
    public internal(set) var issueOrder: [String] = []
    /// The latest business date of any event folded.
    public internal(set) var latestDate: CalendarDate?
    /// The 年度 with a meeting, a policy, a review or issue work in them.
    public internal(set) var activeYears: Set<Int> = []

    // The sections in memory (nil or absent: not read).
    var issueTable: IssueTable?
    var uses: [Int: [FunctionUse]] = [:]
    var work: [Int: YearWork] = [:]
    /// The position of the last event that changed each section: a section saved at or after it
    /// (and not after `position`) is the section now.
    var lastChanged: [Section: UInt64] = [:]
    /// Every section is in memory: the model was folded from the first event, not read from snapshots.
    var holdsEverySection = true
    /// Sections changed since the model was read.
    var changedSections: Set<Section> = []
    /// Council events folded into this value since it was made (for `SnapshotUse`).
    var eventsFolded: UInt64 = 0
    /// Its snapshots are worth saving: they would spare the next reader a long fold.
    public internal(set) var isWorthSaving = false
    let issuesWorkedMemo = IssuesWorkedMemo()

    public init() {}

    /// A part of the model kept in a snapshot of its own.
    public enum Section: Hashable, Comparable, Sendable {
        /// Every issue in brief.
        case issues
        /// One fiscal year's uses of the council's functions.
        case uses(Int)
        /// One fiscal year's issue work: events dated in it, evaluations for it.
        case work(Int)
    }

    /// A body's own records that its state does not keep with their positions.
    struct BodyRecords: Sendable {
        var meetings: [(position: UInt64, meeting: MeetingRecorded)] = []
        /// The latest policy and review of each 年度, with their positions.
        var policies: [FiscalYear: (position: UInt64, policy: BodyPolicySet)] = [:]
        var reviews: [FiscalYear: (position: UInt64, review: BodyYearReviewed)] = [:]
        var appointments: [(position: UInt64, appointment: MemberAppointed)] = []
        /// The positions of each 年度's work item table records (事業項目), in log order.
        var work: [FiscalYear: [UInt64]] = [:]
        /// The business date of each of its events.
        var dates: [CalendarDate] = []
    }

    /// Every issue in brief, numbered in the order it was first seen.
    struct IssueTable: Sendable {
        var issues: [IssueRecord] = []
        var numbers: [String: Int] = [:]
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

/// One fiscal year's issue work.
struct YearWork: Sendable {
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
        /// The id of the meeting it was done at, as recorded.
        public var meeting: String?
        /// When, as precisely as recorded: print this, not the ref's `on`.
        public var when: PartialDate
    }
}

// MARK: Folding

extension CouncilReadModel {
    /// A section as a snapshot holds it.
    enum SectionValue {
        case issues(IssueTable)
        case uses([FunctionUse])
        case work(YearWork)
    }

    /// Gives a section not in memory: which, the position of the last event that changed it, and
    /// the model's position (`CouncilReadModelStore`).
    typealias SectionSource = (_ section: Section, _ changed: UInt64, _ position: UInt64) throws -> SectionValue

    /// Folds the next event of the log into a model folded from the first event, which holds every
    /// section. A model read from snapshots folds new events through `CouncilReadModelStore.catchUp`,
    /// which reads the sections they change.
    public mutating func apply(_ event: CouncilEvent, at position: UInt64) {
        // A model holding every section never asks for one.
        try! apply(event, at: position) { _, _, _ in preconditionFailure("a model holding every section asked for one") }
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
            case .workItemSet(let w): activeYears.insert(w.fiscalYear.startYear)
            case .workEntryRecorded(let w): activeYears.insert(w.fiscalYear.startYear)
            case .workTableDated(let w): activeYears.insert(w.fiscalYear.startYear)
            case .bodyYearReviewed(let r):
                activeYears.insert(r.fiscalYear.startYear)
                let found = FunctionUse.uses(in: event, at: position, owner: nil, plan: PlanFunctions())
                if !found.isEmpty { try changeUses(r.fiscalYear.startYear, at: position, source) { $0 += found } }
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
        // In place: no copy of a body's meetings per event. The days a document may call its own
        // (a status report's 更新日): days that were recorded, not a month's last day, and not
        // the day next year's plan was made.
        if bodies[body] == nil { bodies[body] = BodyRecords() }
        switch event {
        case .meetingPlanned, .meetingPlanChanged: break
        default: if let day = event.when.day { bodies[body]!.dates.append(day) }
        }
        switch event {
        case .meetingRecorded(let m): bodies[body]!.meetings.append((position, m))
        case .bodyPolicySet(let p): bodies[body]!.policies[p.fiscalYear] = (position, p)
        case .bodyYearReviewed(let r): bodies[body]!.reviews[r.fiscalYear] = (position, r)
        case .memberAppointed(let a): bodies[body]!.appointments.append((position, a))
        case .workItemSet(let w): bodies[body]!.work[w.fiscalYear, default: []].append(position)
        case .workEntryRecorded(let w): bodies[body]!.work[w.fiscalYear, default: []].append(position)
        case .workTableDated(let w): bodies[body]!.work[w.fiscalYear, default: []].append(position)
        default: break
        }
    }

    mutating func applyIssue(_ id: String, _ event: CouncilEvent, at position: UInt64, source: SectionSource) throws {
        let year = event.on.fiscalYear.startYear
        activeYears.insert(year)
        let ownerAt: String?
        let found: [FunctionUse]
        if issueTable == nil {
            if case .issues(let table)? = try read(.issues, source) { issueTable = table } else { issueTable = IssueTable() }
        }
        lastChanged[.issues] = position
        changedSections.insert(.issues)
        // In place: no copy of the table or of a record's arrays per event.
        let number: Int
        if let n = issueTable!.numbers[id] {
            number = n
        } else {
            number = issueTable!.issues.count
            issueTable!.numbers[id] = number
            issueTable!.issues.append(IssueRecord(id: id))
        }
        do {
            let exists = issueTable!.issues[number].tracks.now.exists
            switch event {
            case .issueRaised(let e):
                if !exists { issueOrder.append(id) }
                issueTable!.issues[number].owner = e.raisedBy
                issueTable!.issues[number].title = e.title
                issueTable!.issues[number].raisedBy = e.raisedBy
                issueTable!.issues[number].raisedOn = e.on
                issueTable!.issues[number].closure = nil
                issueTable!.issues[number].lastActivityOn = e.on
            case .issueAssigned(let e): issueTable!.issues[number].owner = e.to
            case .issueTransferred(let e): issueTable!.issues[number].owner = e.to
            case .actionPlanAdopted(let e): issueTable!.issues[number].plan = PlanFunctions(e)
            default: break
            }
            if exists, !event.isIssueRaised {
                // As `IssueState`: what an issue's events change once it is raised.
                issueTable!.issues[number].lastActivityOn = max(issueTable!.issues[number].lastActivityOn, event.activityDay)
                switch event {
                case .issueClosed(let e): issueTable!.issues[number].closure = e
                case .issueReopened: issueTable!.issues[number].closure = nil
                default: break
                }
            }
            ownerAt = issueTable!.issues[number].owner
            issueTable!.issues[number].tracks.fold(event, ownerAt: ownerAt)
            if let ownerAt, !issueTable!.issues[number].owners.contains(ownerAt) { issueTable!.issues[number].owners.append(ownerAt) }
            found = FunctionUse.uses(in: event, at: position, owner: ownerAt, plan: issueTable!.issues[number].plan)
        }
        var ref = IssueEventRef(position: position, on: event.on, ownerAt: ownerAt)
        if case .activityLogged(let a) = event { ref.activity = .init(kind: a.kind, summary: a.summary, meeting: a.meeting, when: a.when) }
        try changeWork(year, at: position, source) { $0.issueEvents[id, default: []].append(ref) }
        for use in found {
            try changeUses(use.fiscalYear.startYear, at: position, source) { $0.append(use) }
        }
        if case .issueEvaluated(let v) = event {
            try changeWork(v.fiscalYear.startYear, at: position, source) { $0.evaluations[id] = v }
        }
    }

    /// A section not in memory: empty when no event has changed it, otherwise from `source`.
    func read(_ section: Section, _ source: SectionSource) throws -> SectionValue? {
        guard !holdsEverySection, let changed = lastChanged[section] else { return nil }
        return try source(section, changed, position)
    }

    mutating func changeUses(_ year: Int, at position: UInt64, _ source: SectionSource, _ body: (inout [FunctionUse]) -> Void) throws {
        if uses[year] == nil {
            if case .uses(let found)? = try read(.uses(year), source) { uses[year] = found } else { uses[year] = [] }
        }
        body(&uses[year]!)
        lastChanged[.uses(year)] = position
        changedSections.insert(.uses(year))
    }

    mutating func changeWork(_ year: Int, at position: UInt64, _ source: SectionSource, _ body: (inout YearWork) -> Void) throws {
        if work[year] == nil {
            if case .work(let found)? = try read(.work(year), source) { work[year] = found } else { work[year] = YearWork() }
        }
        body(&work[year]!)
        lastChanged[.work(year)] = position
        changedSections.insert(.work(year))
    }

    /// Puts a section read from its snapshot in memory.
    mutating func hold(_ value: SectionValue, as section: Section) {
        switch (section, value) {
        case (.issues, .issues(let table)): issueTable = table
        case (.uses(let year), .uses(let found)): uses[year] = found
        case (.work(let year), .work(let found)): work[year] = found
        default: preconditionFailure("the section \(section) read as another")
        }
    }

    /// Whether a section is in memory (or empty: no event changed it).
    public func holds(_ section: Section) -> Bool {
        if lastChanged[section] == nil { return true }
        switch section {
        case .issues: return issueTable != nil
        case .uses(let year): return uses[year] != nil
        case .work(let year): return work[year] != nil
        }
    }
}

extension CouncilEvent {
    var isIssueRaised: Bool {
        if case .issueRaised = self { true } else { false }
    }
}
