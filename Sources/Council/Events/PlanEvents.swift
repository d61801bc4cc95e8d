import Calendar
import JSON

/// An entry of a body's plan for a 年度 (年間活動計画): a meeting (第N回) or an activity, dated to
/// the day or the month ("12月予定"), from a month to a month ("1月～2月"), or known only by its
/// rhythm ("毎月1回開催"). It is carried out by the meeting or activity recorded for it; until then
/// it is planned, whatever its date.
public struct MeetingPlanned: CouncilEventPayload, Equatable, Sendable {
    static let typeName = "MeetingPlanned"
    public var body: String
    public var fiscalYear: FiscalYear
    /// Its place among the body's entries of the year, from 1: what `PlanReference` names it by.
    public var entry: Int
    public var kind: PlannedKind
    /// 第N回, for a meeting.
    public var number: Int?
    public var date: PartialDate?
    /// The last month or day of a span ("1月～2月").
    public var until: PartialDate?
    public var rhythm: String?
    public var topics: [String]
    public var note: String?
    public var on: CalendarDate

    public init(body: String, fiscalYear: FiscalYear, entry: Int = 0, kind: PlannedKind, number: Int? = nil, date: PartialDate? = nil,
                until: PartialDate? = nil, rhythm: String? = nil, topics: [String] = [], note: String? = nil, on: CalendarDate) {
        self.body = body
        self.fiscalYear = fiscalYear
        self.entry = entry
        self.kind = kind
        self.number = number
        self.date = date
        self.until = until
        self.rhythm = rhythm
        self.topics = topics
        self.note = note
        self.on = on
    }

    init(_ d: EventData) throws(EventDataError) {
        body = try d.string("body")
        fiscalYear = try d.fiscalYear("fy")
        entry = try d.int("entry")
        kind = try d.word("kind", as: PlannedKind.self)
        number = try d.optionalInt("number")
        date = try d.optionalPartialDate("date")
        until = try d.optionalPartialDate("until")
        rhythm = try d.optionalString("rhythm")
        topics = try d.strings("topics")
        note = try d.optionalString("note")
        on = try d.date("on")
    }

    var stream: String { Streams.body(body) }

    var data: JSONObject {
        var w = EventDataWriter()
        w.set("body", body)
        w.set("fy", fiscalYear)
        w.set("entry", entry)
        w.set("kind", kind)
        w.set("number", number)
        w.set("date", date)
        w.set("until", until)
        w.set("rhythm", rhythm)
        w.set("topics", topics)
        w.set("note", note)
        w.set("on", on)
        return w.object
    }
}

/// A planned entry was postponed (to a new date, when one is known) or cancelled. The entry stays
/// in the plan, marked so: a 計画書 shows what was planned and what became of it.
public struct MeetingPlanChanged: CouncilEventPayload, Equatable, Sendable {
    static let typeName = "MeetingPlanChanged"
    public var body: String
    public var fiscalYear: FiscalYear
    public var entry: Int
    public var change: PlanChange
    public var to: PartialDate?
    public var reason: String?
    public var on: CalendarDate

    public init(body: String, fiscalYear: FiscalYear, entry: Int, change: PlanChange, to: PartialDate? = nil, reason: String? = nil, on: CalendarDate) {
        self.body = body
        self.fiscalYear = fiscalYear
        self.entry = entry
        self.change = change
        self.to = to
        self.reason = reason
        self.on = on
    }

    init(_ d: EventData) throws(EventDataError) {
        body = try d.string("body")
        fiscalYear = try d.fiscalYear("fy")
        entry = try d.int("entry")
        change = try d.word("change", as: PlanChange.self)
        to = try d.optionalPartialDate("to")
        reason = try d.optionalString("reason")
        on = try d.date("on")
    }

    var stream: String { Streams.body(body) }

    var data: JSONObject {
        var w = EventDataWriter()
        w.set("body", body)
        w.set("fy", fiscalYear)
        w.set("entry", entry)
        w.set("change", change)
        w.set("to", to)
        w.set("reason", reason)
        w.set("on", on)
        return w.object
    }
}
