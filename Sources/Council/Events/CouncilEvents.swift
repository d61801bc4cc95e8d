import Calendar
import JSON

/// The council's store was started.
public struct CouncilInitialised: CouncilEventPayload, Equatable, Sendable {
    static let typeName = "CouncilInitialised"
    public var name: String
    /// Whether every write must come from a known actor allowed by the roles (`init --enforce-roles`).
    public var enforceRoles: Bool
    /// The administrator's actor id, when roles are enforced.
    public var admin: String?
    /// Which edition of the rules the council keeps (`CouncilRules`); 1 for a council begun
    /// before the rules had editions, whose record has no such field.
    public var rules: Int
    public var on: CalendarDate

    public init(name: String, enforceRoles: Bool = false, admin: String? = nil, rules: Int = CouncilRules.current, on: CalendarDate) {
        self.name = name
        self.enforceRoles = enforceRoles
        self.admin = admin
        self.rules = rules
        self.on = on
    }

    init(_ d: EventData) throws(EventDataError) {
        name = try d.string("name")
        enforceRoles = try d.bool("enforceRoles")
        admin = try d.optionalString("admin")
        rules = try d.optionalInt("rules") ?? 1
        on = try d.date("on")
    }

    var stream: String { Streams.council }

    var data: JSONObject {
        var w = EventDataWriter()
        w.set("name", name)
        w.set("enforceRoles", enforceRoles)
        w.set("admin", admin)
        if rules != 1 { w.set("rules", rules) }
        w.set("on", on)
        return w.object
    }
}

/// The council began keeping a later edition of its rules (`CouncilRules`): from this record on,
/// new records are decided under it; what came before stays as it was admitted.
public struct CouncilRulesAdopted: CouncilEventPayload, Equatable, Sendable {
    static let typeName = "CouncilRulesAdopted"
    public var rules: Int
    public var on: CalendarDate

    public init(rules: Int = CouncilRules.current, on: CalendarDate) {
        self.rules = rules
        self.on = on
    }

    init(_ d: EventData) throws(EventDataError) {
        rules = try d.int("rules")
        on = try d.date("on")
    }

    var stream: String { Streams.council }

    var data: JSONObject {
        var w = EventDataWriter()
        w.set("rules", rules)
        w.set("on", on)
        return w.object
    }
}
