/// A UTC instant with millisecond precision, written in the log as exactly 24 characters
/// `YYYY-MM-DDTHH:MM:SS.sssZ` so that lines stay fixed-shape and sort as text.
public struct Timestamp: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var millisecondsSinceEpoch: Int64

    public init(millisecondsSinceEpoch: Int64) {
        self.millisecondsSinceEpoch = millisecondsSinceEpoch
    }

    /// The earliest and latest instants the 24-character form can hold (years 0001–9999).
    public static let earliest = Timestamp(millisecondsSinceEpoch: -62_135_596_800_000)
    public static let latest = Timestamp(millisecondsSinceEpoch: 253_402_300_799_999)

    public static func < (a: Timestamp, b: Timestamp) -> Bool {
        a.millisecondsSinceEpoch < b.millisecondsSinceEpoch
    }

    public init?(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0, millisecond: Int = 0) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...Timestamp.daysIn(month: month, year: year)).contains(day),
              (0...23).contains(hour), (0...59).contains(minute), (0...59).contains(second),
              (0...999).contains(millisecond) else { return nil }
        let days = Timestamp.daysFromCivil(year: year, month: month, day: day)
        let seconds = days * 86_400 + Int64(hour * 3600 + minute * 60 + second)
        self.init(millisecondsSinceEpoch: seconds * 1000 + Int64(millisecond))
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Calendar fields in UTC.
    public var components: (year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int, millisecond: Int) {
        let ms = millisecondsSinceEpoch
        let days = ms >= 0 ? ms / 86_400_000 : (ms - 86_399_999) / 86_400_000
        let msOfDay = Int(ms - days * 86_400_000)
        let (y, m, d) = Timestamp.civilFromDays(days)
        return (y, m, d, msOfDay / 3_600_000, msOfDay / 60_000 % 60, msOfDay / 1000 % 60, msOfDay % 1000)
    }

    public var description: String {
        var bytes = [UInt8](repeating: 0, count: 24)
        bytes.withUnsafeMutableBufferPointer { write(to: $0.baseAddress!) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Writes the 24 ASCII bytes of the log form.
    public func write(to p: UnsafeMutablePointer<UInt8>) {
        let c = components
        func digits(_ value: Int, _ count: Int, at offset: Int) {
            var v = value
            for i in stride(from: count - 1, through: 0, by: -1) {
                p[offset + i] = UInt8(truncatingIfNeeded: 48 + v % 10)
                v /= 10
            }
        }
        digits(c.year, 4, at: 0); p[4] = 45
        digits(c.month, 2, at: 5); p[7] = 45
        digits(c.day, 2, at: 8); p[10] = 84
        digits(c.hour, 2, at: 11); p[13] = 58
        digits(c.minute, 2, at: 14); p[16] = 58
        digits(c.second, 2, at: 17); p[19] = 46
        digits(c.millisecond, 3, at: 20); p[23] = 90
    }

    /// Parses exactly the 24-character log form; nil for anything else, including impossible dates.
    public init?(logForm b: UnsafeRawBufferPointer) {
        guard b.count == 24, b[4] == 45, b[7] == 45, b[10] == 84, b[13] == 58, b[16] == 58, b[19] == 46, b[23] == 90
        else { return nil }
        func number(_ from: Int, _ count: Int) -> Int? {
            var v = 0
            for i in from..<(from + count) {
                let d = Int(b[i]) - 48
                guard d >= 0 && d <= 9 else { return nil }
                v = v * 10 + d
            }
            return v
        }
        guard let y = number(0, 4), let mo = number(5, 2), let d = number(8, 2), let h = number(11, 2),
              let mi = number(14, 2), let s = number(17, 2), let ms = number(20, 3) else { return nil }
        self.init(year: y, month: mo, day: d, hour: h, minute: mi, second: s, millisecond: ms)
    }

    public init?(logForm text: String) {
        var text = text
        guard let parsed = text.withUTF8({ Timestamp(logForm: UnsafeRawBufferPointer($0)) }) else { return nil }
        self = parsed
    }

    // Howard Hinnant's days_from_civil / civil_from_days: exact for the proleptic Gregorian calendar.
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int64 {
        let y = Int64(month <= 2 ? year - 1 : year)
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let m = Int64(month), d = Int64(day)
        let doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func civilFromDays(_ days: Int64) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (Int(yoe + era * 400 + (m <= 2 ? 1 : 0)), Int(m), Int(d))
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Timestamp {
    /// The wall clock now. The store takes a clock so tests can fix time.
    public static func now() -> Timestamp {
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        return Timestamp(millisecondsSinceEpoch: Int64(ts.tv_sec) * 1000 + Int64(ts.tv_nsec) / 1_000_000)
    }
}
