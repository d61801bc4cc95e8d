import Calendar
import EventStore

/// Where in time a read stands (DESIGN §4.9): `asOf` keeps the events dated on or before a
/// business day; `knownAt` keeps the log as it was at an instant of recorded time, so a reader
/// sees what a meeting on that day could have seen. Both nil: the council as it stands now.
public struct ReadingPoint: Sendable, Equatable {
    public var asOf: CalendarDate?
    public var knownAt: Timestamp?

    public init(asOf: CalendarDate? = nil, knownAt: Timestamp? = nil) {
        self.asOf = asOf
        self.knownAt = knownAt
    }

    /// The council as the log holds it now.
    public static let now = ReadingPoint()

    /// Travels in time one way or the other.
    public var travels: Bool { asOf != nil || knownAt != nil }
}
