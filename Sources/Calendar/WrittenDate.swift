/// A date as written, before it is checked: which form the text has, and its numbers. The day is
/// nil when only a month was written (令和3年11月, R3.11, 2021-11).
struct WrittenDate {
    enum Year {
        case gregorian(Int)
        case era(name: String, year: Int)
    }

    var year: Year
    var month: Int
    var day: Int?
    /// R2.8.6 rather than 令和2年8月6日, so that a correction can be offered in the same form.
    var abbreviated: Bool

    /// Reads 2020-08-06, 2020/8/6, 2020年8月6日, 令和2年8月6日, R2.8.6 (or R2/8/6, R2-8-6), and each
    /// without its day.
    static func read(_ tokens: [Token]) -> WrittenDate? {
        var gregorian = TokenCursor(tokens)
        if let year = gregorian.takeNumber(digits: 4...4), let rest = readMonthDay(&gregorian) {
            return WrittenDate(year: .gregorian(year), month: rest.month, day: rest.day, abbreviated: rest.separated)
        }
        var era = TokenCursor(tokens)
        if let name = era.takeWord(), let year = era.takeEraYear(), let rest = readMonthDay(&era) {
            return WrittenDate(year: .era(name: name, year: year), month: rest.month, day: rest.day, abbreviated: rest.separated)
        }
        return nil
    }

    /// The rest after the year, to the end: `-8-6` with one separator used twice, or `年8月6日`;
    /// `-8` or `年8月` for a month.
    private static func readMonthDay(_ cursor: inout TokenCursor) -> (month: Int, day: Int?, separated: Bool)? {
        if let separator = cursor.takeSeparator() {
            guard let month = cursor.takeNumber(digits: 1...2) else { return nil }
            if cursor.isAtEnd { return (month, nil, true) }
            guard cursor.take(.separator(separator)), let day = cursor.takeNumber(digits: 1...2), cursor.isAtEnd else { return nil }
            return (month, day, true)
        }
        guard cursor.take(.mark(.year)), let month = cursor.takeNumber(digits: 1...2), cursor.take(.mark(.month)) else { return nil }
        if cursor.isAtEnd { return (month, nil, false) }
        guard let day = cursor.takeNumber(digits: 1...2), cursor.take(.mark(.day)), cursor.isAtEnd else { return nil }
        return (month, day, false)
    }
}
