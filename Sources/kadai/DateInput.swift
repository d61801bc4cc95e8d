import EventStore
import Projections

import Calendar

/// Dates typed on the command line for filters: a day (a whole day in Japan time, where councils
/// meet) written as ISO, 和暦 or an abbreviation such as R8.4.1, or an ISO date-time with `Z` or an
/// offset, with or without milliseconds (as the log and `audit log` print times).
enum DateInput {
    static let japanOffsetMilliseconds = JapanTime.offsetMilliseconds

    /// The first instant the input denotes (`endOfDay` false) or the last (`endOfDay` true).
    static func parse(_ text: String, option: String, endOfDay: Bool) throws(CommandError) -> Timestamp {
        let refusal = CommandError(
            ja: "--\(option) の日付 '\(text)' を読めません。2026-04-01、令和8年4月1日、R8.4.1 や 2026-04-01T09:00:00+09:00 のように書いてください。",
            en: "--\(option) cannot read the date '\(text)'. Write it like 2026-04-01, R8.4.1 or 2026-04-01T09:00:00+09:00.")
        let chars = Array(text.utf8)
        func number(_ from: Int, _ count: Int) -> Int? {
            guard from + count <= chars.count else { return nil }
            var v = 0
            for c in chars[from..<(from + count)] {
                guard c >= 48 && c <= 57 else { return nil }
                v = v * 10 + Int(c - 48)
            }
            return v
        }
        func wholeDay(_ y: Int, _ m: Int, _ d: Int) throws(CommandError) -> Timestamp {
            guard let day = Timestamp(year: y, month: m, day: d) else { throw refusal }
            let start = day.millisecondsSinceEpoch - japanOffsetMilliseconds
            return Timestamp(millisecondsSinceEpoch: endOfDay ? start + 86_399_999 : start)
        }
        guard chars.count >= 10, chars[4] == 45, chars[7] == 45,
              let y = number(0, 4), let m = number(5, 2), let d = number(8, 2) else {
            // Not ISO: a day in 和暦 or abbreviated, as every other date option takes.
            let day: CalendarDate
            do { day = try DateParser.parse(text) } catch {
                // A day outside the range or its era is told so; for the rest the parser's example
                // would leave out the date-times this option also takes.
                switch error.reason {
                case .yearOutOfRange, .beforeEraBegan, .afterEraEnded: throw CommandBuilder.refusal(error, option: option)
                default: throw refusal
                }
            }
            return try wholeDay(day.year, day.month, day.day)
        }
        guard CalendarDate.typedYears.contains(y) else {
            let error = CalendarError(input: text, reason: .yearOutOfRange)
            throw CommandBuilder.refusal(error, option: option)
        }
        if chars.count == 10 { return try wholeDay(y, m, d) }
        guard chars.count >= 20, chars[10] == 84 || chars[10] == 32, chars[13] == 58, chars[16] == 58,
              let h = number(11, 2), let mi = number(14, 2), let s = number(17, 2),
              var local = Timestamp(year: y, month: m, day: d, hour: h, minute: mi, second: s) else { throw refusal }
        var zoneStart = 19
        if chars.count > 23, chars[19] == 46, let ms = number(20, 3) {
            local = Timestamp(millisecondsSinceEpoch: local.millisecondsSinceEpoch + Int64(ms))
            zoneStart = 23
        }
        let zone = chars[zoneStart...]
        if zone.elementsEqual([90]) { return local }
        guard zone.count == 6, zone.first == 43 || zone.first == 45, zone[zone.startIndex + 3] == 58,
              let oh = number(zoneStart + 1, 2), let om = number(zoneStart + 4, 2), oh <= 14, om < 60 else { throw refusal }
        let offset = Int64(oh * 60 + om) * 60_000 * (zone.first == 43 ? 1 : -1)
        return Timestamp(millisecondsSinceEpoch: local.millisecondsSinceEpoch - offset)
    }

    /// `--since` and `--until` of a command as one span of recorded time; refused when `--since`
    /// comes after `--until`, naming both.
    static func span(_ c: Context) throws(CommandError) -> ClosedRange<Timestamp> {
        let since = try c.command.value("since").map { (t) throws(CommandError) in try parse(t, option: "since", endOfDay: false) } ?? .earliest
        let until = try c.command.value("until").map { (t) throws(CommandError) in try parse(t, option: "until", endOfDay: true) } ?? .latest
        guard since <= until else {
            let (s, u) = (c.command.value("since") ?? "", c.command.value("until") ?? "")
            throw CommandError(ja: "--since '\(s)' が --until '\(u)' より後になっています。--since には --until より前の日付を書いてください。",
                               en: "--since '\(s)' comes after --until '\(u)'. Give --since a date before --until.")
        }
        return since...until
    }
}
