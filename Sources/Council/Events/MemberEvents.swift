import Calendar
import JSON

/// An organisation took a seat on a body (委員委嘱).
public struct MemberAppointed: CouncilEventPayload, Equatable, Sendable {
    static let typeName = "MemberAppointed"
    public var body: String
    public var member: String
    public var affiliation: String
    public var category: MemberCategory
    public var role: MemberRole
    public var partyConcerned: Bool
    /// How many people of the organisation sit on the seat (長岡市福祉課支援係 2名); nil for one.
    public var people: Int?
    public var on: CalendarDate

    public init(body: String, member: String, affiliation: String, category: MemberCategory, role: MemberRole, partyConcerned: Bool, people: Int? = nil, on: CalendarDate) {
        self.body = body
        self.member = member
        self.affiliation = affiliation
        self.category = category
        self.role = role
        self.partyConcerned = partyConcerned
        self.people = people
        self.on = on
    }

    init(_ d: EventData) throws(EventDataError) {
        body = try d.string("body")
        member = try d.string("member")
        affiliation = try d.string("affiliation")
        category = try d.word("category", as: MemberCategory.self)
        role = try d.word("role", as: MemberRole.self)
        partyConcerned = try d.bool("partyConcerned")
        people = try d.optionalInt("people")
        on = try d.date("on")
    }

    var stream: String { Streams.body(body) }

    var data: JSONObject {
        var w = EventDataWriter()
        w.set("body", body)
        w.set("member", member)
        w.set("affiliation", affiliation)
        w.set("category", category)
        w.set("role", role)
        w.set("partyConcerned", partyConcerned)
        w.set("people", people)
        w.set("on", on)
        return w.object
    }
}

/// A member left a body.
public struct MemberRetired: CouncilEventPayload, Equatable, Sendable {
    static let typeName = "MemberRetired"
    public var body: String
    public var member: String
    public var on: CalendarDate

    public init(body: String, member: String, on: CalendarDate) {
        self.body = body
        self.member = member
        self.on = on
    }

    init(_ d: EventData) throws(EventDataError) {
        body = try d.string("body")
        member = try d.string("member")
        on = try d.date("on")
    }

    var stream: String { Streams.body(body) }

    var data: JSONObject {
        var w = EventDataWriter()
        w.set("body", body)
        w.set("member", member)
        w.set("on", on)
        return w.object
    }
}
