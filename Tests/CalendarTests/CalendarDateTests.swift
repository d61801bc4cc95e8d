import Calendar
import Foundation
import Testing

@Suite struct CalendarDateTests {
    static let leapDays: [(year: Int, valid: Bool)] = [
        (2020, true), (2021, false), (2000, true), (1900, false), (2100, false), (2400, true), (4, true), (1, false),
    ]

    @Test(arguments: leapDays)
    func leapDaysFollowTheGregorianRule(_ year: Int, _ valid: Bool) {
        #expect((CalendarDate(year: year, month: 2, day: 29) != nil) == valid)
        #expect(CalendarDate.isLeap(year) == valid)
    }

    static let impossible: [(Int, Int, Int)] = [
        (2021, 2, 29), (2020, 2, 30), (2020, 4, 31), (2020, 13, 1), (2020, 0, 1), (2020, 1, 0),
        (2020, 1, 32), (0, 1, 1), (10000, 1, 1), (-1, 1, 1), (Int.max, Int.max, Int.max), (Int.min, 1, 1),
    ]

    @Test(arguments: impossible)
    func impossibleDatesAreNil(_ year: Int, _ month: Int, _ day: Int) {
        #expect(CalendarDate(year: year, month: month, day: day) == nil)
    }

    static let descriptions: [(CalendarDate, String)] = [
        (CalendarDate(year: 2020, month: 8, day: 6)!, "2020-08-06"),
        (CalendarDate(year: 1, month: 1, day: 1)!, "0001-01-01"),
        (CalendarDate(year: 9999, month: 12, day: 31)!, "9999-12-31"),
        (CalendarDate(year: 987, month: 10, day: 15)!, "0987-10-15"),
    ]

    @Test(arguments: descriptions)
    func describesItselfInISOForm(_ date: CalendarDate, _ iso: String) {
        #expect(date.description == iso)
    }

    static let anchors: [(String, Int)] = [
        ("1970-01-01", 0), ("1969-12-31", -1), ("2000-03-01", 11017), ("2020-08-06", 18480),
        ("0001-01-01", -719_162), ("9999-12-31", 2_932_896), ("1600-02-29", -135_081),
    ]

    @Test(arguments: anchors)
    func countsDaysFromTheEpoch(_ iso: String, _ days: Int) {
        #expect(date(iso).daysSinceEpoch == days)
        #expect(CalendarDate(daysSinceEpoch: days) == date(iso))
    }

    /// Walks 1800–2200 a day at a time with a plain month-table counter and Foundation alongside,
    /// so the closed-form arithmetic is checked against two independent methods on every day.
    @Test func daysSinceEpochRoundTripsEveryDayFrom1800To2200() {
        var gregorian = Foundation.Calendar(identifier: .gregorian)
        gregorian.timeZone = TimeZone(identifier: "UTC")!
        var (year, month, day) = (1800, 1, 1)
        var days = date("1800-01-01").daysSinceEpoch
        var mismatches = 0
        while year <= 2200 {
            let expected = CalendarDate(year: year, month: month, day: day)!
            let counted = CalendarDate(daysSinceEpoch: days)
            if counted != expected || expected.daysSinceEpoch != days { mismatches += 1 }
            if day == 1 {
                let parts = gregorian.dateComponents([.year, .month, .day], from: Date(timeIntervalSince1970: Double(days) * 86400))
                if (parts.year, parts.month, parts.day) != (year, month, day) { mismatches += 1 }
            }
            days += 1
            day += 1
            if day > CalendarDate.daysIn(month: month, year: year) { (month, day) = (month + 1, 1) }
            if month > 12 { (year, month) = (year + 1, 1) }
        }
        #expect(mismatches == 0)
        #expect(days == date("2201-01-01").daysSinceEpoch)
    }

    @Test func extremesRoundTrip() {
        #expect(CalendarDate(daysSinceEpoch: CalendarDate.dayRange.lowerBound) == .earliest)
        #expect(CalendarDate(daysSinceEpoch: CalendarDate.dayRange.upperBound) == .latest)
    }

    static let additions: [(String, Int, String)] = [
        ("2020-02-28", 1, "2020-02-29"), ("2021-02-28", 1, "2021-03-01"), ("2020-12-31", 1, "2021-01-01"),
        ("2021-03-31", 1, "2021-04-01"), ("2019-05-01", -1, "2019-04-30"), ("2020-08-06", 0, "2020-08-06"),
        ("2020-08-06", 365, "2021-08-06"), ("2000-01-01", -36524, "1900-01-01"),
    ]

    @Test(arguments: additions)
    func addsDays(_ start: String, _ days: Int, _ end: String) {
        #expect(date(start).adding(days: days) == date(end))
    }

    /// A stored date may sit at either end of the calendar; stepping past it stops there.
    @Test func addingStopsAtTheCalendarsEnds() {
        #expect(CalendarDate.earliest.adding(days: -1) == .earliest && CalendarDate.latest.adding(days: 1) == .latest)
        #expect(date("0001-01-02").adding(days: -400) == .earliest && date("9999-12-30").adding(days: 400) == .latest)
        #expect(CalendarDate.latest.adding(days: .max) == .latest && CalendarDate.earliest.adding(days: .min) == .earliest)
        #expect(CalendarDate.latest.adding(days: -1) == date("9999-12-30"))
    }

    @Test func ordersByDay() {
        #expect(date("2019-04-30") < date("2019-05-01"))
        #expect(date("2019-12-31") < date("2020-01-01"))
        #expect(date("2020-01-31") < date("2020-02-01"))
        #expect(!(date("2020-08-06") < date("2020-08-06")))
        #expect(Set([date("2020-08-06"), date("令和2年8月6日"), date("R2.8.6")]).count == 1)
    }
}
