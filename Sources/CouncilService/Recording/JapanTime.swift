import Calendar
import EventStore

extension CalendarDate {
    /// Japan's offset from UTC: councils meet in Japan, and Japan keeps no summer time.
    public static let japanOffsetMilliseconds: Int64 = 9 * 3_600_000

    /// Today in Japan, where councils meet.
    public static var todayInJapan: CalendarDate {
        let c = Timestamp(millisecondsSinceEpoch: Timestamp.now().millisecondsSinceEpoch + japanOffsetMilliseconds).components
        return CalendarDate(year: c.year, month: c.month, day: c.day)!
    }
}
