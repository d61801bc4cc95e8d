import Calendar
import JSON

/// The secretariat updated a body's 検討状況報告書 for a 年度: its 更新日 (`on`, as the report
/// says "令和3年1月15日 更新") and, when written, its 今後の検討の方向性 in its own words.
public struct StatusReportUpdated: CouncilEventPayload, Equatable, Sendable {
    static let typeName = "StatusReportUpdated"
    public var body: String
    public var fiscalYear: FiscalYear
    public var direction: String?
    public var on: CalendarDate

    public init(body: String, fiscalYear: FiscalYear, direction: String? = nil, on: CalendarDate) {
        self.body = body
        self.fiscalYear = fiscalYear
        self.direction = direction
        self.on = on
    }

    init(_ d: EventData) throws(EventDataError) {
        body = try d.string("body")
        fiscalYear = try d.fiscalYear("fy")
        direction = try d.optionalString("direction")
        on = try d.date("on")
    }

    var stream: String { Streams.body(body) }

    var data: JSONObject {
        var w = EventDataWriter()
        w.set("body", body)
        w.set("fy", fiscalYear)
        w.set("direction", direction)
        w.set("on", on)
        return w.object
    }
}

/// How many times a body met in a 年度, when that number is all that is known ("運営会議を年７回
/// 開催"): its meetings are not invented to make the count, and documents say which it is.
public struct MeetingsCounted: CouncilEventPayload, Equatable, Sendable {
    static let typeName = "MeetingsCounted"
    public var body: String
    public var fiscalYear: FiscalYear
    public var count: Int
    public var note: String?
    public var on: CalendarDate

    public init(body: String, fiscalYear: FiscalYear, count: Int, note: String? = nil, on: CalendarDate) {
        self.body = body
        self.fiscalYear = fiscalYear
        self.count = count
        self.note = note
        self.on = on
    }

    init(_ d: EventData) throws(EventDataError) {
        body = try d.string("body")
        fiscalYear = try d.fiscalYear("fy")
        count = try d.int("count")
        note = try d.optionalString("note")
        on = try d.date("on")
    }

    var stream: String { Streams.body(body) }

    var data: JSONObject {
        var w = EventDataWriter()
        w.set("body", body)
        w.set("fy", fiscalYear)
        w.set("count", count)
        w.set("note", note)
        w.set("on", on)
        return w.object
    }
}
