import Calendar

/// One regional issue as its events have made it: every analysis, plan revision, activity and
/// evaluation is kept, so reads can show the whole journey.
public struct IssueState: Equatable, Sendable {
    public var id: String
    public var title: String
    public var summary: String?
    public var raisedBy: String
    /// The body working on it now.
    public var owner: String
    public var phase: IssuePhase = .raised
    public var raisedOn: CalendarDate
    public var source: String?
    public var categories: [String]
    public var groups: [String]
    public var area: String?
    public var ownership: [IssueTransferred] = []
    public var analyses: [IssueAnalysed] = []
    /// Every revision of the action plan; the last is in force.
    public var plans: [ActionPlanAdopted] = []
    public var actionStatus: [Int: ActionStatus] = [:]
    public var activities: [ActivityLogged] = []
    public var evaluations: [IssueEvaluated] = []
    public var closure: IssueClosed?
    public var reopenings: [IssueReopened] = []
    public var carryOvers: [IssueCarriedOver] = []
    /// Case notes attached (references into the vault), in order, and those erased since.
    public var caseNotes: [CaseNoteAttached] = []
    public var forgottenNotes: Set<String> = []
    /// The business date of the event that set the phase: an entry made late, dated earlier, is
    /// kept in the history but does not turn the phase back.
    public var phaseOn: CalendarDate
    /// Where it stood before it was closed, to return there when reopened.
    public var phaseBeforeClose: IssuePhase?
    /// The business date of its latest event.
    public var lastActivityOn: CalendarDate
    /// Events of this issue's stream, for its expected version.
    public var version: UInt64 = 0

    public init(raised e: IssueRaised) {
        id = e.issue
        title = e.title
        summary = e.summary
        raisedBy = e.raisedBy
        owner = e.raisedBy
        raisedOn = e.on
        source = e.source
        categories = e.categories
        groups = e.groups
        area = e.area
        lastActivityOn = e.on
        phaseOn = e.on
    }

    /// Moves to `phase` unless the event is dated before the one that set the current phase.
    mutating func advance(to phase: IssuePhase, on date: CalendarDate) {
        guard date >= phaseOn else { return }
        self.phase = phase
        phaseOn = date
    }

    public var isClosed: Bool { phase == .closed }
    public var currentPlan: ActionPlanAdopted? { plans.last }

    /// The fiscal years the issue has been worked in: from its raising to its latest event.
    public var fiscalYears: ClosedRange<Int> { raisedOn.fiscalYear.startYear...max(raisedOn.fiscalYear.startYear, lastActivityOn.fiscalYear.startYear) }
}
