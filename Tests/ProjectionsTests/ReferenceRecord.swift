import Calendar
import Council
@testable import Projections

/// What documents counted before the read model, written as they wrote it: from every event of the
/// log held in memory, each query scanning them again. The read model must answer the same.
struct ReferenceRecord {
    let state: CouncilState
    let events: [(position: UInt64, event: CouncilEvent)]
    let ownerAt: [UInt64: String]
    let functionUses: [FunctionUse]

    init(_ events: [(position: UInt64, event: CouncilEvent)]) {
        self.events = events
        var state = CouncilDecider.initialState
        var owner: [String: String] = [:]
        var ownerAt: [UInt64: String] = [:]
        var plans: [String: ActionPlanAdopted] = [:]
        var uses: [FunctionUse] = []
        for (position, event) in events {
            CouncilDecider.evolve(&state, event)
            switch event {
            case .issueRaised(let r): owner[r.issue] = r.raisedBy
            case .issueAssigned(let a): owner[a.issue] = a.to
            case .issueTransferred(let t): owner[t.issue] = t.to
            case .actionPlanAdopted(let p): plans[p.issue] = p
            default: break
            }
            if let issue = event.issueId, let body = owner[issue] { ownerAt[position] = body }
            uses += Self.uses(in: event, at: position, owner: owner, plans: plans)
        }
        self.state = state
        self.ownerAt = ownerAt
        self.functionUses = uses
    }

    static func uses(in event: CouncilEvent, at position: UInt64, owner: [String: String], plans: [String: ActionPlanAdopted]) -> [FunctionUse] {
        func each(_ functions: [CouncilFunction], body: String?, issue: String?, year: FiscalYear, _ source: FunctionUse.Source) -> [FunctionUse] {
            guard let body else { return [] }
            return Array(Set(functions)).sorted { $0.order < $1.order }.map {
                FunctionUse(function: $0, body: body, issue: issue, fiscalYear: year, source: source, position: position)
            }
        }
        switch event {
        case .bodyYearReviewed(let r):
            return each(r.functions, body: r.body, issue: nil, year: r.fiscalYear, .review)
        case .activityLogged(let a):
            let moved = a.advances.filter { $0.status == .inProgress || $0.status == .done }.map(\.action)
            let carried = plans[a.issue]?.actions.filter { moved.contains($0.number) }.flatMap(\.functions) ?? []
            return each(a.functions + carried, body: owner[a.issue], issue: a.issue, year: a.on.fiscalYear, .activity)
        case .issueEvaluated(let v):
            return each(v.functions, body: owner[v.issue], issue: v.issue, year: v.fiscalYear, .evaluation)
        default:
            return []
        }
    }

    func events(ofIssue id: String) -> [(position: UInt64, event: CouncilEvent)] { events.filter { $0.event.issueId == id } }

    func issues(of body: String, in year: FiscalYear) -> [String] {
        state.issuesInOrder.filter { issue in
            let events = events(ofIssue: issue.id).filter { $0.event.on <= year.lastDay }
            guard let last = events.last else { return false }
            let during = events.contains { year.contains($0.event.on) }
            if !during, self.issue(issue.id, on: year.firstDay.adding(days: -1))?.isClosed == true { return false }
            if ownerAt[last.position] == body { return true }
            return events.contains { year.contains($0.event.on) && ownerAt[$0.position] == body }
        }.map(\.id)
    }

    func issue(_ id: String, on date: CalendarDate) -> IssueState? {
        var past = CouncilState()
        for e in events(ofIssue: id) where e.event.on <= date { CouncilDecider.evolve(&past, e.event) }
        return past.issues[id]
    }

    func meetings(of body: String, in year: FiscalYear) -> [UInt64] {
        events.compactMap { e -> (UInt64, MeetingRecorded)? in
            guard case .meetingRecorded(let m) = e.event, m.body == body, year.contains(m.on) else { return nil }
            return (e.position, m)
        }.sorted { ($0.1.on, $0.1.number) < ($1.1.on, $1.1.number) }.map(\.0)
    }

    func policy(of body: String, in year: FiscalYear) -> UInt64? {
        events.last { if case .bodyPolicySet(let p) = $0.event { p.body == body && p.fiscalYear == year } else { false } }?.position
    }

    func review(of body: String, in year: FiscalYear) -> UInt64? {
        events.last { if case .bodyYearReviewed(let r) = $0.event { r.body == body && r.fiscalYear == year } else { false } }?.position
    }
}
