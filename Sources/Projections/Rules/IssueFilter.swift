import Calendar
import Council

/// The filters of `issue list` (and of any list of issues a front offers): by owning body, phase,
/// fiscal year worked in, and open only. Defined once, applied to whatever summary a list holds.
public struct IssueFilter: Equatable, Sendable {
    public var body: String?
    public var phase: IssuePhase?
    /// Issues worked in this 年度: raised in it or before, with an event in it or after.
    public var fiscalYear: FiscalYear?
    public var openOnly = false

    public init(body: String? = nil, phase: IssuePhase? = nil, fiscalYear: FiscalYear? = nil, openOnly: Bool = false) {
        self.body = body
        self.phase = phase
        self.fiscalYear = fiscalYear
        self.openOnly = openOnly
    }

    public func matches(owner: String, phase: IssuePhase, fiscalYears: ClosedRange<Int>) -> Bool {
        (body == nil || owner == body) && (self.phase == nil || phase == self.phase) && (!openOnly || phase != .closed)
            && (fiscalYear.map { fiscalYears.contains($0.startYear) } ?? true)
    }

    public func matches(_ issue: CouncilSummary.Issue) -> Bool {
        matches(owner: issue.owner, phase: issue.phase, fiscalYears: issue.fiscalYears)
    }

    public func matches(_ issue: IssueOverview) -> Bool {
        matches(owner: issue.owner, phase: issue.phase, fiscalYears: issue.fiscalYears)
    }
}
