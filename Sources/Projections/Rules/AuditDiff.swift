import Calendar
import Council
import EventStore
import JSON

/// `audit diff`: what an issue's (or a body's) events dated after one day and up to another
/// changed — the few fields a steering meeting compares, before and after — and the events
/// themselves. Read from the one stream, never the whole log.
public struct AuditDiff: Sendable {
    public var id: String
    public var from: CalendarDate
    public var to: CalendarDate
    /// The compared fields as they stood on `from` and on `to`, in a fixed order.
    public var before: JSONObject
    public var after: JSONObject
    /// The events dated in (from, to], in log order.
    public var changes: [(record: RecordedEvent, event: CouncilEvent)]

    /// The fields that differ, in order, with their values before and after.
    public var changedFields: [(field: String, before: JSONValue, after: JSONValue?)] {
        before.compactMap { key, value in after[key] == value ? nil : (key, value, after[key]) }
    }

    /// Nil when there is no issue and no body `id`.
    public static func of(_ id: String, from: CalendarDate, to: CalendarDate, store: EventStore) throws -> AuditDiff? {
        var stream = Streams.issue(id)
        if store.version(of: stream) == 0 { stream = Streams.body(id) }
        guard store.version(of: stream) > 0 else { return nil }
        let changes = try CouncilLoader(store: store).history(of: stream).filter { $0.event.on > from && $0.event.on <= to }
        let before = try CouncilLoader(store: store, asOf: from).state(bodies: [id], issues: [id])
        let after = try CouncilLoader(store: store, asOf: to).state(bodies: [id], issues: [id])
        return AuditDiff(id: id, from: from, to: to, before: fields(id, before), after: fields(id, after), changes: changes)
    }

    /// An issue's title, phase and owner; a body's name and status.
    static func fields(_ id: String, _ s: CouncilState) -> JSONObject {
        if let i = s.issues[id] { return ["title": .string(i.title), "phase": .string(i.phase.rawValue), "owner": .string(i.owner)] }
        if let b = s.bodies[id] { return ["name": .string(b.name), "status": .string(b.status.rawValue)] }
        return [:]
    }
}
