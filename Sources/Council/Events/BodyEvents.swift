import Calendar
import JSON

/// A meeting body was set up (設置), possibly under a parent body.
public struct BodyEstablished: CouncilEventPayload, Equatable, Sendable {
    static let typeName = "BodyEstablished"
    public var body: String
    public var name: String
    public var kind: BodyKind
    public var parent: String?
    public var on: CalendarDate

    public init(body: String, name: String, kind: BodyKind, parent: String? = nil, on: CalendarDate) {
        self.body = body
        self.name = name
        self.kind = kind
        self.parent = parent
        self.on = on
    }

    init(_ d: EventData) throws(EventDataError) {
        body = try d.string("body")
        name = try d.string("name")
        kind = try d.word("kind", as: BodyKind.self)
        parent = try d.optionalString("parent")
        on = try d.date("on")
    }

    var stream: String { Streams.body(body) }

    var data: JSONObject {
        var w = EventDataWriter()
        w.set("body", body)
        w.set("name", name)
        w.set("kind", kind)
        w.set("parent", parent)
        w.set("on", on)
        return w.object
    }
}

/// A body took a new name (e.g. 地域生活移行部会 → どこでだれと暮らしたいか部会).
public struct BodyRenamed: CouncilEventPayload, Equatable, Sendable {
    static let typeName = "BodyRenamed"
    public var body: String
    public var name: String
    public var previousName: String
    /// Why it was renamed, as the council explained it (H30 地域生活移行部会 → どこでだれと暮らしたいか部会).
    public var reason: String?
    public var on: CalendarDate

    public init(body: String, name: String, previousName: String, reason: String? = nil, on: CalendarDate) {
        self.body = body
        self.name = name
        self.previousName = previousName
        self.reason = reason
        self.on = on
    }

    init(_ d: EventData) throws(EventDataError) {
        body = try d.string("body")
        name = try d.string("name")
        previousName = try d.string("previousName")
        reason = try d.optionalString("reason")
        on = try d.date("on")
    }

    var stream: String { Streams.body(body) }

    var data: JSONObject {
        var w = EventDataWriter()
        w.set("body", body)
        w.set("name", name)
        w.set("previousName", previousName)
        w.set("reason", reason)
        w.set("on", on)
        return w.object
    }
}

/// A body stopped meeting for a while (休止).
public struct BodyPaused: CouncilEventPayload, Equatable, Sendable {
    static let typeName = "BodyPaused"
    public var body: String
    public var reason: String?
    public var on: CalendarDate

    public init(body: String, reason: String? = nil, on: CalendarDate) {
        self.body = body
        self.reason = reason
        self.on = on
    }

    init(_ d: EventData) throws(EventDataError) {
        body = try d.string("body")
        reason = try d.optionalString("reason")
        on = try d.date("on")
    }

    var stream: String { Streams.body(body) }

    var data: JSONObject {
        var w = EventDataWriter()
        w.set("body", body)
        w.set("reason", reason)
        w.set("on", on)
        return w.object
    }
}

/// A paused body met again.
public struct BodyResumed: CouncilEventPayload, Equatable, Sendable {
    static let typeName = "BodyResumed"
    public var body: String
    public var on: CalendarDate

    public init(body: String, on: CalendarDate) {
        self.body = body
        self.on = on
    }

    init(_ d: EventData) throws(EventDataError) {
        body = try d.string("body")
        on = try d.date("on")
    }

    var stream: String { Streams.body(body) }

    var data: JSONObject {
        var w = EventDataWriter()
        w.set("body", body)
        w.set("on", on)
        return w.object
    }
}

/// A body ended (終了), possibly handing its work to a successor.
public struct BodyDissolved: CouncilEventPayload, Equatable, Sendable {
    static let typeName = "BodyDissolved"
    public var body: String
    public var successor: String?
    public var reason: String?
    public var on: CalendarDate

    public init(body: String, successor: String? = nil, reason: String? = nil, on: CalendarDate) {
        self.body = body
        self.successor = successor
        self.reason = reason
        self.on = on
    }

    init(_ d: EventData) throws(EventDataError) {
        body = try d.string("body")
        successor = try d.optionalString("successor")
        reason = try d.optionalString("reason")
        on = try d.date("on")
    }

    var stream: String { Streams.body(body) }

    var data: JSONObject {
        var w = EventDataWriter()
        w.set("body", body)
        w.set("successor", successor)
        w.set("reason", reason)
        w.set("on", on)
        return w.object
    }
}

/// A body's activity policy (活動方針) and planned work (具体的取組) for a 年度.
public struct BodyPolicySet: CouncilEventPayload, Equatable, Sendable {
    static let typeName = "BodyPolicySet"
    public var body: String
    public var fiscalYear: FiscalYear
    public var policy: String
    public var plan: String?
    /// その他: what the plan says besides its main work and schedule, paragraph by paragraph.
    public var other: [String]
    /// 【これまでの経過】: what the body did in the years before, paragraph by paragraph, as the
    /// standalone 活動方針 tells it.
    public var history: [String]
    public var on: CalendarDate

    public init(body: String, fiscalYear: FiscalYear, policy: String, plan: String? = nil, other: [String] = [], history: [String] = [], on: CalendarDate) {
        self.body = body
        self.fiscalYear = fiscalYear
        self.policy = policy
        self.plan = plan
        self.other = other
        self.history = history
        self.on = on
    }

    init(_ d: EventData) throws(EventDataError) {
        body = try d.string("body")
        fiscalYear = try d.fiscalYear("fy")
        policy = try d.string("policy")
        plan = try d.optionalString("plan")
        other = try d.strings("other")
        history = try d.strings("history")
        on = try d.date("on")
    }

    var stream: String { Streams.body(body) }

    var data: JSONObject {
        var w = EventDataWriter()
        w.set("body", body)
        w.set("fy", fiscalYear)
        w.set("policy", policy)
        w.set("plan", plan)
        w.set("other", other)
        w.set("history", history)
        w.set("on", on)
        return w.object
    }
}

/// A body's year-end review (振り返り): comments, functions exercised, and the next 年度.
public struct BodyYearReviewed: CouncilEventPayload, Equatable, Sendable {
    static let typeName = "BodyYearReviewed"
    public var body: String
    public var fiscalYear: FiscalYear
    public var summary: String?
    public var comments: [String]
    public var functions: [CouncilFunction]
    public var next: YearDecision
    public var nextPolicy: String?
    public var nextPlan: String?
    public var handover: String?
    public var reason: String?
    /// 運営会議への伝達事項: what the body asks the steering meeting to take up.
    public var toSteering: String?
    /// This replaces the review already recorded for the year (`review record --amend`); the
    /// earlier one stays in the log.
    public var amends: Bool
    /// What the amendment changed, by stored field name, as the decider found it: the record
    /// itself says what changed, so an audit need not compare versions.
    public var changed: [String]
    public var on: CalendarDate

    public init(body: String, fiscalYear: FiscalYear, summary: String? = nil, comments: [String], functions: [CouncilFunction], next: YearDecision, nextPolicy: String? = nil, nextPlan: String? = nil, handover: String? = nil, reason: String? = nil, toSteering: String? = nil, amends: Bool = false, changed: [String] = [], on: CalendarDate) {
        self.body = body
        self.fiscalYear = fiscalYear
        self.summary = summary
        self.comments = comments
        self.functions = functions
        self.next = next
        self.nextPolicy = nextPolicy
        self.nextPlan = nextPlan
        self.handover = handover
        self.reason = reason
        self.toSteering = toSteering
        self.amends = amends
        self.changed = changed
        self.on = on
    }

    init(_ d: EventData) throws(EventDataError) {
        body = try d.string("body")
        fiscalYear = try d.fiscalYear("fy")
        summary = try d.optionalString("summary")
        comments = try d.strings("comments")
        functions = try d.words("functions", as: CouncilFunction.self)
        next = try d.word("next", as: YearDecision.self)
        nextPolicy = try d.optionalString("nextPolicy")
        nextPlan = try d.optionalString("nextPlan")
        handover = try d.optionalString("handover")
        reason = try d.optionalString("reason")
        toSteering = try d.optionalString("toSteering")
        amends = try d.bool("amends")
        changed = try d.strings("changed")
        on = try d.date("on")
    }

    var stream: String { Streams.body(body) }

    /// The fields a review's content is kept in, in the order a sheet shows them.
    static let contentFields = ["summary", "comments", "functions", "next", "nextPolicy", "nextPlan", "handover", "reason", "toSteering"]

    /// The content fields whose recorded value differs from `previous`'s.
    public func changes(from previous: BodyYearReviewed) -> [String] {
        let (now, before) = (data, previous.data)
        return Self.contentFields.filter { now[$0] != before[$0] }
    }

    var data: JSONObject {
        var w = EventDataWriter()
        w.set("body", body)
        w.set("fy", fiscalYear)
        w.set("summary", summary)
        w.set("comments", comments)
        w.set("functions", functions)
        w.set("next", next)
        w.set("nextPolicy", nextPolicy)
        w.set("nextPlan", nextPlan)
        w.set("handover", handover)
        w.set("reason", reason)
        w.set("toSteering", toSteering)
        w.set("amends", amends)
        w.set("changed", changed)
        w.set("on", on)
        return w.object
    }
}
