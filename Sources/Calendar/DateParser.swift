/// Reads the dates municipal staff type: ISO, 和暦 in kanji, and letter abbreviations.
public enum DateParser {
    /// Accepts 2020-08-06 (also 2020/8/6, 2020-8-6, 2020年8月6日), 令和2年8月6日 and 令和元年5月1日
    /// (full-width digits and spaces too), and R2.8.6, H30.4.1, S64.1.7 (lower-case letters, and
    /// '/' or '-' for '.'), in `CalendarDate.typedYears` only. 平成 years past its end are
    /// accepted, since documents written before the era change use them (平成33年4月1日 =
    /// 2021-04-01); a day before an era began, or after any other era ended (昭和64年1月8日), is
    /// refused with the correct form.
    public static func parse(_ text: String) throws(CalendarError) -> CalendarDate {
        let tokens = try Lexer.tokens(of: text, subject: .date)
        guard let written = WrittenDate.read(tokens), let day = written.day else {
            if WrittenDate.read(tokens) != nil { throw CalendarError(input: text, reason: .noDay) }
            if tokens.count == 1, case .number(let digits, _) = tokens[0], (6...8).contains(digits) {
                throw CalendarError(input: text, reason: .digitsOnly)
            }
            throw CalendarError(input: text, reason: .unreadable)
        }
        return try resolve(written, day: day, input: text)
    }

    static func resolve(_ written: WrittenDate, day: Int, input: String) throws(CalendarError) -> CalendarDate {
        switch written.year {
        case .gregorian(let year):
            return try date(year, written.month, day, input: input)
        case .era(let name, let eraYear):
            guard let era = Era(name: name) else {
                throw CalendarError(input: input, reason: Era.looksLikeName(name) ? .unknownEra(name) : .unreadable)
            }
            guard eraYear >= 1 else { throw CalendarError(input: input, reason: .eraYearZero(era)) }
            let date = try date(era.gregorianYear(eraYear: eraYear), written.month, day, input: input)
            let correction = written.abbreviated ? date.warekiShort : date.wareki
            guard date >= era.firstDay else { throw CalendarError(input: input, reason: .beforeEraBegan(era, correction: correction)) }
            if let last = era.lastDay, date > last, !era.isWrittenPastItsEnd {
                throw CalendarError(input: input, reason: .afterEraEnded(era, correction: correction))
            }
            return date
        }
    }

    private static func date(_ year: Int, _ month: Int, _ day: Int, input: String) throws(CalendarError) -> CalendarDate {
        guard CalendarDate.typedYears.contains(year) else { throw CalendarError(input: input, reason: .yearOutOfRange) }
        guard let date = CalendarDate(year: year, month: month, day: day) else {
            throw CalendarError(input: input, reason: .impossibleDate(year: year, month: month, day: day))
        }
        return date
    }
}
