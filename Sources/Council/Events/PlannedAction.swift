import Calendar
import JSON

/// One numbered action of an action plan: who (誰が) does what and how (何を・どうする) toward whom
/// (誰・どこに対して), by when (いつまでに), exercising which council functions.
public struct PlannedAction: Equatable, Sendable {
    public var number: Int
    public var who: String
    public var toward: String
    public var what: String
    public var due: CalendarDate?
    public var functions: [CouncilFunction]

    public init(number: Int, who: String, toward: String, what: String, due: CalendarDate? = nil, functions: [CouncilFunction] = []) {
        self.number = number
        self.who = who
        self.toward = toward
        self.what = what
        self.due = due
        self.functions = functions
    }

    init(_ d: EventData) throws(EventDataError) {
        number = try d.int("number")
        who = try d.string("who")
        toward = try d.string("toward")
        what = try d.string("what")
        due = try d.optionalDate("due")
        functions = try d.words("functions", as: CouncilFunction.self)
    }

    var data: JSONObject {
        var w = EventDataWriter()
        w.set("number", number)
        w.set("who", who)
        w.set("toward", toward)
        w.set("what", what)
        w.set("due", due)
        w.set("functions", functions)
        return w.object
    }
}

/// An activity moving one action of the current plan to a new status.
public struct ActionAdvance: Equatable, Sendable {
    public var action: Int
    public var status: ActionStatus

    public init(action: Int, status: ActionStatus) {
        self.action = action
        self.status = status
    }

    init(_ d: EventData) throws(EventDataError) {
        action = try d.int("action")
        status = try d.word("status", as: ActionStatus.self)
    }

    var data: JSONObject {
        var w = EventDataWriter()
        w.set("action", action)
        w.set("status", status)
        return w.object
    }
}
