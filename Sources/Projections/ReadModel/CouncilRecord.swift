import Calendar
import Council
import EventStore
import Hashing

/// What a document is derived from: the council's read model, with the head of the log it was
/// read at, and — for documents about one issue or the whole record — the events and full issue
/// states it needs, read by stream or by position. Every query a document asks is answered here,
/// from the model's indexes; nothing is typed in: counts come from the events.
public struct CouncilRecord: Sendable {
    public let model: CouncilReadModel
    /// The council's name and bodies, and the full state of the issues this record was read with:
    /// every issue for a record of the whole log, the one a document is about otherwise. Lists of
    /// issues come from the model (`issuesInOrder`, `issues(of:in:)`).
    public let state: CouncilState
    /// The events this record was read with, in log order: every event for a record of the whole
    /// log, those a document prints otherwise (one issue's, a span's).
    public let events: [LoggedEvent]
    /// The head of the log the record was read at: its position and chain hash. An audit trail
    /// prints it, so a reader can later prove the history it shows was not rewritten.
    public let head: (position: UInt64, hash: SHA256Digest)?
    /// Reads a case note's text from the vault (nil once erased); nil when the reader may not see
    /// case material at all.
    public let caseNoteText: (@Sendable (VaultReference) -> String?)?
    /// Each issue's events among `events`, as indexes: documents ask for them per issue, often.
    let issueEvents: [String: [Int]]

    /// A record of a read model, with the issues' full states and the events a document needs.
    public init(model: CouncilReadModel, issues: [IssueState] = [], events: [LoggedEvent] = [],
                head: (position: UInt64, hash: SHA256Digest)? = nil, caseNoteText: (@Sendable (VaultReference) -> String?)? = nil) {
        var state = model.council
        for issue in issues {
            state.issues[issue.id] = issue
        }
        state.issueOrder = model.issueOrder.filter { state.issues[$0] != nil }
        self.init(model: model, state: state, events: events, head: head, caseNoteText: caseNoteText)
    }

    /// The record of a whole history held in memory: its state and every event, in log order.
    public init(state: CouncilState, events: [LoggedEvent], head: (position: UInt64, hash: SHA256Digest)? = nil,
                caseNoteText: (@Sendable (VaultReference) -> String?)? = nil) {
        var model = CouncilReadModel()
        for e in events { model.apply(e.event, at: e.position) }
        self.init(model: model, state: state, events: events, head: head, caseNoteText: caseNoteText)
    }

    init(model: CouncilReadModel, state: CouncilState, events: [LoggedEvent], head: (position: UInt64, hash: SHA256Digest)?,
         caseNoteText: (@Sendable (VaultReference) -> String?)?) {
        self.model = model
        self.state = state
        self.events = events
        self.head = head
        self.caseNoteText = caseNoteText
        var issueEvents: [String: [Int]] = [:]
        for (index, e) in events.enumerated() {
            if let issue = e.event.issueId { issueEvents[issue, default: []].append(index) }
        }
        self.issueEvents = issueEvents
    }

    // MARK: The council

    public func body(_ id: String) -> BodyState? { model.council.bodies[id] }

    /// A body's name as it was on `date`, or the id of a body the record does not know.
    public func bodyName(_ id: String, on date: CalendarDate = .latest) -> String {
        body(id).map { BodyName.on(date, of: $0) } ?? id
    }

    // MARK: Issues

    public var issuesInOrder: [IssueOverview] { model.issuesInOrder }

    public func issue(_ id: String) -> IssueOverview? { model.issue(id) }

    /// An issue as it stood on `date` — its events up to then folded again — so a past year's
    /// documents show the phase it had then, not today's. For the last day of a 年度, or a day on or
    /// after the issue's latest event; another day is answered from the record's events.
    public func issue(_ id: String, on date: CalendarDate) -> IssueOverview? {
        if model.track(of: id, on: date) != nil { return model.issue(id, on: date) }
        var past = CouncilState()
        for e in events(ofIssue: id) where e.event.on <= date { CouncilDecider.evolve(&past, e.event) }
        return past.issues[id].map(IssueOverview.init)
    }

    /// Whether the issue had been assigned or transferred by `date` (by the events dated up to then).
    public func isHanded(_ id: String, on date: CalendarDate) -> Bool {
        if let track = model.track(of: id, on: date) { return track.handed }
        return events(ofIssue: id).contains { e in
            guard e.event.on <= date else { return false }
            switch e.event {
            case .issueAssigned, .issueTransferred: return true
            default: return false
            }
        }
    }

    /// The events of one issue among those the record was read with, in log order.
    public func events(ofIssue id: String) -> [LoggedEvent] {
        (issueEvents[id] ?? []).map { events[$0] }
    }

    /// Whether the issue was ever in a body's hands when one of its events was recorded.
    public func wasOwned(_ id: String, by body: String) -> Bool { model.owners(of: id).contains(body) }

    /// The issues a body worked on in a 年度: those it held at the year's end (or when they were
    /// closed during it), and those it recorded something for while it held them. An issue that
    /// only passed through a body, with nothing done there, belongs to the body that did the work.
    public func issues(of body: String, in year: FiscalYear) -> [IssueOverview] {
        let ids = model.issuesWorked(in: year)
        return (ids[body] ?? []).compactMap(model.issue)
    }

    /// An issue's events dated in a 年度, in log order, each with whose work it was.
    public func issueEvents(of id: String, in year: FiscalYear) -> [IssueEventRef] { model.issueEvents(of: id, in: year) }

    /// An issue's latest evaluation for a 年度.
    public func evaluation(of id: String, for year: FiscalYear) -> IssueEvaluated? { model.evaluation(of: id, for: year) }

    // MARK: A year

    /// Every use of a council function in a 年度, in log order.
    public func functionUses(in year: FiscalYear) -> [FunctionUse] { model.functionUses(in: year) }

    /// The meetings a body held in a 年度, in date order, with their positions.
    public func meetings(of body: String, in year: FiscalYear) -> [(position: UInt64, meeting: MeetingRecorded)] {
        model.meetings(of: body, in: year)
    }

    /// The policy in force for a body and 年度 (the latest recorded), with its position.
    public func policy(of body: String, in year: FiscalYear) -> (position: UInt64, policy: BodyPolicySet)? { model.policy(of: body, in: year) }

    /// The year-end review of a body for a 年度 (the latest recorded), with its position.
    public func review(of body: String, in year: FiscalYear) -> (position: UInt64, review: BodyYearReviewed)? { model.review(of: body, in: year) }

    /// A body's work item table (事業項目) for a 年度, with the positions of the records it was
    /// made from; nil when the body has none for the year.
    public func workTable(of body: String, in year: FiscalYear) -> (positions: [UInt64], table: WorkTable)? {
        model.workTable(of: body, in: year)
    }
}
