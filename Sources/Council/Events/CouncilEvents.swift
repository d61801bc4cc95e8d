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
    public var on: CalendarDate

    public init(name: String, enforceRoles: Bool = false, admin: String? = nil, on: CalendarDate) {
        self.name = name
        self.enforceRoles = enforceRoles
        self.admin = admin
        self.on = on
    }

    init(_ d: EventData) throws(EventDataError) {
        name = try d.string("name")
        enforceRoles = try d.bool("enforceRoles")
        admin = try d.optionalString("admin")
        on = try d.date("on")
    }

    var stream: String { Streams.council }

    var data: JSONObject {
        var w = EventDataWriter()
        w.set("name", name)
        w.set("enforceRoles", enforceRoles)
        w.set("admin", admin)
        w.set("on", on)
        return w.object
    }
}
