/// A Japanese fiscal year, April to March, named by the calendar year it starts in: FY2020 runs
/// from 2020-04-01 to 2021-03-31. Councils plan and report by it.
public struct FiscalYear: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let startYear: Int

    /// FY0 holds 0001-01-01…03-31, so that every `CalendarDate` has a fiscal year.
    public static let startYears = 0...9999

    /// `startYear` must lie in `startYears`.
    public init(startYear: Int) {
        precondition(Self.startYears.contains(startYear), "FiscalYear(startYear: \(startYear)) is outside 0…9999")
        self.startYear = startYear
    }

    /// Cut short to 0001-01-01 for FY0, which begins before the calendar does.
    public var firstDay: CalendarDate {
        startYear >= 1 ? CalendarDate(uncheckedYear: startYear, month: 4, day: 1) : .earliest
    }

    /// Cut short to 9999-12-31 for FY9999, which ends after the calendar does.
    public var lastDay: CalendarDate {
        startYear < 9999 ? CalendarDate(uncheckedYear: startYear + 1, month: 3, day: 31) : .latest
    }

    public func contains(_ date: CalendarDate) -> Bool {
        date.fiscalYear == self
    }

    /// FY9999 is its own next and FY0 its own previous: a stored record may name either (typed
    /// input cannot, see `CalendarDate.typedYears`), and a report about it must print, not stop the
    /// program. Nothing loops over `next`, which would not end there.
    public var next: FiscalYear { FiscalYear(startYear: min(startYear + 1, Self.startYears.upperBound)) }
    public var previous: FiscalYear { FiscalYear(startYear: max(startYear - 1, Self.startYears.lowerBound)) }

    public var description: String { "FY\(CalendarDate.padded(startYear, 4))" }

    /// "令和2年度"; see `WarekiFormatter.fiscalYear` for the year an era change falls in.
    public var wareki: String { WarekiFormatter.fiscalYear(startYear) }

    /// April first, March last; only months inside years 1…9999 (FY0 and FY9999 are short).
    public var months: [(year: Int, month: Int)] {
        (4...15).map { $0 <= 12 ? (year: startYear, month: $0) : (year: startYear + 1, month: $0 - 12) }
            .filter { CalendarDate.years.contains($0.year) }
    }

    public static func < (lhs: FiscalYear, rhs: FiscalYear) -> Bool {
        lhs.startYear < rhs.startYear
    }
}
