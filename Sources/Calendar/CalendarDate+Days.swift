/// Day counting after Howard Hinnant's `days_from_civil` and `civil_from_days`
/// (chrono-Compatible Low-Level Date Algorithms): closed forms over 400-year cycles, exact in both
/// directions, with no table and no loop.
extension CalendarDate {
    /// The `daysSinceEpoch` of `earliest` through that of `latest`.
    public static let dayRange = earliest.daysSinceEpoch...latest.daysSinceEpoch

    /// Days since 1970-01-01; negative before it.
    public var daysSinceEpoch: Int {
        // Counting from March puts the leap day at the end of the year, where it disturbs nothing.
        let y = month <= 2 ? year - 1 : year
        let cycle = (y >= 0 ? y : y - 399) / 400
        let yearOfCycle = y - cycle * 400
        let dayOfYear = (153 * ((month + 9) % 12) + 2) / 5 + day - 1
        let dayOfCycle = yearOfCycle * 365 + yearOfCycle / 4 - yearOfCycle / 100 + dayOfYear
        return cycle * 146_097 + dayOfCycle - 719_468
    }

    /// The date `days` after 1970-01-01. `days` must lie in `dayRange` (years 1…9999): a date
    /// outside it could not be written back as four digits, so this traps rather than invent one.
    public init(daysSinceEpoch days: Int) {
        precondition(Self.dayRange.contains(days), "CalendarDate(daysSinceEpoch: \(days)) is outside years 1…9999")
        let z = days + 719_468
        let cycle = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfCycle = z - cycle * 146_097
        let yearOfCycle = (dayOfCycle - dayOfCycle / 1460 + dayOfCycle / 36524 - dayOfCycle / 146_096) / 365
        let dayOfYear = dayOfCycle - (365 * yearOfCycle + yearOfCycle / 4 - yearOfCycle / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        self.init(uncheckedYear: yearOfCycle + cycle * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }

    /// Stops at `earliest` and `latest` rather than leave years 1…9999: a stored date may sit at
    /// either end (typed input cannot, see `typedYears`), and the day before 0001-01-01 in a
    /// document must print, not stop the program.
    public func adding(days: Int) -> CalendarDate {
        let (sum, overflow) = daysSinceEpoch.addingReportingOverflow(days)
        let range = Self.dayRange
        if overflow { return days < 0 ? .earliest : .latest }
        return CalendarDate(daysSinceEpoch: min(max(sum, range.lowerBound), range.upperBound))
    }

    /// April–March, the Japanese public-sector year.
    public var fiscalYear: FiscalYear {
        FiscalYear(startYear: month >= 4 ? year : year - 1)
    }
}
