import Calendar
import Council

/// The filters of `issue list` (and of any list of issues a front offers): by owning body, phase,
/// fiscal year worked in, category, target group, area, and open or closed. Defined once, applied
/// to whatever summary a list holds.
public struct IssueFilter: Equatable, Sendable {
    public var body: String?
    public var phase: IssuePhase?
    /// Issues worked in this 年度: raised in it or before, with an event in it or after.
    public var fiscalYear: FiscalYear?
    public var openOnly = false
    public var closedOnly = false
    /// Issues with this category among theirs (分類), as recorded.
    public var category: String?
    /// Issues with this target group among theirs (対象者の区分), as recorded.
    public var group: String?
    /// Issues of this area (地区), as recorded.
    public var area: String?

    public init(body: String? = nil, phase: IssuePhase? = nil, fiscalYear: FiscalYear? = nil, openOnly: Bool = false, closedOnly: Bool = false,
                category: String? = nil, group: String? = nil, area: String? = nil) {
        self.body = body
        self.phase = phase
        self.fiscalYear = fiscalYear
        self.openOnly = openOnly
        self.closedOnly = closedOnly
        self.category = category
        self.group = group
        self.area = area
    }

    public func matches(owner: String, phase: IssuePhase, fiscalYears: ClosedRange<Int>) -> Bool {
        (body == nil || owner == body) && (self.phase == nil || phase == self.phase) && (!openOnly || phase != .closed)
            && (!closedOnly || phase == .closed) && (fiscalYear.map { fiscalYears.contains($0.startYear) } ?? true)
    }

    public func matches(_ issue: CouncilSummary.Issue) -> Bool {
        matches(owner: issue.owner, phase: issue.phase, fiscalYears: issue.fiscalYears)
            && (category.map(issue.categories.contains) ?? true) && (group.map(issue.groups.contains) ?? true)
            && (area.map { $0 == issue.area } ?? true)
    }
}
