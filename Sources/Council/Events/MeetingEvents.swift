import Calendar
import JSON

/// A body held a meeting (第N回): its agenda, the issues it took up and what it decided.
public struct MeetingRecorded: CouncilEventPayload, Equatable, Sendable {
    static let typeName = "MeetingRecorded"
    public var body: String
    public var on: CalendarDate
    public var number: Int
    public var format: MeetingFormat
    public var agenda: [String]
    public var issues: [String]
    public var decisions: [String]
    /// 備考: what the secretariat notes beside the meeting (会場, 資料の扱い …). Published with the
    /// meeting, so it names no person.
    public var note: String?

    public init(body: String, on: CalendarDate, number: Int, format: MeetingFormat, agenda: [String], issues: [String], decisions: [String], note: String? = nil) {
        self.body = body
        self.on = on
        self.number = number
        self.format = format
        self.agenda = agenda
        self.issues = issues
        self.decisions = decisions
        self.note = note
    }

    init(_ d: EventData) throws(EventDataError) {
        body = try d.string("body")
        on = try d.date("on")
        number = try d.int("number")
        format = try d.word("format", as: MeetingFormat.self)
        agenda = try d.strings("agenda")
        issues = try d.strings("issues")
        decisions = try d.strings("decisions")
        note = try d.optionalString("note")
    }

    var stream: String { Streams.body(body) }

    var data: JSONObject {
        var w = EventDataWriter()
        w.set("body", body)
        w.set("on", on)
        w.set("number", number)
        w.set("format", format)
        w.set("agenda", agenda)
        w.set("issues", issues)
        w.set("decisions", decisions)
        w.set("note", note)
        return w.object
    }
}
