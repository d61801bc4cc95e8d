import Calendar
import Council
import EventStore
import Hashing
import Projections

/// What every document is derived from: the council's state and its events with their positions,
/// read once, plus the indexes documents share (who owned an issue when, which functions were
/// exercised where). Nothing here is typed in: counts come from the events.
public struct CouncilRecord: Sendable {
    public let state: CouncilState
    public let events: [LoggedEvent]
    /// Every use of a council function, in log order.
    public let functionUses: [FunctionUse]
    /// The head of the log the record was read at: its position and chain hash. An audit trail
    /// prints it, so a reader can later prove the history it shows was not rewritten.
    public let head: (position: UInt64, hash: SHA256Digest)?
    /// Reads a case note's text from the vault (nil once erased); nil when the reader may not see
    /// case material at all.
    public let caseNoteText: (@Sendable (VaultReference) -> String?)?
    /// The body that owned each issue when each of its events happened, by position.
    let ownerAt: [UInt64: String]
    /// Each issue's events, as indexes into `events`: documents ask for them per issue, often.
    let issueEvents: [String: [Int]]

    public init(state: CouncilState, events: [LoggedEvent], head: (position: UInt64, hash: SHA256Digest)? = nil,
                caseNoteText: (@Sendable (VaultReference) -> String?)? = nil) {
        self.state = state
        self.events = events
        self.head = head
        self.caseNoteText = caseNoteText
        var owner: [String: String] = [:]
        var ownerAt: [UInt64: String] = [:]
        var plans: [String: ActionPlanAdopted] = [:]
        var uses: [FunctionUse] = []
        var issueEvents: [String: [Int]] = [:]
        for (index, e) in events.enumerated() {
            if let issue = e.event.issueId { issueEvents[issue, default: []].append(index) }
            switch e.event {
            case .issueRaised(let r): owner[r.issue] = r.raisedBy
            case .issueAssigned(let a): owner[a.issue] = a.to
            case .issueTransferred(let t): owner[t.issue] = t.to
            case .actionPlanAdopted(let p): plans[p.issue] = p
            default: break
            }
            if let issue = e.event.issueId, let body = owner[issue] { ownerAt[e.position] = body }
            uses += FunctionUse.uses(in: e, owner: owner, plans: plans)
        }
        self.ownerAt = ownerAt
        self.functionUses = uses
        self.issueEvents = issueEvents
    }

    /// The body that owned the issue of the event at `position` when it happened.
    public func owner(at position: UInt64) -> String? { ownerAt[position] }

    public func body(_ id: String) -> BodyState? { state.bodies[id] }

    /// A body's name as it was on `date`, or the id of a body the record does not know.
    func bodyName(_ id: String, on date: CalendarDate = .latest) -> String {
        body(id).map { BodyName.on(date, of: $0) } ?? id
    }

    /// What an event recorded, in a document's words: bodies by name, no seat ids, and a case
    /// note's text only for internal readers (（削除済み） once erased).
    func label(_ logged: LoggedEvent, _ language: DocumentLanguage, isPublic: Bool = true) -> String {
        let erased = language.japanese ? "（削除済み）" : "(erased)"
        let note: ((String) -> String)? = isPublic ? nil : caseNoteText.map { read in
            { ref in logged.vault.first { $0.ref == ref }.flatMap(read) ?? erased }
        }
        return EventLabels.label(logged.event, japanese: language.japanese, body: { bodyName($0, on: logged.event.on) }, ids: false, caseNote: note)
    }

    /// Who or what an event is about, for a column: the issue's id, or the body's name.
    func subject(of event: CouncilEvent) -> String {
        event.issueId ?? event.bodyId.map { bodyName($0, on: event.on) } ?? ""
    }

    /// The meetings a body held in a 年度, in date order, with their positions.
    public func meetings(of body: String, in year: FiscalYear) -> [(position: UInt64, meeting: MeetingRecorded)] {
        events.compactMap { e -> (UInt64, MeetingRecorded)? in
            guard case .meetingRecorded(let m) = e.event, m.body == body, year.contains(m.on) else { return nil }
            return (e.position, m)
        }.sorted { ($0.1.on, $0.1.number) < ($1.1.on, $1.1.number) }
    }

    /// The policy in force for a body and 年度 (the latest recorded), with its position.
    public func policy(of body: String, in year: FiscalYear) -> (position: UInt64, policy: BodyPolicySet)? {
        events.reversed().lazy.compactMap { e -> (UInt64, BodyPolicySet)? in
            guard case .bodyPolicySet(let p) = e.event, p.body == body, p.fiscalYear == year else { return nil }
            return (e.position, p)
        }.first
    }

    /// The year-end review of a body for a 年度 (the latest recorded), with its position.
    public func review(of body: String, in year: FiscalYear) -> (position: UInt64, review: BodyYearReviewed)? {
        events.reversed().lazy.compactMap { e -> (UInt64, BodyYearReviewed)? in
            guard case .bodyYearReviewed(let r) = e.event, r.body == body, r.fiscalYear == year else { return nil }
            return (e.position, r)
        }.first
    }

    /// The events of one issue, in log order.
    public func events(ofIssue id: String) -> [LoggedEvent] {
        (issueEvents[id] ?? []).map { events[$0] }
    }

    /// The issues a body worked on in a 年度: those it held at the year's end (or when they were
    /// closed during it), and those it recorded something for while it held them. An issue that
    /// only passed through a body, with nothing done there, belongs to the body that did the work.
    public func issues(of body: String, in year: FiscalYear) -> [IssueState] {
        state.issuesInOrder.filter { issue in
            let events = events(ofIssue: issue.id).filter { $0.event.on <= year.lastDay }
            guard let last = events.last else { return false }
            let during = events.contains { year.contains($0.event.on) }
            // Closed before the year began and not taken up again in it: not this year's.
            if !during, self.issue(issue.id, on: year.firstDay.adding(days: -1))?.isClosed == true { return false }
            if ownerAt[last.position] == body { return true }
            return events.contains { year.contains($0.event.on) && ownerAt[$0.position] == body }
        }
    }

    /// An issue as it stood on `date`: its events up to then folded again, so a past year's
    /// documents show the phase it had then, not today's.
    public func issue(_ id: String, on date: CalendarDate) -> IssueState? {
        var past = CouncilState()
        for e in events(ofIssue: id) where e.event.on <= date { CouncilDecider.evolve(&past, e.event) }
        return past.issues[id]
    }
}
