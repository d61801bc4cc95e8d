import Calendar
import Council
import EventStore
import JSON

/// The council at a glance, for lists: each issue's title, owner, phase and dates, and each body's
/// name, kind and status. Small enough that its snapshot loads in milliseconds, so a list costs the
/// events since the snapshot, not the whole log.
public struct CouncilSummary: Equatable, Sendable {
    public struct Issue: Equatable, Sendable {
        public var id: String
        public var title: String
        public var owner: String
        public var phase: IssuePhase
        public var phaseBeforeClose: IssuePhase?
        public var phaseOn: CalendarDate
        public var raisedOn: CalendarDate
        public var lastActivityOn: CalendarDate
        public var isClosed: Bool { phase == .closed }

        /// As `IssueState.advance`: a late entry dated earlier does not turn the phase back.
        mutating func advance(to phase: IssuePhase, on date: CalendarDate) {
            guard date >= phaseOn else { return }
            self.phase = phase
            phaseOn = date
        }
        public var fiscalYears: ClosedRange<Int> { raisedOn.fiscalYear.startYear...max(raisedOn.fiscalYear.startYear, lastActivityOn.fiscalYear.startYear) }
    }

    public struct Body: Equatable, Sendable {
        public var id: String
        public var name: String
        public var kind: BodyKind
        public var status: BodyStatus
        public var parent: String?
    }

    public var issues: [String: Issue] = [:]
    public var issueOrder: [String] = []
    public var bodies: [String: Body] = [:]
    public var bodyOrder: [String] = []

    public init() {}

    /// The summary of a full state (for lists that travel in time).
    public init(_ state: CouncilState) {
        issueOrder = state.issueOrder
        bodyOrder = state.bodyOrder
        for i in state.issuesInOrder {
            issues[i.id] = Issue(id: i.id, title: i.title, owner: i.owner, phase: i.phase, phaseBeforeClose: i.phaseBeforeClose,
                                 phaseOn: i.phaseOn, raisedOn: i.raisedOn, lastActivityOn: i.lastActivityOn)
        }
        for b in state.bodiesInOrder { bodies[b.id] = Body(id: b.id, name: b.name, kind: b.kind, status: b.status, parent: b.parent) }
    }

    public var issuesInOrder: [Issue] { issueOrder.compactMap { issues[$0] } }
    public var bodiesInOrder: [Body] { bodyOrder.compactMap { bodies[$0] } }

    mutating func apply(_ event: CouncilEvent) {
        switch event {
        case .bodyEstablished(let e):
            if bodies[e.body] == nil { bodyOrder.append(e.body) }
            bodies[e.body] = Body(id: e.body, name: e.name, kind: e.kind, status: .active, parent: e.parent)
        case .bodyRenamed(let e): bodies[e.body]?.name = e.name
        case .bodyPaused(let e): bodies[e.body]?.status = .paused
        case .bodyResumed(let e): bodies[e.body]?.status = .active
        case .bodyDissolved(let e): bodies[e.body]?.status = .dissolved
        case .issueRaised(let e):
            if issues[e.issue] == nil { issueOrder.append(e.issue) }
            issues[e.issue] = Issue(id: e.issue, title: e.title, owner: e.raisedBy, phase: .raised, phaseOn: e.on, raisedOn: e.on, lastActivityOn: e.on)
        case .issueAssigned(let e): touch(e.issue, e.on) { $0.owner = e.to }
        case .issueTransferred(let e): touch(e.issue, e.on) { $0.owner = e.to }
        case .issueAnalysed(let e): touch(e.issue, e.on) { $0.advance(to: .analysing, on: e.on) }
        case .actionPlanAdopted(let e): touch(e.issue, e.on) { $0.advance(to: .planned, on: e.on) }
        case .activityLogged(let e): touch(e.issue, e.on) { $0.advance(to: .executing, on: e.on) }
        case .issueEvaluated(let e): touch(e.issue, e.on) { $0.advance(to: .evaluated, on: e.on) }
        case .issueClosed(let e): touch(e.issue, e.on) { $0.phaseBeforeClose = $0.phase; $0.phase = .closed; $0.phaseOn = max($0.phaseOn, e.on) }
        case .issueReopened(let e): touch(e.issue, e.on) { $0.phase = $0.phaseBeforeClose ?? .raised }
        case .issueCarriedOver(let e): touch(e.issue, e.on) { _ in }
        default: break
        }
    }

    private mutating func touch(_ id: String, _ on: CalendarDate, _ change: (inout Issue) -> Void) {
        guard var issue = issues[id] else { return }
        change(&issue)
        issue.lastActivityOn = max(issue.lastActivityOn, on)
        issues[id] = issue
    }
}

/// The summary as a snapshotting projection.
public enum CouncilSummaryProjection: SnapshottingProjection {
    public static let name = "council-summary"
    public static let version = 2

    public static func initial() -> CouncilSummary { CouncilSummary() }

    /// A record that is not the council's, or cannot be read, changes nothing here.
    public static func prepare(_ record: RecordedEvent) -> CouncilEvent? {
        (try? CouncilLoader.event(from: record)) ?? nil
    }

    public static func apply(_ state: inout CouncilSummary, _ event: CouncilEvent) {
        state.apply(event)
    }

    public static func encode(_ s: CouncilSummary) -> [UInt8] {
        let issues: [JSONValue] = s.issuesInOrder.map { i in
            .array([.string(i.id), .string(i.title), .string(i.owner), .string(i.phase.rawValue), .string(i.phaseBeforeClose?.rawValue ?? ""),
                    .string(i.raisedOn.description), .string(i.lastActivityOn.description), .string(i.phaseOn.description)])
        }
        let bodies: [JSONValue] = s.bodiesInOrder.map { b in
            .array([.string(b.id), .string(b.name), .string(b.kind.rawValue), .string(b.status.rawValue), .string(b.parent ?? "")])
        }
        var out: [UInt8] = []
        JSONValue.object(["issues": .array(issues), "bodies": .array(bodies)]).serialize(into: &out)
        return out
    }

    public static func decode(_ bytes: [UInt8]) -> CouncilSummary? {
        guard case .object(let o)? = try? JSONValue.parse(bytes), case .array(let issues)? = o["issues"], case .array(let bodies)? = o["bodies"] else { return nil }
        var s = CouncilSummary()
        s.issues.reserveCapacity(issues.count)
        s.issueOrder.reserveCapacity(issues.count)
        for item in issues {
            guard case .array(let f) = item, f.count == 8, let id = f[0].stringValue, let title = f[1].stringValue, let owner = f[2].stringValue,
                  let phase = f[3].stringValue.flatMap(IssuePhase.init(rawValue:)), let before = f[4].stringValue,
                  let raised = f[5].stringValue.flatMap(CalendarDate.init(iso:)), let last = f[6].stringValue.flatMap(CalendarDate.init(iso:)),
                  let phaseOn = f[7].stringValue.flatMap(CalendarDate.init(iso:)) else { return nil }
            s.issueOrder.append(id)
            s.issues[id] = .init(id: id, title: title, owner: owner, phase: phase, phaseBeforeClose: IssuePhase(rawValue: before), phaseOn: phaseOn,
                                 raisedOn: raised, lastActivityOn: last)
        }
        for item in bodies {
            guard case .array(let f) = item, f.count == 5, let id = f[0].stringValue, let name = f[1].stringValue,
                  let kind = f[2].stringValue.flatMap(BodyKind.init(rawValue:)), let status = f[3].stringValue.flatMap(BodyStatus.init(rawValue:)),
                  let parent = f[4].stringValue else { return nil }
            s.bodyOrder.append(id)
            s.bodies[id] = .init(id: id, name: name, kind: kind, status: status, parent: parent.isEmpty ? nil : parent)
        }
        return s
    }
}
