import Calendar
import JSON

/// A body did something besides meeting that belongs to no issue (研修会, 意見交換会, 販売会), dated
/// as precisely as it is known. Lecturers are named by organisation and role (講師：○○病院 感染管理
/// 認定看護師), never by a person's name: the record is published.
public struct BodyActivityRecorded: CouncilEventPayload, Equatable, Sendable {
    static let typeName = "BodyActivityRecorded"
    public var body: String
    public var kind: BodyActivityKind
    public var title: String
    public var summary: String?
    public var lecturers: [String]
    public var format: MeetingFormat
    public var note: String?
    /// The planned entry it carried out (`PlanReference`), if it was planned.
    public var plan: String?
    public var when: PartialDate
    /// Where it falls in timelines and `--as-of` views; never printed.
    public var on: CalendarDate { when.countsFrom }

    public init(body: String, kind: BodyActivityKind, title: String, summary: String? = nil, lecturers: [String] = [], format: MeetingFormat = .inPerson,
                note: String? = nil, plan: String? = nil, when: PartialDate) {
        self.body = body
        self.kind = kind
        self.title = title
        self.summary = summary
        self.lecturers = lecturers
        self.format = format
        self.note = note
        self.plan = plan
        self.when = when
    }

    init(_ d: EventData) throws(EventDataError) {
        body = try d.string("body")
        kind = try d.word("kind", as: BodyActivityKind.self)
        title = try d.string("title")
        summary = try d.optionalString("summary")
        lecturers = try d.strings("lecturers")
        format = try d.optionalWord("format", as: MeetingFormat.self) ?? .inPerson
        note = try d.optionalString("note")
        plan = try d.optionalString("plan")
        when = try d.partialDate("on")
    }

    var stream: String { Streams.body(body) }

    var data: JSONObject {
        var w = EventDataWriter()
        w.set("body", body)
        w.set("kind", kind)
        w.set("title", title)
        w.set("summary", summary)
        w.set("lecturers", lecturers)
        if format != .inPerson { w.set("format", format) }
        w.set("note", note)
        w.set("plan", plan)
        w.set("on", when)
        return w.object
    }
}
