/// Reads a date that may be known only to the month or to the 年度, as reports from past years give
/// them: everything `DateParser` reads, and 2021-11, 2021年11月, 令和3年11月, R3.11 for a month,
/// and 令和3年度, R3年度, 2021年度, FY2021 for a fiscal year.
///
/// A bare year (2021, R3) is refused: it could be the calendar year or the 年度, and a wrong guess
/// moves January to March into another year's report.
public enum PartialDateParser {
    public static func parse(_ text: String) throws(CalendarError) -> PartialDate {
        do {
            return try read(text)
        } catch {
            // One subject for every refusal, so that each message shows all three ways of writing.
            throw CalendarError(input: error.input, reason: error.reason, subject: .partialDate)
        }
    }

    private static func read(_ text: String) throws(CalendarError) -> PartialDate {
        let tokens = try Lexer.tokens(of: text, subject: .partialDate)
        if namesFiscalYear(tokens) { return .fiscalYear(try FiscalYearParser.parse(text)) }
        guard let written = WrittenDate.read(tokens) else {
            if tokens.count == 1, case .number(let digits, _) = tokens[0], (6...8).contains(digits) {
                throw CalendarError(input: text, reason: .digitsOnly, subject: .partialDate)
            }
            throw CalendarError(input: text, reason: .unreadable, subject: .partialDate)
        }
        if let day = written.day { return .day(try DateParser.resolve(written, day: day, input: text)) }
        return .month(try month(written, input: text))
    }

    /// 年度 written, or FY in front.
    private static func namesFiscalYear(_ tokens: [Token]) -> Bool {
        if tokens.contains(.mark(.fiscal)) { return true }
        if case .word(let word) = tokens.first { return word.uppercased() == "FY" }
        return false
    }

    /// A month is accepted in an era when any of its days is: 平成元年1月 (from the 8th) and
    /// 令和元年5月 are months of their eras, 令和元年4月 is not.
    private static func month(_ written: WrittenDate, input: String) throws(CalendarError) -> CalendarMonth {
        func failure(_ reason: CalendarError.Reason) -> CalendarError {
            CalendarError(input: input, reason: reason, subject: .partialDate)
        }
        let year: Int
        var era: Era?
        switch written.year {
        case .gregorian(let y):
            year = y
        case .era(let name, let eraYear):
            guard let e = Era(name: name) else { throw failure(Era.looksLikeName(name) ? .unknownEra(name) : .unreadable) }
            guard eraYear >= 1 else { throw failure(.eraYearZero(e)) }
            year = e.gregorianYear(eraYear: eraYear)
            era = e
        }
        guard CalendarDate.typedYears.contains(year) else { throw failure(.yearOutOfRange) }
        guard let month = CalendarMonth(year: year, month: written.month) else {
            throw failure(.impossibleDate(year: year, month: written.month, day: 1))
        }
        if let era {
            let correction = written.abbreviated ? month.warekiShort : month.wareki
            guard month.lastDay >= era.firstDay else { throw failure(.beforeEraBegan(era, correction: correction)) }
            if let last = era.lastDay, month.firstDay > last, !era.isWrittenPastItsEnd {
                throw failure(.afterEraEnded(era, correction: correction))
            }
        }
        return month
    }
}
