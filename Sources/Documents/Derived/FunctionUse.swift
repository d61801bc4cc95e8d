import Calendar
import Council
import Projections

/// One place a council function (情報・調整・開発・教育・権利擁護・評価) was exercised: by a body,
/// in a 年度, through its year-end review, an activity of an issue (with the functions of the plan's
/// actions it carried forward), or an evaluation. A plan alone exercises nothing: it is intention.
public struct FunctionUse: Sendable, Equatable {
    public enum Source: String, Sendable {
        case review, activity, evaluation
    }
    public var function: CouncilFunction
    public var body: String
    public var issue: String?
    public var fiscalYear: FiscalYear
    public var source: Source
    public var position: UInt64

    /// The uses an event records, given the issues' owners and plans in force at that moment.
    static func uses(in e: LoggedEvent, owner: [String: String], plans: [String: ActionPlanAdopted]) -> [FunctionUse] {
        func each(_ functions: [CouncilFunction], body: String?, issue: String?, year: FiscalYear, _ source: Source) -> [FunctionUse] {
            guard let body else { return [] }
            return Array(Set(functions)).sorted { $0.order < $1.order }.map {
                FunctionUse(function: $0, body: body, issue: issue, fiscalYear: year, source: source, position: e.position)
            }
        }
        switch e.event {
        case .bodyYearReviewed(let r):
            return each(r.functions, body: r.body, issue: nil, year: r.fiscalYear, .review)
        case .activityLogged(let a):
            // An action it moved forward exercises the functions the plan gave that action.
            let moved = a.advances.filter { $0.status == .inProgress || $0.status == .done }.map(\.action)
            let carried = plans[a.issue]?.actions.filter { moved.contains($0.number) }.flatMap(\.functions) ?? []
            return each(a.functions + carried, body: owner[a.issue], issue: a.issue, year: a.on.fiscalYear, .activity)
        case .issueEvaluated(let v):
            return each(v.functions, body: owner[v.issue], issue: v.issue, year: v.fiscalYear, .evaluation)
        default:
            return []
        }
    }
}

extension CouncilFunction {
    /// The order the review sheets list them in: 情報, 調整, 開発, 教育, 権利擁護, 評価.
    var order: Int { CouncilFunction.allCases.firstIndex(of: self)! }
}
