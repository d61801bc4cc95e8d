import Calendar
import JSON

/// The council's store was started.
public struct CouncilInitialised: CouncilEventPayload, Equatable, Sendable {
    static let typeName = "CouncilInitialised"
    public var name: String
    public var on: CalendarDate

    public init(name: String, on: CalendarDate) {
        self.name = name
        self.on = on
    }

    init(_ d: EventData) throws(EventDataError) {
        name = try d.string("name")
        on = try d.date("on")
    }

    var stream: String { Streams.council }

    var data: JSONObject {
        var w = EventDataWriter()
        w.set("name", name)
        w.set("on", on)
        return w.object
    }
}
