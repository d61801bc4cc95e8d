/// A month of a year, for a fact known only to the month (令和3年11月): the day is not invented.
public struct CalendarMonth: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int

    /// Nil for a month outside 1…12 or a year outside `CalendarDate.years`.
    public init?(year: Int, month: Int) {
        guard CalendarDate.years.contains(year), (1...12).contains(month) else { return nil }
        self.year = year
        self.month = month
    }

    public init(of date: CalendarDate) {
        year = date.year
        month = date.month
    }

    public var firstDay: CalendarDate { CalendarDate(uncheckedYear: year, month: month, day: 1) }
    public var lastDay: CalendarDate {
        CalendarDate(uncheckedYear: year, month: month, day: CalendarDate.daysIn(month: month, year: year))
    }

    public var fiscalYear: FiscalYear { firstDay.fiscalYear }

    public func contains(_ date: CalendarDate) -> Bool { date.year == year && date.month == month }

    /// "2021-11": the stored form, which sorts as text beside full dates.
    public var description: String { "\(CalendarDate.padded(year, 4))-\(CalendarDate.padded(month, 2))" }

    /// "令和3年11月", named by the era of its first day (2019-04 is 平成31年4月, 2019-05 令和元年5月).
    public var wareki: String {
        guard let era = Era.of(firstDay) else { return description }
        return "\(era.kanji)\(WarekiFormatter.kanjiYear(era.eraYear(gregorianYear: year)))年\(month)月"
    }

    /// "R3.11".
    public var warekiShort: String {
        guard let era = Era.of(firstDay) else { return description }
        return "\(era.letter)\(era.eraYear(gregorianYear: year)).\(month)"
    }

    public static func < (lhs: CalendarMonth, rhs: CalendarMonth) -> Bool {
        (lhs.year, lhs.month) < (rhs.year, rhs.month)
    }
}
