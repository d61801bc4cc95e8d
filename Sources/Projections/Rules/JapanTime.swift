import Calendar
import EventStore

/// Councils meet in Japan: a day typed or printed is a day in Japan time (UTC+9, no daylight
/// saving), whatever the machine's zone. The one place the offset is written.
public enum JapanTime {
    public static let offsetMilliseconds: Int64 = 9 * 3_600_000

    /// The instant as a clock in Japan shows it.
    public static func components(of t: Timestamp) -> (year: Int, month: Int, day: Int, hour: Int, minute: Int) {
        let c = Timestamp(millisecondsSinceEpoch: t.millisecondsSinceEpoch + offsetMilliseconds).components
        return (c.year, c.month, c.day, c.hour, c.minute)
    }

    /// The day it is in Japan at the instant.
    public static func day(of t: Timestamp) -> CalendarDate {
        let c = components(of: t)
        return CalendarDate(year: c.year, month: c.month, day: c.day) ?? (t.millisecondsSinceEpoch < 0 ? .earliest : .latest)
    }
}

extension CalendarDate {
    /// Today in Japan, where councils meet.
    public static var todayInJapan: CalendarDate { JapanTime.day(of: .now()) }
}
