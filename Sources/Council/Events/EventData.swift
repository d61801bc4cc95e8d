import Calendar
import JSON

/// Why stored event data could not be read back as a domain event.
public struct EventDataError: Error, Equatable, Sendable, CustomStringConvertible {
    public var type: String
    public var field: String
    public var description: String { "the \(type) event has no readable '\(field)'" }

    /// Public so that a ledger of its own module (`LedgerEvent.decode`) can say what it cannot read.
    public init(type: String, field: String) {
        self.type = type
        self.field = field
    }
}

/// Typed reads of an event's JSON data, straight from its bytes: each field is looked up by name
/// and only its value is read (no `JSONValue` tree is built, since replaying the log decodes
/// every event). Every miss names the event type and the field.
struct EventData {
    let type: String
    let view: JSONObjectView

    func fail(_ field: StaticString) -> EventDataError { EventDataError(type: type, field: field.description) }

    /// Reads the value of `key` with `read`; a value of the wrong kind is a miss of that field.
    private func read<T>(_ key: StaticString, _ read: (inout JSONReader) throws(JSONError) -> T) throws(EventDataError) -> T? {
        guard var r = view.reader(forKey: key) else { return nil }
        do { return try read(&r) } catch { throw fail(key) }
    }

    private func present(_ key: StaticString) -> Bool {
        guard var r = view.reader(forKey: key) else { return false }
        return !r.skipNull()
    }

    func string(_ key: StaticString) throws(EventDataError) -> String {
        guard let value = view.value(forKey: key) else { throw fail(key) }
        if let plain = value.plainString { return String(decoding: plain, as: UTF8.self) }
        var r = value.reader
        do { return try r.readString() } catch { throw fail(key) }
    }
    func optionalString(_ key: StaticString) throws(EventDataError) -> String? {
        guard present(key) else { return nil }
        return try string(key)
    }
    func strings(_ key: StaticString) throws(EventDataError) -> [String] {
        try read(key) { (r) throws(JSONError) in
            var out: [String] = []
            try r.readArray { (e) throws(JSONError) in out.append(try e.readString()) }
            return out
        } ?? []
    }
    func int(_ key: StaticString) throws(EventDataError) -> Int {
        guard let n = try read(key, { (r) throws(JSONError) in try r.readInt() }), let i = Int(exactly: n) else { throw fail(key) }
        return i
    }
    func optionalInt(_ key: StaticString) throws(EventDataError) -> Int? {
        guard present(key) else { return nil }
        return try int(key)
    }
    func bool(_ key: StaticString) throws(EventDataError) -> Bool {
        try read(key) { (r) throws(JSONError) in try r.readBool() } ?? false
    }
    func date(_ key: StaticString) throws(EventDataError) -> CalendarDate {
        guard let d = try optionalDate(key) else { throw fail(key) }
        return d
    }
    func optionalDate(_ key: StaticString) throws(EventDataError) -> CalendarDate? {
        guard present(key) else { return nil }
        // Dates are written plain, so their bytes are read in place; anything else takes the long way.
        if let plain = view.value(forKey: key)?.plainString, let d = CalendarDate(isoBytes: plain) { return d }
        guard let d = CalendarDate(iso: try string(key)) else { throw fail(key) }
        return d
    }
    /// A day is read as `date` reads it; a month or a 年度 in its stored form ("2021-11", "FY2021").
    func partialDate(_ key: StaticString) throws(EventDataError) -> PartialDate {
        if let plain = view.value(forKey: key)?.plainString, let d = CalendarDate(isoBytes: plain) { return .day(d) }
        guard let d = PartialDate(stored: try string(key)) else { throw fail(key) }
        return d
    }
    func optionalPartialDate(_ key: StaticString) throws(EventDataError) -> PartialDate? {
        guard present(key) else { return nil }
        return try partialDate(key)
    }
    func fiscalYear(_ key: StaticString) throws(EventDataError) -> FiscalYear {
        let year = try int(key)
        guard FiscalYear.startYears.contains(year) else { throw fail(key) }
        return FiscalYear(startYear: year)
    }
    func word<V: Vocabulary>(_ key: StaticString, as: V.Type) throws(EventDataError) -> V {
        if let plain = view.value(forKey: key)?.plainString, let v = V(storedBytes: plain) { return v }
        guard let v = V(rawValue: try string(key)) else { throw fail(key) }
        return v
    }
    func optionalWord<V: Vocabulary>(_ key: StaticString, as: V.Type) throws(EventDataError) -> V? {
        guard let text = try optionalString(key) else { return nil }
        guard let v = V(rawValue: text) else { throw fail(key) }
        return v
    }
    func words<V: Vocabulary>(_ key: StaticString, as: V.Type) throws(EventDataError) -> [V] {
        let words = try read(key) { (r) throws(JSONError) -> [V?] in
            var out: [V?] = []
            try r.readArray { (e) throws(JSONError) in
                if let plain = try? e.readStringBytes() { out.append(V(storedBytes: plain)) } else { out.append(V(rawValue: try e.readString())) }
            }
            return out
        } ?? []
        guard !words.contains(nil) else { throw fail(key) }
        return words.map { $0! }
    }
    func objects(_ key: StaticString) throws(EventDataError) -> [EventData] {
        let base = view.buffer
        return try read(key) { (r) throws(JSONError) in
            var out: [EventData] = []
            try r.readArray { (e) throws(JSONError) in out.append(EventData(type: type, view: try JSONObjectView(at: &e, buffer: base))) }
            return out
        } ?? []
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
    mutating func set(_ key: String, _ value: PartialDate) { object[key] = .string(value.description) }
    mutating func set(_ key: String, _ value: PartialDate?) { if let value { object[key] = .string(value.description) } }
    mutating func set(_ key: String, _ value: FiscalYear) { object[key] = .int(Int64(value.startYear)) }
    mutating func set<V: Vocabulary>(_ key: String, _ value: V) { object[key] = .string(value.rawValue) }
    mutating func set<V: Vocabulary>(_ key: String, _ value: V?) { if let value { object[key] = .string(value.rawValue) } }
    mutating func set<V: Vocabulary>(_ key: String, _ value: [V]) { if !value.isEmpty { object[key] = .array(value.map { .string($0.rawValue) }) } }
    mutating func set(_ key: String, objects: [JSONObject]) { if !objects.isEmpty { object[key] = .array(objects.map { .object($0) }) } }
}

extension CalendarDate {
    /// The ISO form the event data stores (`2020-08-06`), nothing else.
    public init?(iso text: String) {
        var text = text
        guard let parsed = text.withUTF8({ CalendarDate(isoBytes: UnsafeRawBufferPointer($0)) }) else { return nil }
        self = parsed
    }

    /// The same from UTF-8 bytes, read by position without splitting or allocating: a replay of
    /// the log and a snapshot read tens of thousands of these.
    init?(isoBytes b: UnsafeRawBufferPointer) {
        guard b.count == 10, b[4] == 45, b[7] == 45 else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for i in range {
                let d = Int(b[i]) &- 48
                guard d >= 0 && d <= 9 else { return nil }
                value = value * 10 + d
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
              let date = CalendarDate(year: year, month: month, day: day) else { return nil }
        self = date
    }
}

extension Vocabulary {
    /// The word stored as these UTF-8 bytes, compared without making a `String`: replaying the
    /// log reads one or more words from most events.
    init?(storedBytes bytes: UnsafeRawBufferPointer) {
        for word in Self.allCases {
            var name = word.rawValue
            if name.withUTF8({ $0.count == bytes.count && $0.elementsEqual(bytes) }) {
                self = word
                return
            }
        }
        return nil
    }
}
