import Calendar
import JSON

/// Why stored event data could not be read back as a domain event.
public struct EventDataError: Error, Equatable, Sendable, CustomStringConvertible {
    public var type: String
    public var field: String
    public var description: String { "the \(type) event has no readable '\(field)'" }
}

/// Typed reads of an event's JSON data; every miss names the event type and the field.
struct EventData {
    let type: String
    let object: JSONObject

    func fail(_ field: String) -> EventDataError { EventDataError(type: type, field: field) }

    func string(_ key: String) throws(EventDataError) -> String {
        guard case .string(let s)? = object[key] else { throw fail(key) }
        return s
    }
    func optionalString(_ key: String) throws(EventDataError) -> String? {
        switch object[key] {
        case nil, .null?: return nil
        case .string(let s)?: return s
        default: throw fail(key)
        }
    }
    func strings(_ key: String) throws(EventDataError) -> [String] {
        guard let value = object[key] else { return [] }
        guard case .array(let items) = value else { throw fail(key) }
        var out: [String] = []
        for item in items { guard case .string(let s) = item else { throw fail(key) }; out.append(s) }
        return out
    }
    func int(_ key: String) throws(EventDataError) -> Int {
        guard case .int(let n)? = object[key] else { throw fail(key) }
        return Int(n)
    }
    func optionalInt(_ key: String) throws(EventDataError) -> Int? {
        guard let value = object[key], value != .null else { return nil }
        guard case .int(let n) = value else { throw fail(key) }
        return Int(n)
    }
    func bool(_ key: String) throws(EventDataError) -> Bool {
        guard let value = object[key] else { return false }
        guard case .bool(let b) = value else { throw fail(key) }
        return b
    }
    func date(_ key: String) throws(EventDataError) -> CalendarDate {
        guard let d = try optionalDate(key) else { throw fail(key) }
        return d
    }
    func optionalDate(_ key: String) throws(EventDataError) -> CalendarDate? {
        guard let text = try optionalString(key) else { return nil }
        guard let d = CalendarDate(iso: text) else { throw fail(key) }
        return d
    }
    func fiscalYear(_ key: String) throws(EventDataError) -> FiscalYear {
        let year = try int(key)
        guard FiscalYear.startYears.contains(year) else { throw fail(key) }
        return FiscalYear(startYear: year)
    }
    func word<V: Vocabulary>(_ key: String, as: V.Type) throws(EventDataError) -> V {
        guard let v = V(rawValue: try string(key)) else { throw fail(key) }
        return v
    }
    func optionalWord<V: Vocabulary>(_ key: String, as: V.Type) throws(EventDataError) -> V? {
        guard let text = try optionalString(key) else { return nil }
        guard let v = V(rawValue: text) else { throw fail(key) }
        return v
    }
    func words<V: Vocabulary>(_ key: String, as: V.Type) throws(EventDataError) -> [V] {
        var out: [V] = []
        for s in try strings(key) { guard let v = V(rawValue: s) else { throw fail(key) }; out.append(v) }
        return out
    }
    func objects(_ key: String) throws(EventDataError) -> [EventData] {
        guard let value = object[key] else { return [] }
        guard case .array(let items) = value else { throw fail(key) }
        var out: [EventData] = []
        for item in items { guard case .object(let o) = item else { throw fail(key) }; out.append(EventData(type: type, object: o)) }
        return out
    }
}

/// Building an event's JSON data in a fixed key order; empty optionals are left out.
struct EventDataWriter {
    var object = JSONObject()

    mutating func set(_ key: String, _ value: String) { object[key] = .string(value) }
    mutating func set(_ key: String, _ value: String?) { if let value { object[key] = .string(value) } }
    mutating func set(_ key: String, _ value: Int) { object[key] = .int(Int64(value)) }
    mutating func set(_ key: String, _ value: Int?) { if let value { object[key] = .int(Int64(value)) } }
    mutating func set(_ key: String, _ value: Bool) { if value { object[key] = .bool(true) } }
    mutating func set(_ key: String, _ value: [String]) { if !value.isEmpty { object[key] = .array(value.map { .string($0) }) } }
    mutating func set(_ key: String, _ value: CalendarDate) { object[key] = .string(value.description) }
    mutating func set(_ key: String, _ value: CalendarDate?) { if let value { object[key] = .string(value.description) } }
    mutating func set(_ key: String, _ value: FiscalYear) { object[key] = .int(Int64(value.startYear)) }
    mutating func set<V: Vocabulary>(_ key: String, _ value: V) { object[key] = .string(value.rawValue) }
    mutating func set<V: Vocabulary>(_ key: String, _ value: V?) { if let value { object[key] = .string(value.rawValue) } }
    mutating func set<V: Vocabulary>(_ key: String, _ value: [V]) { if !value.isEmpty { object[key] = .array(value.map { .string($0.rawValue) }) } }
    mutating func set(_ key: String, objects: [JSONObject]) { if !objects.isEmpty { object[key] = .array(objects.map { .object($0) }) } }
}

extension CalendarDate {
    /// The ISO form the event data stores (`2020-08-06`), nothing else. Read by position, without
    /// splitting: snapshots hold tens of thousands of these.
    public init?(iso text: String) {
        var text = text
        let parsed = text.withUTF8 { b -> CalendarDate? in
            guard b.count == 10, b[4] == 45, b[7] == 45 else { return nil }
            var value = [0, 0, 0]
            for (field, range) in [(0, 0..<4), (1, 5..<7), (2, 8..<10)] {
                for i in range {
                    let d = Int(b[i]) - 48
                    guard d >= 0 && d <= 9 else { return nil }
                    value[field] = value[field] * 10 + d
                }
            }
            return CalendarDate(year: value[0], month: value[1], day: value[2])
        }
        guard let parsed else { return nil }
        self = parsed
    }
}
