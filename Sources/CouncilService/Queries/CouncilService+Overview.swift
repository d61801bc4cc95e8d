import Calendar
import Council
import EventStore
import Projections

extension CouncilService {
    /// The start page of `actor` on `day`, with what was recorded after `since` (at most `limit`
    /// records, the latest). From the read model held at the head, and the full state of the
    /// open issues of the actor's bodies only.
    public func overview(for actor: String, on day: CalendarDate, since: Timestamp?, limit: Int = 20) throws -> Overview {
        try exclusively {
            let record = try record(try reader(at: .now, caseNotes: false), parts: .init(issues: true))
            let bodies = bodies(of: actor, in: record.model.council)
            let owners = Set(bodies.map(\.id))
            let open = record.model.issuesInOrder.filter { owners.contains($0.owner) && $0.phase != .closed }
            let states = try CouncilLoader(store: store).state(issues: open.map(\.id))
            var overdue: [(issue: IssueOverview, action: PlannedAction, status: ActionStatus)] = []
            for issue in open {
                guard let state = states.issues[issue.id] else { continue }
                overdue += IssueRules.overdueActions(of: state, on: day).map { (issue, $0.action, $0.status) }
            }
            var recent: [RecordedEvent] = []
            if let since {
                // Only the latest `limit` records after `since` are shown: only those are read.
                let head = store.headPosition
                let first = max(try store.head(knownAt: since) + 1, head >= UInt64(limit) ? head - UInt64(limit) + 1 : 1)
                if first <= head { try store.forEach(from: first) { recent.append($0) } }
            }
            return Overview(bodies: bodies, openIssues: open, overdue: overdue, recent: recent.reversed())
        }
    }
}
