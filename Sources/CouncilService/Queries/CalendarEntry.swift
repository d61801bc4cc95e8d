import Calendar
import Council

/// A day on a person's or a body's calendar feed: a meeting a body held, or an action of an open
/// issue due that day. `uid` stays the same from one reading of the feed to the next, so a
/// calendar program updates the entry instead of adding it twice.
public struct CalendarEntry: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case meeting(body: String, bodyName: String, number: Int, agenda: [String])
        case due(issue: String, title: String, action: Int, what: String, who: String)
    }

    public let uid: String
    public let day: CalendarDate
    public let kind: Kind

    public init(uid: String, day: CalendarDate, kind: Kind) {
        self.uid = uid
        self.day = day
        self.kind = kind
    }
}
