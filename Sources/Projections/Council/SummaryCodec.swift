import Calendar
import Council

/// Little-endian writer for the summary snapshot.
struct SummaryWriter {
    var bytes: [UInt8] = []

    mutating func int(_ v: Int) { withUnsafeBytes(of: Int64(v).littleEndian) { bytes.append(contentsOf: $0) } }
    mutating func string(_ s: String) {
        var s = s
        s.withUTF8 { utf8 in
            int(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }
    mutating func date(_ d: CalendarDate) { int(d.daysSinceEpoch) }
    mutating func word<V: Vocabulary>(_ v: V) { int(V.allCases.firstIndex(of: v).map { V.allCases.distance(from: V.allCases.startIndex, to: $0) } ?? 0) }
}

/// Reader for the summary snapshot; every read says nil past the end or out of range.
struct SummaryReader {
    let bytes: [UInt8]
    var offset = 0
    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var atEnd: Bool { offset == bytes.count }

    mutating func int() -> Int? {
        guard offset + 8 <= bytes.count else { return nil }
        defer { offset += 8 }
        return Int(Int64(littleEndian: bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: Int64.self) }))
    }
    mutating func string() -> String? {
        guard let n = int(), n >= 0, n <= bytes.count - offset else { return nil }
        defer { offset += n }
        return String(decoding: bytes[offset..<(offset + n)], as: UTF8.self)
    }
    mutating func date() -> CalendarDate? {
        guard let days = int(), (CalendarDate.earliest.daysSinceEpoch...CalendarDate.latest.daysSinceEpoch).contains(days) else { return nil }
        return CalendarDate(daysSinceEpoch: days)
    }
    mutating func word<V: Vocabulary>(_ type: V.Type) -> V? {
        guard let n = int(), n >= 0, n < V.allCases.count else { return nil }
        return V.allCases[V.allCases.index(V.allCases.startIndex, offsetBy: n)]
    }
}
