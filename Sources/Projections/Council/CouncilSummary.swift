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
        /// As raised: the lists filter by them.
        public var categories: [String] = []
        public var groups: [String] = []
        public var area: String?
        public var isClosed: Bool { phase == .closed }

        mutating func touch(_ on: CalendarDate, _ change: (inout Issue) -> Void) {
            change(&self)
            lastActivityOn = max(lastActivityOn, on)
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
                                 phaseOn: i.phaseOn, raisedOn: i.raisedOn, lastActivityOn: i.lastActivityOn,
                                 categories: i.categories, groups: i.groups, area: i.area)
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
            issues[e.issue] = Issue(id: e.issue, title: e.title, owner: e.raisedBy, phase: .raised, phaseOn: e.on, raisedOn: e.on, lastActivityOn: e.on,
                                    categories: e.categories, groups: e.groups, area: e.area)
        // The phase and owner as `IssueState` has them (one rule, `IssueTrack.evolve`); the date of
        // the latest of these events, which lists filter fiscal years by.
        case .issueAssigned, .issueTransferred, .issueAnalysed, .actionPlanAdopted, .activityLogged, .issueEvaluated, .issueClosed,
             .issueReopened, .issueCarriedOver:
            guard let id = event.issueId else { return }
            touch(id, event.activityDay) { IssueTrack.evolve(phase: &$0.phase, phaseOn: &$0.phaseOn, phaseBeforeClose: &$0.phaseBeforeClose, owner: &$0.owner, event) }
        default: break
        }
    }

    private mutating func touch(_ id: String, _ on: CalendarDate, _ change: (inout Issue) -> Void) {
        if let index = issues.index(forKey: id) { issues.values[index].touch(on, change) }
    }
}

/// The summary as a snapshotting projection.
public enum CouncilSummaryProjection: SnapshottingProjection {
    public static let name = "council-summary"
    public static let version = 4

    public static func initial() -> CouncilSummary { CouncilSummary() }

    /// A record that is not the council's, or cannot be read, changes nothing here.
    public static func prepare(_ payload: RecordPayload) -> CouncilEvent? {
        (try? CouncilLoader.event(from: payload)) ?? nil
    }

    public static func apply(_ state: inout CouncilSummary, _ event: CouncilEvent) {
        state.apply(event)
    }

    /// Binary: tens of thousands of issues load in milliseconds, so a list costs the events since
    /// the snapshot rather than the snapshot itself. Strings are length-prefixed UTF-8, dates are
    /// days since 1970, vocabulary is the case's index.
    public static func encode(_ s: CouncilSummary) -> [UInt8] {
        var w = SnapshotWriter()
        w.int(s.issueOrder.count)
        for i in s.issuesInOrder {
            w.string(i.id); w.string(i.title); w.string(i.owner)
            w.word(i.phase); w.int(i.phaseBeforeClose.map { IssuePhase.allCases.firstIndex(of: $0)! + 1 } ?? 0)
            w.date(i.phaseOn); w.date(i.raisedOn); w.date(i.lastActivityOn)
            w.strings(i.categories); w.strings(i.groups)
            w.optionalString(i.area)
        }
        w.int(s.bodyOrder.count)
        for b in s.bodiesInOrder {
            w.string(b.id); w.string(b.name); w.word(b.kind); w.word(b.status); w.string(b.parent ?? "")
        }
        return w.bytes
    }

    public static func decode(_ bytes: [UInt8]) -> CouncilSummary? {
        var r = SnapshotReader(bytes)
        var s = CouncilSummary()
        guard let issueCount = r.int(), issueCount >= 0, issueCount <= bytes.count else { return nil }
        s.issues.reserveCapacity(issueCount)
        s.issueOrder.reserveCapacity(issueCount)
        for _ in 0..<issueCount {
            guard let id = r.string(), let title = r.string(), let owner = r.string(), let phase = r.word(IssuePhase.self),
                  let before = r.int(), before >= 0, before <= IssuePhase.allCases.count,
                  let phaseOn = r.date(), let raised = r.date(), let last = r.date(),
                  let categories = r.strings(), let groups = r.strings(), let area = r.optionalString() else { return nil }
            s.issueOrder.append(id)
            s.issues[id] = .init(id: id, title: title, owner: owner, phase: phase,
                                 phaseBeforeClose: before == 0 ? nil : IssuePhase.allCases[before - 1],
                                 phaseOn: phaseOn, raisedOn: raised, lastActivityOn: last, categories: categories, groups: groups, area: area)
        }
        guard let bodyCount = r.int(), bodyCount >= 0, bodyCount <= bytes.count else { return nil }
        for _ in 0..<bodyCount {
            guard let id = r.string(), let name = r.string(), let kind = r.word(BodyKind.self), let status = r.word(BodyStatus.self),
                  let parent = r.string() else { return nil }
            s.bodyOrder.append(id)
            s.bodies[id] = .init(id: id, name: name, kind: kind, status: status, parent: parent.isEmpty ? nil : parent)
        }
        return r.atEnd ? s : nil
    }
}
