/// Reads fiscal years as councils name them in plans and reports.
public enum FiscalYearParser {
    /// Accepts 2020, FY2020 (fy2020), 2020年度, 令和2年度, 令和元年度, 令和2, R2, R2年度, H31
    /// (full-width too), in `CalendarDate.typedYears` only. An era year names the fiscal year
    /// starting in April of that year, so 平成31年度 and 令和元年度 are both FY2019 and 昭和64年度
    /// is FY1989; an era year the era never reached is refused (大正16年度), except 平成's
    /// (平成33年度 = FY2021, see `Era.isWrittenPastItsEnd`).
    public static func parse(_ text: String) throws(CalendarError) -> FiscalYear {
        let tokens = try Lexer.tokens(of: text, subject: .fiscalYear)
        func failure(_ reason: CalendarError.Reason) -> CalendarError {
            CalendarError(input: text, reason: reason, subject: .fiscalYear)
        }

        var gregorian = TokenCursor(tokens)
        if let word = gregorian.takeWord(), word.uppercased() != "FY" { gregorian = TokenCursor([]) }
        if let year = gregorian.takeNumber(digits: 4...4), takeSuffix(&gregorian) {
            guard CalendarDate.typedYears.contains(year) else { throw failure(.yearOutOfRange) }
            return FiscalYear(startYear: year)
        }

        var written = TokenCursor(tokens)
        guard let name = written.takeWord(), let eraYear = written.takeEraYear(), takeSuffix(&written) else {
            throw failure(.unreadable)
        }
        guard let era = Era(name: name) else { throw failure(Era.looksLikeName(name) ? .unknownEra(name) : .unreadable) }
        guard eraYear >= 1 else { throw failure(.eraYearZero(era)) }
        let year = era.gregorianYear(eraYear: eraYear)
        guard CalendarDate.typedYears.contains(year) else { throw failure(.yearOutOfRange) }
        if let last = era.lastDay, year > last.year, !era.isWrittenPastItsEnd {
            throw failure(.afterEraEnded(era, correction: FiscalYear(startYear: year).wareki))
        }
        return FiscalYear(startYear: year)
    }

    /// An optional 年度 and then the end. 年 alone is refused: 令和2年 names a calendar year.
    private static func takeSuffix(_ cursor: inout TokenCursor) -> Bool {
        if cursor.take(.mark(.year)) && !cursor.take(.mark(.fiscal)) { return false }
        return cursor.isAtEnd
    }
}
