import Accounts
import Calendar
import Council
import Projections

extension CouncilService {
    /// The secret addresses of calendar feeds, beside the accounts.
    public var calendarTokens: CalendarTokens { CalendarTokens(store: store.directory) }

    /// The bodies a person's pages and feeds are about: those the actor sits on today, or every
    /// body that has not ended for someone who sits on none (the secretariat, the administrator).
    func bodies(of actor: String, in council: CouncilState) -> [BodyState] {
        let all = council.bodyOrder.compactMap { council.bodies[$0] }
        let seated = all.filter { b in b.currentMembers.contains { $0.member == actor } }
        return (seated.isEmpty ? all : seated).filter { $0.status != .dissolved }
    }

    /// The calendar of the actor's bodies, or of the one body `only` among them: each meeting they
    /// held and each action of their open issues with a due date, not done or dropped. Nil when
    /// `only` names no body of the actor's.
    public func calendar(for actor: String, only: String? = nil) throws -> [CalendarEntry]? {
        try exclusively {
            let record = try record(try reader(at: .now, caseNotes: false), parts: .init(issues: true))
            let council = record.model.council
            var bodies = bodies(of: actor, in: council)
            if let only {
                // A person's feed is of their own bodies: another body's, even by its address, is no feed.
                guard let body = bodies.first(where: { $0.id == only }) else { return nil }
                bodies = [body]
            }
            var entries: [CalendarEntry] = []
            for b in bodies {
                for m in b.meetings {
                    entries.append(CalendarEntry(uid: "meeting-\(b.id)-\(m.on)-\(m.number)", day: m.on,
                                                 kind: .meeting(body: b.id, bodyName: b.name, number: m.number, agenda: m.agenda)))
                }
            }
            let owners = Set(bodies.map(\.id))
            let open = record.model.issuesInOrder.filter { owners.contains($0.owner) && $0.phase != .closed }
            let states = try CouncilLoader(store: store).state(issues: open.map(\.id))
            for issue in open {
                guard let state = states.issues[issue.id], let plan = state.currentPlan else { continue }
                for a in plan.actions {
                    guard let due = a.due, ![.done, .dropped].contains(IssueRules.status(of: a, in: state)) else { continue }
                    entries.append(CalendarEntry(uid: "due-\(issue.id)-\(plan.revision)-\(a.number)", day: due,
                                                 kind: .due(issue: issue.id, title: issue.title, action: a.number, what: a.what, who: a.who)))
                }
            }
            return entries.sorted { ($0.day, $0.uid) < ($1.day, $1.uid) }
        }
    }
}
