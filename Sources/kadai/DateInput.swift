import EventStore

/// Dates typed on the command line for filters: an ISO date (a whole day in Japan time, where
/// councils meet) or an ISO date-time with `Z` or an offset. 和暦 input arrives with the calendar
/// of the council domain.
enum DateInput {
    static let japanOffsetMilliseconds: Int64 = 9 * 3_600_000

    /// The first instant the input denotes (`endOfDay` false) or the last (`endOfDay` true).
    static func parse(_ text: String, option: String, endOfDay: Bool) throws(CommandError) -> Timestamp {
        let refusal = CommandError(
            ja: "--\(option) の日付 '\(text)' を読めません。2026-04-01 や 2026-04-01T09:00:00+09:00 のように書いてください。",
            en: "--\(option) cannot read the date '\(text)'. Write it like 2026-04-01 or 2026-04-01T09:00:00+09:00.")
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
        guard chars.count >= 10, chars[4] == 45, chars[7] == 45,
              let y = number(0, 4), let m = number(5, 2), let d = number(8, 2) else { throw refusal }
        if chars.count == 10 {
            guard let day = Timestamp(year: y, month: m, day: d) else { throw refusal }
            let start = day.millisecondsSinceEpoch - japanOffsetMilliseconds
            return Timestamp(millisecondsSinceEpoch: endOfDay ? start + 86_399_999 : start)
        }
        guard chars.count >= 20, chars[10] == 84 || chars[10] == 32, chars[13] == 58, chars[16] == 58,
              let h = number(11, 2), let mi = number(14, 2), let s = number(17, 2),
              let local = Timestamp(year: y, month: m, day: d, hour: h, minute: mi, second: s) else { throw refusal }
        let zone = chars[19...]
        if zone.elementsEqual([90]) { return local }
        guard zone.count == 6, zone.first == 43 || zone.first == 45, zone[zone.startIndex + 3] == 58,
              let oh = number(20, 2), let om = number(23, 2), oh <= 14, om < 60 else { throw refusal }
        let offset = Int64(oh * 60 + om) * 60_000 * (zone.first == 43 ? 1 : -1)
        return Timestamp(millisecondsSinceEpoch: local.millisecondsSinceEpoch - offset)
    }
}
