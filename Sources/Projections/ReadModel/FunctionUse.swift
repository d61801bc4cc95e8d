import Calendar
import Council

/// One place a council function (情報・調整・開発・教育・権利擁護・評価) was exercised: by a body,
/// in a 年度, through its year-end review, an activity of an issue (with the functions of the plan's
/// actions it carried forward), or an evaluation. A plan alone exercises nothing: it is intention.
public struct FunctionUse: Sendable, Equatable {
    public enum Source: String, Sendable, CaseIterable {
        case review, activity, evaluation
    }
    public var function: CouncilFunction
    public var body: String
    public var issue: String?
    public var fiscalYear: FiscalYear
    public var source: Source
    public var position: UInt64

    public init(function: CouncilFunction, body: String, issue: String?, fiscalYear: FiscalYear, source: Source, position: UInt64) {
        self.function = function
        self.body = body
        self.issue = issue
        self.fiscalYear = fiscalYear
        self.source = source
        self.position = position
    }

    /// The uses an event records, given the owner (in log order) of its issue and the functions
    /// of the actions of the issue's plan in force when it was recorded.
    static func uses(in event: CouncilEvent, at position: UInt64, owner: String?, plan: PlanFunctions) -> [FunctionUse] {
        func each(_ functions: FunctionSet, body: String?, issue: String?, year: FiscalYear, _ source: Source) -> [FunctionUse] {
            guard let body else { return [] }
            return functions.members.map {
                FunctionUse(function: $0, body: body, issue: issue, fiscalYear: year, source: source, position: position)
            }
        }
        switch event {
        case .bodyYearReviewed(let r):
            return each(FunctionSet(r.functions), body: r.body, issue: nil, year: r.fiscalYear, .review)
        case .activityLogged(let a):
            // An action it moved forward exercises the functions the plan gave that action.
            let moved = a.advances.filter { $0.status == .inProgress || $0.status == .done }.map(\.action)
            let carried = plan.actions.filter { moved.contains($0.number) }.reduce(FunctionSet()) { $0.union($1.functions) }
            return each(FunctionSet(a.functions).union(carried), body: owner, issue: a.issue, year: a.on.fiscalYear, .activity)
        case .issueEvaluated(let v):
            return each(FunctionSet(v.functions), body: owner, issue: v.issue, year: v.fiscalYear, .evaluation)
        default:
            return []
        }
    }
}

/// A set of council functions, listed in the order the review sheets list them: 情報, 調整, 開発,
/// 教育, 権利擁護, 評価.
public struct FunctionSet: Equatable, Sendable {
    public var bits: UInt8 = 0

    public init(_ functions: [CouncilFunction] = []) {
        for f in functions { bits |= 1 << UInt8(f.order) }
    }

    init(bits: UInt8) { self.bits = bits & 0x3F }

    public func union(_ other: FunctionSet) -> FunctionSet { FunctionSet(bits: bits | other.bits) }
    public func contains(_ f: CouncilFunction) -> Bool { bits & (1 << UInt8(f.order)) != 0 }
    public var members: [CouncilFunction] { CouncilFunction.allCases.filter(contains) }
}

/// The functions each action of an issue's plan in force names, by action number.
public struct PlanFunctions: Equatable, Sendable {
    public var actions: [(number: Int, functions: FunctionSet)] = []

    public init() {}

    init(_ plan: ActionPlanAdopted) {
        actions = plan.actions.map { ($0.number, FunctionSet($0.functions)) }
    }

    public static func == (a: PlanFunctions, b: PlanFunctions) -> Bool {
        a.actions.elementsEqual(b.actions) { $0.number == $1.number && $0.functions == $1.functions }
    }
}

extension CouncilFunction {
    /// The order the review sheets list them in: 情報, 調整, 開発, 教育, 権利擁護, 評価.
    public var order: Int { CouncilFunction.allCases.firstIndex(of: self)! }
}
