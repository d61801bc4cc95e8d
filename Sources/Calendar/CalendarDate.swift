/// A civil date with no time and no zone: councils record days, and a day must not move when a
/// file is read on a machine in another zone.
///
/// The calendar is the proleptic Gregorian one throughout, even before Japan adopted it in 1873,
/// so that arithmetic on days is exact everywhere in the range.
public struct CalendarDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Four-digit years only, so that the ISO form always sorts and reads back unambiguously.
    public static let years = 1...9999
    public static let earliest = CalendarDate(uncheckedYear: 1, month: 1, day: 1)
    public static let latest = CalendarDate(uncheckedYear: 9999, month: 12, day: 31)

    /// The years a typed date or fiscal year may name, narrower than what a record can hold.
    /// From 1873 (明治6年), when Japan adopted the Gregorian calendar: earlier 和暦 dates are
    /// lunisolar and cannot be converted by arithmetic. To 2100: later than any due date or plan a
    /// council writes, and early enough to catch 9999 or a mistyped 20260.
    public static let typedYears = 1873...2100

    /// Nil for a day that does not exist (2021-02-29, month 13, day 0) or a year outside `years`.
    public init?(year: Int, month: Int, day: Int) {
        guard Self.years.contains(year), day >= 1, day <= Self.daysIn(month: month, year: year) else { return nil }
        self.init(uncheckedYear: year, month: month, day: day)
    }

    init(uncheckedYear year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    public static func isLeap(_ year: Int) -> Bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }

    /// 0 for a month outside 1…12, so that `day <= daysIn(…)` alone rejects it.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 1, 3, 5, 7, 8, 10, 12: 31
        case 4, 6, 9, 11: 30
        case 2: isLeap(year) ? 29 : 28
        default: 0
        }
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// ISO 8601, "2020-08-06": the form stored in the log, because it sorts as text.
    public var description: String {
        "\(Self.padded(year, 4))-\(Self.padded(month, 2))-\(Self.padded(day, 2))"
    }

    static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
