import EventStore
import JSON

/// Counts over the whole log for `kadai stats`: events per type and per actor, and the span of
/// recorded times. Small, but it exercises the snapshot path every projection uses.
public struct LogSummary: Equatable, Sendable {
    public var events: UInt64 = 0
    public var byType: [String: UInt64] = [:]
    public var byActor: [String: UInt64] = [:]
    public var firstRecordedAt: Timestamp?
    public var lastRecordedAt: Timestamp?
}

public enum LogSummaryProjection: SnapshottingProjection {
    public static let name = "log-summary"
    public static let version = 1

    public static func initial() -> LogSummary { LogSummary() }

    public static func apply(_ s: inout LogSummary, _ e: RecordedEvent) {
        s.events += 1
        s.byType[e.type, default: 0] += 1
        s.byActor[e.actor, default: 0] += 1
        if s.firstRecordedAt == nil { s.firstRecordedAt = e.recordedAt }
        s.lastRecordedAt = e.recordedAt
    }

    public static func encode(_ s: LogSummary) -> [UInt8] {
        func counts(_ d: [String: UInt64]) -> JSONValue {
            .object(JSONObject(d.sorted { $0.key < $1.key }.map { ($0.key, JSONValue.int(Int64($0.value))) }))
        }
        let o: JSONObject = [
            "events": .int(Int64(s.events)), "byType": counts(s.byType), "byActor": counts(s.byActor),
            "firstRecordedAt": s.firstRecordedAt.map { .string($0.description) } ?? .null,
            "lastRecordedAt": s.lastRecordedAt.map { .string($0.description) } ?? .null,
        ]
        return Array(JSONValue.object(o).serialized().utf8)
    }

    public static func decode(_ bytes: [UInt8]) -> LogSummary? {
        guard case .object(let o)? = try? JSONValue.parse(bytes), case .int(let events)? = o["events"],
              case .object(let types)? = o["byType"], case .object(let actors)? = o["byActor"] else { return nil }
        func counts(_ object: JSONObject) -> [String: UInt64]? {
            var d: [String: UInt64] = [:]
            for (k, v) in object { guard case .int(let n) = v, n >= 0 else { return nil }; d[k] = UInt64(n) }
            return d
        }
        guard let byType = counts(types), let byActor = counts(actors), events >= 0 else { return nil }
        var s = LogSummary(events: UInt64(events), byType: byType, byActor: byActor)
        if case .string(let t)? = o["firstRecordedAt"] { s.firstRecordedAt = Timestamp(logForm: t) }
        if case .string(let t)? = o["lastRecordedAt"] { s.lastRecordedAt = Timestamp(logForm: t) }
        return s
    }
}
