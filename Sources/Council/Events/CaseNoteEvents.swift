import Calendar
import JSON

/// Case material (事例) was attached to an issue. The text is not in the event: it lives in the
/// vault beside the log, and the record carries only `ref` and a salted commitment to it.
public struct CaseNoteAttached: CouncilEventPayload, Equatable, Sendable {
    static let typeName = "CaseNoteAttached"
    public var issue: String
    public var ref: String
    public var on: CalendarDate

    public init(issue: String, ref: String, on: CalendarDate) {
        self.issue = issue
        self.ref = ref
        self.on = on
    }

    init(_ d: EventData) throws(EventDataError) {
        issue = try d.string("issue")
        ref = try d.string("ref")
        on = try d.date("on")
    }

    var stream: String { Streams.issue(issue) }

    var data: JSONObject {
        var w = EventDataWriter()
        w.set("issue", issue)
        w.set("ref", ref)
        w.set("on", on)
        return w.object
    }
}

/// A case note's text was erased from the vault on request (`kadai forget`); the record that
/// attached it stays, so the chain is whole.
public struct CaseNoteForgotten: CouncilEventPayload, Equatable, Sendable {
    static let typeName = "CaseNoteForgotten"
    public var issue: String
    public var ref: String
    public var on: CalendarDate

    public init(issue: String, ref: String, on: CalendarDate) {
        self.issue = issue
        self.ref = ref
        self.on = on
    }

    init(_ d: EventData) throws(EventDataError) {
        issue = try d.string("issue")
        ref = try d.string("ref")
        on = try d.date("on")
    }

    var stream: String { Streams.issue(issue) }

    var data: JSONObject {
        var w = EventDataWriter()
        w.set("issue", issue)
        w.set("ref", ref)
        w.set("on", on)
        return w.object
    }
}
