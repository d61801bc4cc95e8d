/// Writes dates and fiscal years in 和暦, as the staff read and write them.
enum WarekiFormatter {
    /// The first year of an era is 元年, never 1年, in running text.
    static func kanjiYear(_ eraYear: Int) -> String {
        eraYear == 1 ? "元" : String(eraYear)
    }

    static func kanji(_ date: CalendarDate) -> String {
        guard let era = Era.of(date) else { return date.description }
        return "\(era.kanji)\(kanjiYear(era.eraYear(gregorianYear: date.year)))年\(date.month)月\(date.day)日"
    }

    /// Abbreviations keep the digit (R1, not R元): they are typed into forms and spreadsheets.
    static func short(_ date: CalendarDate) -> String {
        guard let era = Era.of(date) else { return date.description }
        return "\(era.letter)\(era.eraYear(gregorianYear: date.year)).\(date.month).\(date.day)"
    }

    /// Named after the era in effect on 1 October, which holds most of the year: FY2019 is
    /// 令和元年度 though it began under 平成, and FY1988 stays 昭和63年度.
    static func fiscalYear(_ startYear: Int) -> String {
        guard CalendarDate.years.contains(startYear),
              let era = Era.of(CalendarDate(uncheckedYear: startYear, month: 10, day: 1)) else {
            return "\(CalendarDate.padded(startYear, 4))年度"
        }
        return "\(era.kanji)\(kanjiYear(era.eraYear(gregorianYear: startYear)))年度"
    }
}

extension CalendarDate {
    /// The era in effect on this date; nil before 明治.
    public var era: Era? { Era.of(self) }

    /// "令和2年8月6日", "令和元年5月1日"; the ISO form before 明治.
    public var wareki: String { WarekiFormatter.kanji(self) }

    /// "R2.8.6", "R1.5.1"; the ISO form before 明治.
    public var warekiShort: String { WarekiFormatter.short(self) }
}
