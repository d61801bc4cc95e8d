import Calendar
import JSON

/// A regional issue (地域課題) was raised (提起).
public struct IssueRaised: CouncilEventPayload, Equatable, Sendable {
    static let typeName = "IssueRaised"
    public var issue: String
    public var title: String
    public var raisedBy: String
    public var source: String?
    public var categories: [String]
    public var groups: [String]
    public var area: String?
    public var summary: String?
    public var on: CalendarDate

    public init(issue: String, title: String, raisedBy: String, source: String? = nil, categories: [String], groups: [String], area: String? = nil, summary: String? = nil, on: CalendarDate) {
        self.issue = issue
        self.title = title
        self.raisedBy = raisedBy
        self.source = source
        self.categories = categories
        self.groups = groups
        self.area = area
        self.summary = summary
        self.on = on
    }

    init(_ d: EventData) throws(EventDataError) {
        issue = try d.string("issue")
        title = try d.string("title")
        raisedBy = try d.string("by")
        source = try d.optionalString("source")
        categories = try d.strings("categories")
        groups = try d.strings("groups")
        area = try d.optionalString("area")
        summary = try d.optionalString("summary")
        on = try d.date("on")
    }

    var stream: String { Streams.issue(issue) }

    var data: JSONObject {
        var w = EventDataWriter()
        w.set("issue", issue)
        w.set("title", title)
        w.set("by", raisedBy)
        w.set("source", source)
        w.set("categories", categories)
        w.set("groups", groups)
        w.set("area", area)
        w.set("summary", summary)
        w.set("on", on)
        return w.object
    }
}

/// An issue was given to a body to work on.
public struct IssueAssigned: CouncilEventPayload, Equatable, Sendable {
    static let typeName = "IssueAssigned"
    public var issue: String
    public var to: String
    public var reason: String?
    public var on: CalendarDate

    public init(issue: String, to: String, reason: String? = nil, on: CalendarDate) {
        self.issue = issue
        self.to = to
        self.reason = reason
        self.on = on
    }

    init(_ d: EventData) throws(EventDataError) {
        issue = try d.string("issue")
        to = try d.string("to")
        reason = try d.optionalString("reason")
        on = try d.date("on")
    }

    var stream: String { Streams.issue(issue) }

    var data: JSONObject {
        var w = EventDataWriter()
        w.set("issue", issue)
        w.set("to", to)
        w.set("reason", reason)
        w.set("on", on)
        return w.object
    }
}

/// An issue moved from one body to another (移管).
public struct IssueTransferred: CouncilEventPayload, Equatable, Sendable {
    static let typeName = "IssueTransferred"
    public var issue: String
    public var from: String
    public var to: String
    public var reason: String?
    public var on: CalendarDate

    public init(issue: String, from: String, to: String, reason: String? = nil, on: CalendarDate) {
        self.issue = issue
        self.from = from
        self.to = to
        self.reason = reason
        self.on = on
    }

    init(_ d: EventData) throws(EventDataError) {
        issue = try d.string("issue")
        from = try d.string("from")
        to = try d.string("to")
        reason = try d.optionalString("reason")
        on = try d.date("on")
    }

    var stream: String { Streams.issue(issue) }

    var data: JSONObject {
        var w = EventDataWriter()
        w.set("issue", issue)
        w.set("from", from)
        w.set("to", to)
        w.set("reason", reason)
        w.set("on", on)
        return w.object
    }
}

/// The background (背景) of an issue was analysed: factors, focus candidates, the focus chosen, evidence.
public struct IssueAnalysed: CouncilEventPayload, Equatable, Sendable {
    static let typeName = "IssueAnalysed"
    public var issue: String
    public var factors: [String]
    public var focusCandidates: [String]
    public var chosen: [String]
    public var evidence: String?
    public var on: CalendarDate

    public init(issue: String, factors: [String], focusCandidates: [String], chosen: [String], evidence: String? = nil, on: CalendarDate) {
        self.issue = issue
        self.factors = factors
        self.focusCandidates = focusCandidates
        self.chosen = chosen
        self.evidence = evidence
        self.on = on
    }

    init(_ d: EventData) throws(EventDataError) {
        issue = try d.string("issue")
        factors = try d.strings("factors")
        focusCandidates = try d.strings("focus")
        chosen = try d.strings("chosen")
        evidence = try d.optionalString("evidence")
        on = try d.date("on")
    }

    var stream: String { Streams.issue(issue) }

    var data: JSONObject {
        var w = EventDataWriter()
        w.set("issue", issue)
        w.set("factors", factors)
        w.set("focus", focusCandidates)
        w.set("chosen", chosen)
        w.set("evidence", evidence)
        w.set("on", on)
        return w.object
    }
}

/// An action plan (アクションプラン) was adopted or revised: the target state and numbered actions.
public struct ActionPlanAdopted: CouncilEventPayload, Equatable, Sendable {
    static let typeName = "ActionPlanAdopted"
    public var issue: String
    public var revision: Int
    public var goal: String
    public var actions: [PlannedAction]
    public var on: CalendarDate

    public init(issue: String, revision: Int, goal: String, actions: [PlannedAction], on: CalendarDate) {
        self.issue = issue
        self.revision = revision
        self.goal = goal
        self.actions = actions
        self.on = on
    }

    init(_ d: EventData) throws(EventDataError) {
        issue = try d.string("issue")
        revision = try d.int("revision")
        goal = try d.string("goal")
        actions = try d.objects("actions").map { (o) throws(EventDataError) in try PlannedAction(o) }
        on = try d.date("on")
    }

    var stream: String { Streams.issue(issue) }

    var data: JSONObject {
        var w = EventDataWriter()
        w.set("issue", issue)
        w.set("revision", revision)
        w.set("goal", goal)
        w.set("actions", objects: actions.map(\.data))
        w.set("on", on)
        return w.object
    }
}

/// Work was done on an issue (実行): an activity that may advance actions, dated as precisely as
/// it is known (a day, or only the month or 年度 for work entered from an old report).
public struct ActivityLogged: CouncilEventPayload, Equatable, Sendable {
    static let typeName = "ActivityLogged"
    public var issue: String
    public var summary: String
    public var kind: ActivityKind
    public var meeting: String?
    public var advances: [ActionAdvance]
    public var functions: [CouncilFunction]
    public var when: PartialDate
    /// Where it falls in timelines and `--as-of` views (see `PartialDate.countsFrom`); never printed.
    public var on: CalendarDate { when.countsFrom }

    public init(issue: String, summary: String, kind: ActivityKind, meeting: String? = nil, advances: [ActionAdvance], functions: [CouncilFunction], on: CalendarDate) {
        self.init(issue: issue, summary: summary, kind: kind, meeting: meeting, advances: advances, functions: functions, when: .day(on))
    }

    public init(issue: String, summary: String, kind: ActivityKind, meeting: String? = nil, advances: [ActionAdvance], functions: [CouncilFunction], when: PartialDate) {
        self.issue = issue
        self.summary = summary
        self.kind = kind
        self.meeting = meeting
        self.advances = advances
        self.functions = functions
        self.when = when
    }

    init(_ d: EventData) throws(EventDataError) {
        issue = try d.string("issue")
        summary = try d.string("summary")
        kind = try d.word("kind", as: ActivityKind.self)
        meeting = try d.optionalString("meeting")
        advances = try d.objects("advances").map { (o) throws(EventDataError) in try ActionAdvance(o) }
        functions = try d.words("functions", as: CouncilFunction.self)
        when = try d.partialDate("on")
    }

    var stream: String { Streams.issue(issue) }

    var data: JSONObject {
        var w = EventDataWriter()
        w.set("issue", issue)
        w.set("summary", summary)
        w.set("kind", kind)
        w.set("meeting", meeting)
        w.set("advances", objects: advances.map(\.data))
        w.set("functions", functions)
        w.set("on", when)
        return w.object
    }
}

/// An issue was evaluated (評価) for a 年度: outcome, functions, continue or close.
public struct IssueEvaluated: CouncilEventPayload, Equatable, Sendable {
    static let typeName = "IssueEvaluated"
    public var issue: String
    public var fiscalYear: FiscalYear
    public var outcome: String
    public var functions: [CouncilFunction]
    public var decision: EvaluationDecision
    public var next: String?
    public var reason: String?
    public var on: CalendarDate

    public init(issue: String, fiscalYear: FiscalYear, outcome: String, functions: [CouncilFunction], decision: EvaluationDecision, next: String? = nil, reason: String? = nil, on: CalendarDate) {
        self.issue = issue
        self.fiscalYear = fiscalYear
        self.outcome = outcome
        self.functions = functions
        self.decision = decision
        self.next = next
        self.reason = reason
        self.on = on
    }

    init(_ d: EventData) throws(EventDataError) {
        issue = try d.string("issue")
        fiscalYear = try d.fiscalYear("fy")
        outcome = try d.string("outcome")
        functions = try d.words("functions", as: CouncilFunction.self)
        decision = try d.word("decision", as: EvaluationDecision.self)
        next = try d.optionalString("next")
        reason = try d.optionalString("reason")
        on = try d.date("on")
    }

    var stream: String { Streams.issue(issue) }

    var data: JSONObject {
        var w = EventDataWriter()
        w.set("issue", issue)
        w.set("fy", fiscalYear)
        w.set("outcome", outcome)
        w.set("functions", functions)
        w.set("decision", decision)
        w.set("next", next)
        w.set("reason", reason)
        w.set("on", on)
        return w.object
    }
}

/// An issue's handling ended (取扱い終了).
public struct IssueClosed: CouncilEventPayload, Equatable, Sendable {
    static let typeName = "IssueClosed"
    public var issue: String
    public var reason: CloseReason
    public var note: String?
    public var on: CalendarDate

    public init(issue: String, reason: CloseReason, note: String? = nil, on: CalendarDate) {
        self.issue = issue
        self.reason = reason
        self.note = note
        self.on = on
    }

    init(_ d: EventData) throws(EventDataError) {
        issue = try d.string("issue")
        reason = try d.word("reason", as: CloseReason.self)
        note = try d.optionalString("note")
        on = try d.date("on")
    }

    var stream: String { Streams.issue(issue) }

    var data: JSONObject {
        var w = EventDataWriter()
        w.set("issue", issue)
        w.set("reason", reason)
        w.set("note", note)
        w.set("on", on)
        return w.object
    }
}

/// A closed issue was taken up again.
public struct IssueReopened: CouncilEventPayload, Equatable, Sendable {
    static let typeName = "IssueReopened"
    public var issue: String
    public var reason: String
    public var on: CalendarDate

    public init(issue: String, reason: String, on: CalendarDate) {
        self.issue = issue
        self.reason = reason
        self.on = on
    }

    init(_ d: EventData) throws(EventDataError) {
        issue = try d.string("issue")
        reason = try d.string("reason")
        on = try d.date("on")
    }

    var stream: String { Streams.issue(issue) }

    var data: JSONObject {
        var w = EventDataWriter()
        w.set("issue", issue)
        w.set("reason", reason)
        w.set("on", on)
        return w.object
    }
}

/// An issue carried on into the next 年度 (継続).
public struct IssueCarriedOver: CouncilEventPayload, Equatable, Sendable {
    static let typeName = "IssueCarriedOver"
    public var issue: String
    public var from: FiscalYear
    public var to: FiscalYear
    public var note: String?
    public var on: CalendarDate

    public init(issue: String, from: FiscalYear, to: FiscalYear, note: String? = nil, on: CalendarDate) {
        self.issue = issue
        self.from = from
        self.to = to
        self.note = note
        self.on = on
    }

    init(_ d: EventData) throws(EventDataError) {
        issue = try d.string("issue")
        from = try d.fiscalYear("from")
        to = try d.fiscalYear("to")
        note = try d.optionalString("note")
        on = try d.date("on")
    }

    var stream: String { Streams.issue(issue) }

    var data: JSONObject {
        var w = EventDataWriter()
        w.set("issue", issue)
        w.set("from", from)
        w.set("to", to)
        w.set("note", note)
        w.set("on", on)
        return w.object
    }
}
