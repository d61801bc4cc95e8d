import Calendar
import Council

/// Little-endian writer for binary snapshot payloads: integers as 8 bytes, strings length-prefixed
/// UTF-8, dates as days since 1970, vocabulary as the case's index.
struct SnapshotWriter {
    var bytes: [UInt8] = []

    mutating func int(_ v: Int) { withUnsafeBytes(of: Int64(v).littleEndian) { bytes.append(contentsOf: $0) } }
    mutating func position(_ v: UInt64) { int(Int(v)) }
    mutating func byte(_ v: UInt8) { bytes.append(v) }
    /// A small number (a count, a table entry) in four bytes.
    mutating func small(_ v: Int) { withUnsafeBytes(of: UInt32(truncatingIfNeeded: v).littleEndian) { bytes.append(contentsOf: $0) } }
    /// A date in four bytes (days since 1970 fit: years 1…9999 lie within ±3 million days).
    mutating func day(_ d: CalendarDate) { withUnsafeBytes(of: Int32(d.daysSinceEpoch).littleEndian) { bytes.append(contentsOf: $0) } }
    mutating func bool(_ v: Bool) { bytes.append(v ? 1 : 0) }
    mutating func string(_ s: String) {
        var s = s
        s.withUTF8 { utf8 in
            int(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }
    mutating func strings(_ list: [String]) {
        int(list.count)
        for s in list { string(s) }
    }
    mutating func optionalString(_ s: String?) {
        bool(s != nil)
        if let s { string(s) }
    }
    mutating func date(_ d: CalendarDate) { int(d.daysSinceEpoch) }
    mutating func optionalDate(_ d: CalendarDate?) {
        bool(d != nil)
        if let d { date(d) }
    }
    mutating func word<V: Vocabulary>(_ v: V) { int(V.allCases.firstIndex(of: v).map { V.allCases.distance(from: V.allCases.startIndex, to: $0) } ?? 0) }
    mutating func optionalWord<V: Vocabulary>(_ v: V?) { int(v.map { V.allCases.distance(from: V.allCases.startIndex, to: V.allCases.firstIndex(of: $0)!) + 1 } ?? 0) }
    /// Bytes as they are, length-prefixed.
    mutating func data(_ b: [UInt8]) {
        int(b.count)
        bytes.append(contentsOf: b)
    }
}

/// Reader for binary snapshot payloads; every read says nil past the end or out of range.
struct SnapshotReader {
    let bytes: [UInt8]
    var offset = 0
    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var atEnd: Bool { offset == bytes.count }
    var remaining: Int { bytes.count - offset }

    mutating func int() -> Int? {
        guard offset + 8 <= bytes.count else { return nil }
        defer { offset += 8 }
        return Int(Int64(littleEndian: bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: Int64.self) }))
    }
    /// A count of things each at least `size` bytes long that the rest of the payload can hold.
    mutating func count(each size: Int = 1) -> Int? {
        guard let n = int(), n >= 0, n <= remaining / max(size, 1) else { return nil }
        return n
    }
    mutating func position() -> UInt64? { int().flatMap { $0 >= 0 ? UInt64($0) : nil } }
    mutating func small() -> Int? {
        guard offset + 4 <= bytes.count else { return nil }
        defer { offset += 4 }
        return Int(UInt32(littleEndian: bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: UInt32.self) }))
    }
    /// A count of things each at least `size` bytes long, in four bytes.
    mutating func smallCount(each size: Int = 1) -> Int? {
        guard let n = small(), n <= remaining / max(size, 1) else { return nil }
        return n
    }
    mutating func day() -> CalendarDate? {
        guard offset + 4 <= bytes.count else { return nil }
        defer { offset += 4 }
        let days = Int(Int32(littleEndian: bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: Int32.self) }))
        return CalendarDate.dayRange.contains(days) ? CalendarDate(daysSinceEpoch: days) : nil
    }
    mutating func byte() -> UInt8? {
        guard offset < bytes.count else { return nil }
        defer { offset += 1 }
        return bytes[offset]
    }
    mutating func bool() -> Bool? {
        switch byte() {
        case 0?: return false
        case 1?: return true
        default: return nil
        }
    }
    mutating func string() -> String? {
        guard let n = int(), n >= 0, n <= bytes.count - offset else { return nil }
        defer { offset += n }
        return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[offset..<(offset + n)]), as: UTF8.self) }
    }
    mutating func strings() -> [String]? {
        guard let count = count(each: 8) else { return nil }
        var list: [String] = []
        for _ in 0..<count {
            guard let s = string() else { return nil }
            list.append(s)
        }
        return list
    }
    mutating func optionalString() -> String?? {
        guard let present = bool() else { return nil }
        return present ? string().map { .some($0) } : .some(nil)
    }
    mutating func date() -> CalendarDate? {
        guard let days = int(), CalendarDate.dayRange.contains(days) else { return nil }
        return CalendarDate(daysSinceEpoch: days)
    }
    mutating func optionalDate() -> CalendarDate?? {
        guard let present = bool() else { return nil }
        return present ? date().map { .some($0) } : .some(nil)
    }
    mutating func word<V: Vocabulary>(_ type: V.Type) -> V? {
        guard let n = int(), n >= 0, n < V.allCases.count else { return nil }
        return V.allCases[V.allCases.index(V.allCases.startIndex, offsetBy: n)]
    }
    mutating func optionalWord<V: Vocabulary>(_ type: V.Type) -> V?? {
        guard let n = int(), n >= 0, n <= V.allCases.count else { return nil }
        return n == 0 ? .some(nil) : V.allCases[V.allCases.index(V.allCases.startIndex, offsetBy: n - 1)]
    }
    mutating func data() -> ArraySlice<UInt8>? {
        guard let n = count() else { return nil }
        defer { offset += n }
        return bytes[offset..<(offset + n)]
    }
}

/// Strings a payload names many times (body and issue ids), written once and referred to by
/// number, so a reader makes each once.
struct StringTableWriter {
    private(set) var strings: [String] = []
    private var numbers: [String: Int] = [:]

    mutating func number(_ s: String) -> Int {
        if let n = numbers[s] { return n }
        numbers[s] = strings.count
        strings.append(s)
        return strings.count - 1
    }
    /// 0 for none, the string's number + 1 otherwise.
    mutating func optionalNumber(_ s: String?) -> Int { s.map { number($0) + 1 } ?? 0 }

    func write(into w: inout SnapshotWriter) {
        w.int(strings.count)
        for s in strings { w.string(s) }
    }

    mutating func write(_ s: String, into w: inout SnapshotWriter) { w.small(number(s)) }
    mutating func write(optional s: String?, into w: inout SnapshotWriter) { w.small(optionalNumber(s)) }
}

extension SnapshotReader {
    mutating func stringTable() -> [String]? {
        guard let n = count(each: 8) else { return nil }
        var table: [String] = []
        table.reserveCapacity(n)
        for _ in 0..<n {
            guard let s = string() else { return nil }
            table.append(s)
        }
        return table
    }
    mutating func string(in table: [String]) -> String? {
        guard let n = small(), n < table.count else { return nil }
        return table[n]
    }
    mutating func optionalString(in table: [String]) -> String?? {
        guard let n = small(), n <= table.count else { return nil }
        return n == 0 ? .some(nil) : table[n - 1]
    }
}
